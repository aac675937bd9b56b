<?cs # The leaders' dashboard (/admin/dasbor): for a range of months, requests per month, by kecamatan,
     by coaching aspect and by applicant type; each SOP step's median and 90th-percentile working time
     against its standard with the share on time; the share of cases finished within standard; the
     workload per officer. Charts with the numbers beside them, and tables. A wrong range comes back
     (422) with a message per field. ?><?cs
include:"macros.cs" ?><?cs
include:"charts.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Dasbor" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

def:content() ?><?cs
call:staff_crumbs("", "", "Dasbor") ?>
<h1>Dasbor</h1><?cs
call:error_summary("Dasbor belum dapat ditampilkan. Periksa isian berikut:", "dari") ?>
<p class="lead">Angka layanan Pembinaan UMKM dan Koperasi untuk rentang bulan yang dipilih. Waktu
dihitung dalam jam kerja pada hari kerja; langkah pembinaan dihitung sejak tanggal dalam Surat Tugas.</p>
<?cs call:stats_range_form("/admin/dasbor") ?><?cs

if:subcount(Form.Error) == 0 ?><?cs
  # The figures: admin_dashboard_figures.cs, rendered once for each change of the cases and
    kept (page_dashboard.c); the program puts them in place of this mark. ?>
<!--sibina-part--><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
