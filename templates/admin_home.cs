<?cs # Beranda of the staff area: a greeting with the user's role and unit; for administrators
     their tasks (users, units), for the lane roles their inbox (admin_inbox.cs). ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Beranda Staf" ?><?cs /if ?><?cs

def:content() ?><?cs
if:User.is_admin ?>
<h1>Selamat datang, <?cs var:User.name ?></h1><?cs
call:page_notice() ?>
<p class="lead">Anda masuk sebagai <strong><?cs var:User.role_label ?></strong>.</p>
<h2>Administrasi</h2>
<ul class="task-list">
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/pengguna">Pengguna</a>
    <p>Tambah akun staf, ubah data dan peran, atur ulang kata sandi, serta nonaktifkan atau aktifkan kembali akun.</p>
  </li>
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/unit">Unit kerja</a>
    <p>Kelola bidang dan seksi yang menerima disposisi.</p>
  </li>
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/standar">Standar pelayanan</a>
    <p>Ubah komponen standar pelayanan dan langkah SOP; setiap perubahan disimpan sebagai versi baru.</p>
  </li>
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/kalender">Kalender kerja</a>
    <p>Atur jam kerja setiap hari serta hari libur nasional, cuti bersama dan hari kantor tutup, atau impor hari libur dari berkas CSV.</p>
  </li>
</ul><?cs
else ?>
<h1>Kotak Masuk</h1><?cs
call:page_notice() ?>
<p class="lead">Anda masuk sebagai <strong><?cs var:User.role_label ?></strong><?cs
  if:User.unit_name ?> pada <?cs var:User.unit_name ?><?cs /if ?>.</p>
<?cs # The inbox itself: admin_inbox.cs, rendered once for each change of the cases and kept
       (page_inbox.c); the program puts it in place of this mark. ?>
<!--sibina-part--><?cs /if ?>
<h2>Akun Anda</h2>
<ul class="task-list">
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/sandi">Ganti kata sandi</a>
    <p>Gunakan kata sandi paling sedikit 10 karakter yang tidak dipakai di tempat lain.</p>
  </li>
</ul>
<p>Selesai bekerja? Tekan tombol <strong>Keluar</strong> di bagian atas halaman, terutama pada komputer bersama.</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
