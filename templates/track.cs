<?cs # Tracking page: a form for the tracking code and, when the code is known, the status and
     the SOP timeline of the request. Shows no personal data beyond the business name. ?><?cs
include:"macros.cs" ?><?cs
if:Track.Error ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# The form for a code; the message of a malformed or unknown code is the field's error. ?><?cs
def:track_form() ?>
<form class="track-form" method="get" action="<?cs var:Site.BasePath ?>/lacak">
  <div class="field<?cs if:Track.Error ?> field-invalid<?cs /if ?>">
    <label for="f-kode">Kode pelacakan</label>
    <p class="hint" id="h-kode">Sepuluh huruf dan angka dalam dua kelompok, tertera pada halaman
    konfirmasi dan tanda terima. Huruf besar atau kecil sama saja.</p><?cs
    call:field_error("kode", Track.Error) ?>
    <div class="inline-form">
      <input type="text" id="f-kode" name="kode" value="<?cs var:Track.kode ?>" maxlength="40"
        autocomplete="off" autocapitalize="characters" spellcheck="false" required<?cs
        call:field_aria("kode", "hint", "", Track.Error) ?>>
      <button type="submit" class="btn">Lacak</button>
    </div>
  </div>
</form><?cs
/def ?><?cs
def:content() ?>
<h1>Lacak Permohonan</h1><?cs
if:Request.tracking_code ?>
<section class="track-result" aria-labelledby="hasil-judul">
  <h2 id="hasil-judul">Permohonan <span class="code-inline"><?cs var:Request.tracking_code ?></span></h2>
  <dl class="facts">
    <div><dt>Nama usaha atau koperasi</dt><dd><?cs var:Request.business_name ?></dd></div><?cs
    if:Service.name ?>
    <div><dt>Layanan</dt><dd><?cs var:Service.name ?></dd></div><?cs /if ?>
    <div><dt>Status</dt><dd><?cs call:status_badge(Request.status, Request.status_label) ?></dd></div>
  </dl>
  <p class="status-text"><?cs var:Request.status_text ?></p><?cs
  if:Request.status == "selesai" && Request.surveyed == 1 ?>
  <p class="survey-done" id="survei-terisi">Terima kasih: survei kepuasan untuk permohonan ini sudah
  diisi.</p><?cs
  elif:Request.status == "selesai" ?>
  <div class="notice survey-invite" id="ajakan-survei">
    <h3>Bagaimana pelayanan kami?</h3>
    <p>Mohon luangkan waktu sekitar tiga menit untuk mengisi Survei Kepuasan Masyarakat tentang
    permohonan ini. Jawaban Anda membantu kami memperbaiki pelayanan.</p>
    <p><a class="more" href="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Request.tracking_code ?>/survei">Isi survei kepuasan</a></p>
  </div><?cs /if ?><?cs
  if:Request.status == "dikembalikan" && Request.return_reason ?>
  <div class="notice">
    <h3>Alasan pengembalian</h3>
    <p><?cs var:Request.return_reason ?></p>
  </div><?cs /if ?>
  <h3>Tahapan permohonan</h3><?cs
  if:Service.waktu ?>
  <p>Waktu penyelesaian menurut standar pelayanan: <?cs var:Service.waktu ?>.</p><?cs /if ?><?cs
  call:timeline(Timeline) ?>
</section>
<section class="track-again" aria-labelledby="lain-judul">
  <h2 id="lain-judul">Lacak permohonan lain</h2><?cs
  call:track_form() ?>
</section><?cs
else ?>
<p class="lead">Masukkan kode pelacakan yang Anda terima setelah mengirim permohonan untuk melihat
status dan tahapan permohonan Anda.</p><?cs
call:track_form() ?>
<p>Belum mengajukan permohonan? Lihat <a href="<?cs var:Site.BasePath ?>/#layanan">daftar layanan</a>
dan ajukan permohonan dari halaman standar pelayanan.</p><?cs /if ?>
<p>Ada keluhan tentang permohonan Anda? Sampaikan melalui <a href="<?cs var:Site.BasePath ?>/pengaduan">Pengaduan</a>.</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
