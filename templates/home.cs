<?cs # Home page: the office, its contact details and the list of its published services. ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<h1>Standar Pelayanan Publik</h1>
<p class="lead">Halaman ini menyajikan standar pelayanan publik yang diselenggarakan oleh
<?cs var:Office.Name ?>, <?cs var:Office.Government ?>.</p>

<section class="box office" aria-labelledby="kontak-judul">
  <h2 id="kontak-judul">Alamat dan Kontak</h2>
  <dl class="facts">
    <div><dt>Instansi</dt><dd><?cs var:Office.Name ?></dd></div>
    <div><dt>Alamat</dt><dd><?cs var:Office.Address ?></dd></div>
    <div><dt>Telepon</dt><dd><?cs var:Office.Phone ?></dd></div><?cs
    if:Office.Website ?>
    <div><dt>Situs web</dt><dd><?cs call:website_link(Office.Website) ?></dd></div><?cs /if ?>
  </dl>
</section>

<section id="layanan" aria-labelledby="layanan-judul">
  <h2 id="layanan-judul">Daftar Layanan</h2><?cs
  if:subcount(Services) == 0 ?>
  <p>Belum ada layanan yang diterbitkan.</p><?cs
  else ?>
  <ul class="service-list"><?cs each:svc = Services ?>
    <li class="service-card">
      <h3><?cs var:svc.name ?></h3>
      <p><a class="more" href="<?cs var:Site.BasePath ?>/layanan/<?cs var:svc.slug ?>">Lihat standar pelayanan<span class="sr-only"> <?cs var:svc.name ?></span><span class="arrow" aria-hidden="true"></span></a></p>
      <p class="card-apply"><a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:svc.slug ?>/permohonan">Ajukan permohonan<span class="sr-only"> <?cs var:svc.name ?></span> secara daring</a></p>
    </li><?cs /each ?>
  </ul><?cs /if ?>
</section>

<section class="box track-box" aria-labelledby="lacak-judul">
  <h2 id="lacak-judul">Lacak Permohonan</h2>
  <p>Sudah mengajukan permohonan? Masukkan kode pelacakan Anda untuk melihat status dan tahapan
  permohonan.</p>
  <p><a href="<?cs var:Site.BasePath ?>/lacak">Lacak permohonan</a></p>
</section>

<section class="box stats-box" aria-labelledby="statistik-judul">
  <h2 id="statistik-judul">Statistik Layanan</h2>
  <p>Berapa permohonan yang kami terima dan selesaikan setiap bulan, dan berapa yang selesai sesuai
  standar waktu.</p>
  <p><a href="<?cs var:Site.BasePath ?>/statistik">Statistik Layanan</a></p>
</section>

<section class="box complaint-box" aria-labelledby="pengaduan-judul">
  <h2 id="pengaduan-judul">Pengaduan</h2>
  <p>Punya keluhan, saran, atau masukan tentang pelayanan kami? Sampaikan secara daring, boleh
  tanpa nama, dan lihat jawabannya dengan kode pengaduan.</p>
  <p><a href="<?cs var:Site.BasePath ?>/pengaduan">Pengaduan</a></p>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
