<?cs # Status of a complaint (/pengaduan/KODE): status in words, when it was received, the answer and
     when; never who sent it. With Lookup.Error: the lookup form with its message (400 or 404). ?><?cs
include:"macros.cs" ?><?cs
if:Lookup.Error ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/pengaduan">Pengaduan</a></li>
    <li><span aria-current="page">Status Pengaduan</span></li>
  </ol>
</nav>
<h1>Status Pengaduan</h1><?cs
if:Complaint.code ?>
<section class="box code-box" aria-labelledby="kode-judul">
  <h2 id="kode-judul">Kode pengaduan</h2>
  <p class="tracking-code"><?cs var:Complaint.code ?></p>
  <p><strong>Catat atau simpan kode ini</strong> untuk melihat jawaban kami.</p>
</section>
<dl class="facts">
  <div><dt>Perihal</dt><dd><?cs var:Complaint.subject ?></dd></div>
  <div><dt>Status</dt><dd><span class="badge badge-<?cs if:Complaint.status == "diterima" ?>diajukan<?cs elif:Complaint.status == "dijawab" ?>dijadwalkan<?cs else ?>selesai<?cs /if ?>"><?cs var:Complaint.status_label ?></span></dd></div>
  <div><dt>Diterima</dt><dd><?cs var:Complaint.received_text ?></dd></div><?cs
  if:Complaint.answered_text ?>
  <div><dt>Dijawab</dt><dd><?cs var:Complaint.answered_text ?></dd></div><?cs /if ?><?cs
  if:Complaint.closed_text ?>
  <div><dt>Ditutup</dt><dd><?cs var:Complaint.closed_text ?></dd></div><?cs /if ?>
</dl><?cs
if:Complaint.answer ?>
<section class="notice complaint-answer" aria-labelledby="jawaban-judul">
  <h2 id="jawaban-judul">Jawaban</h2>
  <p class="text-block"><?cs var:Complaint.answer ?></p>
</section><?cs
elif:Complaint.status == "diterima" ?>
<p>Pengaduan Anda sudah kami terima dan sedang ditangani. Jawaban akan tampil di halaman ini.</p><?cs /if ?><?cs
if:Complaint.close_note ?>
<section aria-labelledby="catatan-judul">
  <h2 id="catatan-judul">Keterangan penutupan</h2>
  <p class="text-block"><?cs var:Complaint.close_note ?></p>
</section><?cs /if ?>
<section class="track-again" aria-labelledby="lain-judul">
  <h2 id="lain-judul">Lacak pengaduan lain</h2><?cs
  call:complaint_lookup_form() ?>
</section><?cs
else ?>
<p class="lead">Masukkan kode pengaduan yang Anda terima setelah mengirim pengaduan.</p><?cs
call:complaint_lookup_form() ?>
<p><a href="<?cs var:Site.BasePath ?>/pengaduan">Kirim pengaduan baru</a></p><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
