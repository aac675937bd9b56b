<?cs # All the cases the user may see, newest first: a search by tracking code, agenda number or
     business name and a filter by status (a GET form), the results and the next page. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Semua Permohonan" ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("", "", "Semua Permohonan") ?>
<h1>Semua Permohonan</h1><?cs
call:page_notice() ?>
<p class="lead">Permohonan yang dapat Anda lihat, yang terbaru di urutan teratas.</p>

<form class="search-form" method="get" action="<?cs var:Site.BasePath ?>/admin/permohonan" role="search" aria-label="Cari permohonan">
  <div class="field">
    <label for="f-q">Cari</label>
    <p class="hint" id="h-q">Kode pelacakan, nomor agenda, atau kata dari nama usaha atau koperasi.</p>
    <input type="search" id="f-q" name="q" value="<?cs var:Search.q ?>" maxlength="200"
      autocomplete="off" spellcheck="false" aria-describedby="h-q">
  </div>
  <div class="field">
    <label for="f-status">Status</label>
    <select id="f-status" name="status">
      <option value="">Semua status</option><?cs each:c = Choices.status ?>
      <option value="<?cs var:c.value ?>"<?cs if:Search.status == c.value ?> selected<?cs /if ?>><?cs var:c.label ?></option><?cs /each ?>
    </select>
  </div>
  <div class="search-submit">
    <button type="submit" class="btn">Cari</button>
  </div>
</form><?cs

set:Page.CaseRows = 0 ?><?cs
each:c = Cases ?><?cs if:c.id ?><?cs set:Page.CaseRows = #Page.CaseRows + 1 ?><?cs /if ?><?cs /each ?><?cs
if:Search.q || Search.status ?>
<p class="search-state" role="status"><?cs
  if:#Page.CaseRows == 0 ?>Tidak ada permohonan yang cocok<?cs
  else ?>Hasil pencarian<?cs /if ?><?cs
  if:Search.q ?> untuk “<?cs var:Search.q ?>”<?cs /if ?><?cs
  if:Search.status ?><?cs each:c = Choices.status ?><?cs if:c.value == Search.status ?> dengan status <?cs var:c.label ?><?cs /if ?><?cs /each ?><?cs /if ?>.
  <a href="<?cs var:Site.BasePath ?>/admin/permohonan">Tampilkan semua permohonan</a></p><?cs /if ?><?cs

if:#Page.CaseRows == 0 ?><?cs
  if:!Search.q && !Search.status ?><?cs
    if:Query.setelah ?>
<p>Tidak ada lagi permohonan pada halaman ini.</p><?cs
    else ?>
<p class="empty">Belum ada permohonan.</p><?cs /if ?><?cs /if ?><?cs
else ?>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="daftar-permohonan">
  <table class="data-table case-table">
    <caption id="daftar-permohonan">Daftar permohonan<?cs if:Query.setelah ?> (lanjutan)<?cs /if ?></caption>
    <thead>
      <tr>
        <th scope="col">Nama usaha</th>
        <th scope="col">Kode</th>
        <th scope="col">Nomor agenda</th>
        <th scope="col">Diajukan</th>
        <th scope="col">Langkah</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
    <tbody><?cs each:c = Cases ?><?cs if:c.id ?>
      <tr>
        <th scope="row"><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:c.id ?>"><?cs var:c.business_name ?></a><?cs
          if:c.applicant_type_label || c.kecamatan ?><span class="sub"><?cs var:c.applicant_type_label ?><?cs
          if:c.applicant_type_label && c.kecamatan ?>, <?cs /if ?><?cs
          if:c.kecamatan ?>Kec. <?cs var:c.kecamatan ?><?cs /if ?></span><?cs /if ?></th>
        <td class="code-inline"><?cs var:c.tracking_code ?></td>
        <td><?cs if:c.agenda_no ?><?cs var:c.agenda_no ?><?cs
          else ?><span aria-hidden="true">–</span><span class="sr-only">Belum diagendakan</span><?cs /if ?></td>
        <td><?cs var:c.submitted_text ?></td>
        <td><?cs if:c.status == "diajukan" || c.status == "diproses" || c.status == "dijadwalkan" ?>Langkah <?cs
          var:c.step_no ?> — <?cs var:c.activity ?><?cs
          else ?><span aria-hidden="true">–</span><span class="sr-only">Tidak menunggu tindakan</span><?cs /if ?></td>
        <td><?cs call:status_badge(c.status, c.status_label) ?></td>
      </tr><?cs /if ?><?cs /each ?>
    </tbody>
  </table>
</div><?cs /if ?><?cs
if:Cases.next ?><?cs
  call:next_page(Site.BasePath + "/admin/permohonan?q=" + url_escape(Search.q) + "&status=" +
    url_escape(Search.status) + "&setelah=" + url_escape(Cases.next)) ?><?cs /if ?><?cs
if:Query.setelah ?>
<p><a href="<?cs var:Site.BasePath ?>/admin/permohonan<?cs
  if:Search.q || Search.status ?>?q=<?cs var:url_escape(Search.q) ?>&amp;status=<?cs var:url_escape(Search.status) ?><?cs /if ?>">Kembali ke halaman pertama</a></p><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
