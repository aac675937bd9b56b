<?cs # Staff area placeholder: states plainly that staff login is not available yet. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
def:content() ?>
<h1>Area Staf</h1>
<p class="lead">Area ini diperuntukkan bagi petugas <?cs var:Office.Name ?>.</p>
<p>Fasilitas masuk (login) bagi staf akan tersedia di area ini. Saat ini belum ada layanan yang dapat diakses melalui halaman ini.</p>
<p>Masyarakat dapat melihat standar pelayanan pada <a href="<?cs var:Site.BasePath ?>/">halaman Beranda</a>.</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
