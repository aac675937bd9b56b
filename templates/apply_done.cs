<?cs # Confirmation after a request is sent: the tracking code, large, what happens next by the
     standard, and links to the printable receipt and to tracking. ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<p class="eyebrow"><?cs var:Service.name ?></p>
<h1>Permohonan terkirim</h1>
<p class="lead">Terima kasih. Permohonan dari <strong><?cs var:Request.business_name ?></strong> telah
kami terima pada <?cs var:Request.submitted_text ?>.</p>

<section class="box code-box" aria-labelledby="kode-judul">
  <h2 id="kode-judul">Kode pelacakan Anda</h2>
  <p class="tracking-code"><?cs var:Request.tracking_code ?></p>
  <p><strong>Catat atau simpan kode ini.</strong> Kode ini diperlukan untuk melacak permohonan
  Anda. Saat ini kami belum mengirim kode melalui SMS atau email.</p>
  <p class="actions">
    <a class="more" href="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Request.tracking_code ?>/tanda-terima">Cetak tanda terima</a>
    <a class="more more-alt" href="<?cs var:Site.BasePath ?>/lacak?kode=<?cs var:Request.tracking_code ?>">Lacak permohonan</a>
  </p>
</section>

<dl class="facts">
  <div><dt>Layanan</dt><dd><?cs var:Service.name ?></dd></div>
  <div><dt>Jenis pemohon</dt><dd><?cs var:Request.applicant_type_label ?></dd></div>
  <div><dt>Status</dt><dd><?cs call:status_badge(Request.status, Request.status_label) ?></dd></div>
</dl>

<section class="next" aria-labelledby="lanjut-judul">
  <h2 id="lanjut-judul">Langkah selanjutnya</h2>
  <p>Permohonan Anda diproses menurut prosedur standar pelayanan berikut. Waktu penyelesaian
  seluruhnya menurut standar: <strong><?cs if:Service.waktu ?><?cs var:Service.waktu ?><?cs
  else ?><?cs call:belum() ?><?cs /if ?></strong>. Bila diperlukan, petugas menghubungi Anda
  melalui nomor HP yang Anda isi.</p><?cs
  call:timeline(Timeline) ?>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
