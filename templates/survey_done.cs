<?cs # The survey of a case that takes no answer: the thank-you page once answered (200, with the
     date), or, while the case is not Selesai (409), when it may be filled in. ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/lacak?kode=<?cs var:Survey.tracking_code ?>">Lacak Permohonan</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Survey.tracking_code ?>/survei" aria-current="page">Survei Kepuasan</a></li>
  </ol>
</nav><?cs
if:Survey.NotYet ?>
<h1>Survei dapat diisi setelah permohonan selesai</h1>
<p class="lead">Permohonan <span class="code-inline"><?cs var:Survey.tracking_code ?></span> masih
diproses. Survei Kepuasan Masyarakat dapat diisi setelah pembinaan dilaksanakan dan
permohonan berstatus Selesai.</p><?cs
else ?>
<h1>Terima kasih</h1>
<p class="lead" id="survei-terjawab">Survei Kepuasan Masyarakat untuk permohonan
<span class="code-inline"><?cs var:Survey.tracking_code ?></span> telah dijawab pada
<?cs var:Survey.answered_text ?>. Jawaban Anda membantu kami memperbaiki pelayanan.</p>
<p>Survei hanya dapat diisi satu kali untuk setiap permohonan.</p><?cs /if ?>
<p class="actions">
  <a class="more" href="<?cs var:Site.BasePath ?>/lacak?kode=<?cs var:Survey.tracking_code ?>">Lihat status permohonan</a>
  <a class="more more-alt" href="<?cs var:Site.BasePath ?>/statistik">Statistik layanan</a>
</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
