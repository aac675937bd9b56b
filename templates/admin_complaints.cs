<?cs # The staff's list of complaints, newest first: a filter by status (a GET form), the rows and
     the next page (keyset: ?setelah= the last id shown). ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
def:content() ?><?cs
call:staff_crumbs("", "", "Pengaduan") ?>
<h1>Pengaduan</h1>
<p class="lead">Pengaduan dari masyarakat, yang terbaru di urutan teratas. Nama dan kontak pengadu
hanya tampil di halaman ini untuk petugas.</p>

<form class="search-form" method="get" action="<?cs var:Site.BasePath ?>/admin/pengaduan" aria-label="Saring pengaduan">
  <div class="field">
    <label for="f-status">Status</label>
    <select id="f-status" name="status">
      <option value="">Semua status</option><?cs each:c = Choices.status ?>
      <option value="<?cs var:c.value ?>"<?cs if:Search.status == c.value ?> selected<?cs /if ?>><?cs var:c.label ?></option><?cs /each ?>
    </select>
  </div>
  <div class="search-submit">
    <button type="submit" class="btn">Tampilkan</button>
  </div>
</form><?cs

if:#Page.Rows == 0 ?><?cs
  if:Query.setelah ?>
<p>Tidak ada lagi pengaduan pada halaman ini.</p><?cs
  elif:Search.status ?>
<p class="empty" role="status">Tidak ada pengaduan dengan status ini.</p><?cs
  else ?>
<p class="empty">Belum ada pengaduan.</p><?cs /if ?><?cs
else ?>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="daftar-pengaduan">
  <table class="data-table complaint-table">
    <caption id="daftar-pengaduan">Daftar pengaduan<?cs if:Query.setelah ?> (lanjutan)<?cs /if ?></caption>
    <thead>
      <tr>
        <th scope="col">Perihal</th>
        <th scope="col">Kode</th>
        <th scope="col">Diterima</th>
        <th scope="col">Permohonan</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
    <tbody><?cs each:c = Complaints ?>
      <tr>
        <th scope="row"><a href="<?cs var:Site.BasePath ?>/admin/pengaduan/<?cs var:c.id ?>"><?cs var:c.subject ?></a></th>
        <td class="code-inline"><?cs var:c.code ?></td>
        <td><?cs var:c.received_text ?></td>
        <td><?cs if:c.tracking_code ?><span class="code-inline"><?cs var:c.tracking_code ?></span><?cs
          else ?><span aria-hidden="true">–</span><span class="sr-only">Tidak ada</span><?cs /if ?></td>
        <td><span class="badge badge-<?cs if:c.status == "diterima" ?>diajukan<?cs elif:c.status == "dijawab" ?>dijadwalkan<?cs else ?>selesai<?cs /if ?>"><?cs var:c.status_label ?></span></td>
      </tr><?cs /each ?>
    </tbody>
  </table>
</div><?cs /if ?><?cs
if:Page.Next ?><?cs
  call:next_page(Site.BasePath + "/admin/pengaduan?status=" + url_escape(Search.status) + "&setelah=" + url_escape(Page.Next)) ?><?cs /if ?><?cs
if:Query.setelah ?>
<p><a href="<?cs var:Site.BasePath ?>/admin/pengaduan<?cs
  if:Search.status ?>?status=<?cs var:url_escape(Search.status) ?><?cs /if ?>">Kembali ke halaman pertama</a></p><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
