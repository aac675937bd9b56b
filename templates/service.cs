<?cs # Service standards page: summary, then the components of the standard in order,
     with the procedure drawn as the SOP swimlane table. ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/#layanan">Standar Pelayanan</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:Service.slug ?>" aria-current="page"><?cs var:Service.name ?></a></li>
  </ol>
</nav>
<p class="eyebrow">Standar Pelayanan</p>
<h1><?cs var:Service.name ?></h1>
<dl class="meta">
  <div><dt>Penyelenggara</dt><dd><?cs if:Service.office ?><?cs var:Service.office ?><?cs else ?><?cs var:Office.Name ?><?cs /if ?></dd></div>
  <div><dt>Nomor SK</dt><dd><?cs if:Service.sk_number ?><?cs var:Service.sk_number ?><?cs else ?><?cs call:belum() ?><?cs /if ?></dd></div><?cs
  if:Service.version_number ?>
  <div><dt>Versi standar</dt><dd>Versi <?cs var:Service.version_number ?>, berlaku sejak <?cs var:Service.version_since ?></dd></div><?cs /if ?>
</dl>

<section class="box summary" aria-labelledby="ringkasan-judul">
  <h2 id="ringkasan-judul">Ringkasan</h2>
  <dl class="facts"><?cs each:c = Components ?><?cs
    if:c.code == "waktu" ?>
    <div><dt>Waktu Penyelesaian</dt><dd><?cs call:items_inline(c) ?></dd></div><?cs
    elif:c.code == "biaya" ?>
    <div><dt>Biaya/Tarif</dt><dd><?cs call:items_inline(c) ?></dd></div><?cs
    elif:c.code == "produk" ?>
    <div><dt>Produk</dt><dd><?cs call:items_inline(c) ?></dd></div><?cs /if ?><?cs /each ?>
    <div><dt>Jam pelayanan</dt><dd><?cs if:OfficeHours ?><?cs var:OfficeHours ?><?cs else ?><?cs call:belum() ?><?cs /if ?></dd></div>
  </dl>
  <p class="clock-note">Waktu penyelesaian dihitung dalam jam kerja pada hari kerja; untuk langkah
  Melakukan Pembinaan, waktu dihitung sejak tanggal pembinaan yang ditetapkan dalam Surat Tugas.</p>
  <p><a href="<?cs var:Site.BasePath ?>/statistik">Statistik Layanan</a>: permohonan yang diterima
  dan diselesaikan setiap bulan, dan berapa yang selesai sesuai standar waktu.</p>
</section>

<section class="cta" aria-labelledby="ajukan-judul">
  <h2 id="ajukan-judul" class="sr-only">Ajukan permohonan</h2>
  <p><a class="more cta-apply" href="<?cs var:Site.BasePath ?>/layanan/<?cs var:Service.slug ?>/permohonan">Ajukan Permohonan<span class="sr-only"> <?cs var:Service.name ?></span><span class="arrow" aria-hidden="true"></span></a></p>
  <p>Isi formulir daring dan unggah Surat Permohonan Anda; Anda akan menerima kode pelacakan.
  Sudah mengajukan? <a href="<?cs var:Site.BasePath ?>/lacak">Lacak permohonan Anda</a>.</p>
</section>

<nav class="toc" aria-label="Daftar isi standar pelayanan">
  <h2 class="toc-title">Daftar Isi</h2>
  <ol><?cs each:c = Components ?>
    <li><a href="#<?cs var:c.code ?>"><?cs var:c.title ?></a></li><?cs /each ?>
  </ol>
</nav>
<?cs each:c = Components ?><?cs call:component(c, Service.name) ?><?cs /each ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
