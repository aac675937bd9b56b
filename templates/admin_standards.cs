<?cs # The services whose standard an administrator edits: each with the version in force, since
     when, and its SK number, linking to its edit page and to its public page. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Standar Pelayanan" ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("", "", "Standar Pelayanan") ?>
<h1>Standar Pelayanan</h1><?cs
call:page_notice() ?>
<p class="lead">Komponen standar pelayanan dan langkah SOP setiap layanan. Setiap perubahan disimpan
sebagai versi baru; halaman publik selalu menampilkan versi yang berlaku.</p><?cs
if:subcount(Standards) == 0 ?>
<p class="empty">Belum ada layanan.</p><?cs
else ?>
<ul class="case-list"><?cs each:s = Standards ?>
  <li class="case-card">
    <h2 class="case-title"><a href="<?cs var:Site.BasePath ?>/admin/standar/<?cs var:s.id ?>"><?cs var:s.name ?></a></h2>
    <dl class="case-facts">
      <div><dt>Versi berlaku</dt><dd>Versi <?cs var:s.version_number ?></dd></div>
      <div><dt>Berlaku sejak</dt><dd><?cs var:s.version_since ?></dd></div>
      <div><dt>Nomor SK</dt><dd><?cs if:s.sk_number ?><?cs var:s.sk_number ?><?cs else ?><?cs call:belum() ?><?cs /if ?></dd></div>
    </dl>
    <p class="std-links"><a href="<?cs var:Site.BasePath ?>/admin/standar/<?cs var:s.id ?>">Ubah standar<span class="sr-only"> <?cs var:s.name ?></span></a>
      <a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:s.slug ?>">Lihat halaman publik<span class="sr-only"> <?cs var:s.name ?></span></a></p>
  </li><?cs /each ?>
</ul><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
