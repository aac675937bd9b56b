<?cs # One complaint for staff: what was sent (with the complainant's contact), the request it is
     about, the answer and the closing with their times and who, the history, and the forms to
     answer (while received) and to close (until closed). ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
set:Page.Title = "Pengaduan " + Complaint.code ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("Pengaduan", "/admin/pengaduan", Complaint.code) ?>
<h1>Pengaduan <span class="code-inline"><?cs var:Complaint.code ?></span></h1><?cs
call:page_notice() ?><?cs
call:error_summary("Periksa isian berikut:", "") ?>

<section class="case-part" aria-labelledby="isi-judul">
  <h2 id="isi-judul">Isi pengaduan</h2>
  <dl class="facts">
    <div><dt>Status</dt><dd><span class="badge badge-<?cs if:Complaint.status == "diterima" ?>diajukan<?cs elif:Complaint.status == "dijawab" ?>dijadwalkan<?cs else ?>selesai<?cs /if ?>"><?cs var:Complaint.status_label ?></span></dd></div><?cs
    call:fact("Diterima", Complaint.received_text) ?>
    <div><dt>Nama pengadu</dt><dd><?cs if:Complaint.name ?><?cs var:Complaint.name ?><?cs else ?>Tanpa nama<?cs /if ?></dd></div>
    <div><dt>Kontak</dt><dd><?cs if:Complaint.contact ?><?cs var:Complaint.contact ?><?cs else ?>Tidak diisi (jawaban hanya dapat dilihat dengan kode pengaduan)<?cs /if ?></dd></div>
    <div><dt>Permohonan terkait</dt><dd><?cs
      if:Complaint.tracking_code ?><?cs
        if:Complaint.case_link ?><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Complaint.request_id ?>"><?cs /if ?><span class="code-inline"><?cs var:Complaint.tracking_code ?></span><?cs
        if:Complaint.business_name ?> — <?cs var:Complaint.business_name ?><?cs /if ?><?cs
        if:Complaint.case_link ?></a><?cs /if ?><?cs
      else ?>Tidak ada<?cs /if ?></dd></div><?cs
    call:fact("Perihal", Complaint.subject) ?><?cs
    call:fact_text("Isi pengaduan", Complaint.body) ?>
  </dl>
</section><?cs

if:Complaint.answered_text ?>
<section class="case-part" aria-labelledby="jawaban-judul">
  <h2 id="jawaban-judul">Jawaban</h2>
  <dl class="facts"><?cs
    call:fact_text("Jawaban", Complaint.answer) ?><?cs
    call:fact("Dijawab", Complaint.answered_text) ?><?cs
    call:fact("Oleh", Complaint.answered_name) ?>
  </dl>
</section><?cs /if ?><?cs

if:Complaint.closed_text ?>
<section class="case-part" aria-labelledby="tutup-judul">
  <h2 id="tutup-judul">Penutupan</h2>
  <dl class="facts"><?cs
    call:fact("Ditutup", Complaint.closed_text) ?><?cs
    call:fact("Oleh", Complaint.closed_name) ?><?cs
    call:fact_text("Catatan penutupan", Complaint.close_note) ?>
  </dl>
</section><?cs /if ?><?cs

if:Complaint.status == "diterima" ?>
<section class="case-part act-part" aria-labelledby="jawab-judul">
  <h2 id="jawab-judul">Jawab pengaduan</h2>
  <p>Jawaban ditampilkan kepada pengadu pada halaman status pengaduan (dengan kode pengaduan).</p>
  <form class="staff-form act-form" method="post" action="<?cs var:Site.BasePath ?>/admin/pengaduan/<?cs var:Complaint.id ?>/jawab">
    <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
    <input type="hidden" name="versi" value="<?cs var:Complaint.version ?>"><?cs
    call:textarea_field("jawaban", "Jawaban", 5000, 8, 1, "Paling banyak 5.000 karakter.") ?>
    <div class="form-submit">
      <button type="submit" class="btn">Kirim jawaban</button>
    </div>
  </form>
</section><?cs /if ?><?cs

if:Complaint.status != "ditutup" ?>
<section class="case-part act-part act-part-alt" aria-labelledby="tutup-form-judul">
  <h2 id="tutup-form-judul">Tutup pengaduan</h2>
  <p>Tutup pengaduan bila sudah selesai ditangani. Catatan, bila diisi, ditampilkan kepada pengadu.</p>
  <form class="staff-form act-form" method="post" action="<?cs var:Site.BasePath ?>/admin/pengaduan/<?cs var:Complaint.id ?>/tutup">
    <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
    <input type="hidden" name="versi" value="<?cs var:Complaint.version ?>"><?cs
    call:textarea_field("catatan", "Catatan penutupan", 1000, 4, 0, "Paling banyak 1.000 karakter.") ?>
    <div class="form-submit">
      <button type="submit" class="btn btn-quiet">Tutup pengaduan</button>
    </div>
  </form>
</section><?cs /if ?>

<section class="case-part" aria-labelledby="riwayat-judul">
  <h2 id="riwayat-judul">Riwayat</h2>
  <ol class="events"><?cs each:e = Events ?>
    <li>
      <p class="ev-head"><span class="ev-what"><?cs var:e.action_label ?></span>
        <span class="ev-when"><?cs var:e.at_text ?></span></p>
      <p class="ev-who">Oleh <?cs if:e.actor_name ?><?cs var:e.actor_name ?><?cs else ?>pengadu<?cs /if ?></p>
    </li><?cs /each ?>
  </ol>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
