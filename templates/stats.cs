<?cs # The public statistics (/statistik): requests received, finished and returned, the share finished
     within the standard and the median working time, for a range of months, with a chart and a table
     by month. Only counts: no applicant is named. A wrong range comes back (422) with a message per
     field and the input kept. ?><?cs
include:"macros.cs" ?><?cs
include:"charts.cs" ?><?cs
include:"ikm.cs" ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Statistik Layanan" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/statistik" aria-current="page">Statistik Layanan</a></li>
  </ol>
</nav>
<h1>Statistik Layanan</h1><?cs
call:error_summary("Statistik belum dapat ditampilkan. Periksa isian berikut:", "dari") ?>
<p class="lead">Jumlah permohonan Pembinaan UMKM dan Koperasi yang diterima dan diselesaikan
<?cs var:Office.Name ?>, serta waktu penyelesaiannya dibandingkan dengan standar pelayanan.</p>

<?cs call:stats_range_form("/statistik") ?><?cs

if:subcount(Form.Error) == 0 ?>
<section aria-labelledby="ringkasan">
<h2 id="ringkasan">Ringkasan <?cs var:Stats.Months.0.label ?><?cs
  if:subcount(Stats.Months) > 1 ?> – <?cs each:m = Stats.Months ?><?cs if:last(m) ?><?cs var:m.label ?><?cs /if ?><?cs /each ?><?cs /if ?></h2>
<dl class="facts stat-facts">
  <div><dt>Permohonan diterima</dt><dd id="s-diterima"><?cs var:Stats.Total.received ?></dd></div>
  <div><dt>Permohonan selesai</dt><dd id="s-selesai"><?cs var:Stats.Total.finished ?></dd></div>
  <div><dt>Permohonan dikembalikan</dt><dd id="s-dikembalikan"><?cs var:Stats.Total.returned ?></dd></div>
  <div><dt>Selesai sesuai standar waktu</dt><dd id="s-sesuai"><?cs var:Stats.Total.share_text ?><?cs
    if:#Stats.Total.finished > 0 ?> <span class="sub">(<?cs var:Stats.Total.on_time ?> dari <?cs var:Stats.Total.finished ?>)</span><?cs /if ?></dd></div>
  <div><dt>Median waktu penyelesaian</dt><dd id="s-median"><?cs var:Stats.Total.median_text ?></dd></div>
</dl>
<p class="stat-note">Cara menghitung: waktu dihitung dalam jam kerja pada hari kerja saja; langkah
pembinaan dihitung sejak tanggal yang ditetapkan dalam Surat Tugas; permohonan “sesuai standar waktu”
bila setiap langkahnya selesai dalam waktu standarnya; permohonan dihitung pada bulan diterima dan
pada bulan selesai atau dikembalikan, dan angka diperbarui setiap kali permohonan diproses.</p>
</section>

<section aria-labelledby="per-bulan">
<h2 id="per-bulan">Per bulan</h2>
<?cs call:month_chart("grafik-bulan", Stats.Months) ?>
<?cs call:month_table("Permohonan per bulan", 0) ?>
</section>
<?cs call:ikm_section(0) ?><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
