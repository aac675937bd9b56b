<?cs # The working calendar for an administrator: the office hours of each weekday (one form for
     the whole week), the holidays of a year with a button to remove each, the form to add a day
     or a range of days, and the import of a CSV file of holidays. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Kalender Kerja" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# One time of a span of the week's form: hari_D_N_buka or hari_D_N_tutup, with its label (the
   day and the span read aloud) and its message. ?><?cs
def:time_input(d, n, which, text) ?><?cs
  set:Calendar.f = "hari_" + d.no + "_" + n + "_" + which ?>
        <div class="week-time<?cs if:Form.Error[Calendar.f] ?> field-invalid<?cs /if ?>">
          <label for="f-<?cs var:Calendar.f ?>"><?cs var:text ?><span class="sr-only"> sesi <?cs var:n ?> hari <?cs var:d.name ?></span></label><?cs
          call:field_error(Calendar.f, Form.Error[Calendar.f]) ?>
          <input type="text" id="f-<?cs var:Calendar.f ?>" name="<?cs var:Calendar.f ?>" value="<?cs
            var:Form[Calendar.f] ?>" maxlength="5" size="5" inputmode="decimal" autocomplete="off"<?cs
            call:field_aria(Calendar.f, "", "", Form.Error[Calendar.f]) ?>>
        </div><?cs
/def ?><?cs

def:content() ?><?cs
call:staff_crumbs("", "", "Kalender Kerja") ?>
<h1>Kalender Kerja</h1><?cs
call:page_notice() ?><?cs
call:error_summary("Perubahan belum tersimpan. Periksa isian berikut:", "") ?>
<p class="lead">Waktu penyelesaian setiap langkah SOP dihitung hanya pada jam kerja di hari kerja.
Atur jam kerja setiap hari dan tetapkan hari libur nasional, cuti bersama, serta hari kantor tutup.</p>

<section class="form-part" aria-labelledby="jam-kerja">
<h2 id="jam-kerja">Jam kerja</h2>
<p>Isi jam buka dan jam tutup setiap sesi, paling banyak empat sesi sehari, dengan format jam.menit,
misalnya <span class="nowrap">07.30</span>. Jeda di antara dua sesi, seperti istirahat siang, tidak
dihitung sebagai jam kerja. Kosongkan semua sesi pada hari kantor tidak bekerja.</p>
<form class="staff-form week-form" method="post" action="<?cs var:Site.BasePath ?>/admin/kalender/jam">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <div class="week<?cs if:Form.Error.pekan ?> week-invalid<?cs /if ?>" id="f-pekan"><?cs
    call:field_error("pekan", Form.Error.pekan) ?><?cs
    each:d = Calendar.Days ?>
    <fieldset class="week-day">
      <legend><?cs var:d.name ?></legend><?cs
      loop:n = 1, 4, 1 ?>
      <div class="week-span">
        <span class="week-span-no" aria-hidden="true">Sesi <?cs var:n ?></span><?cs
        call:time_input(d, n, "buka", "Buka") ?><?cs
        call:time_input(d, n, "tutup", "Tutup") ?>
      </div><?cs /loop ?>
    </fieldset><?cs /each ?>
  </div>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan jam kerja</button>
  </div>
</form>
</section>

<section class="form-part" aria-labelledby="hari-libur">
<h2 id="hari-libur">Hari libur tahun <?cs var:Calendar.year ?></h2>
<nav class="year-nav" aria-label="Pilih tahun">
  <ul><?cs each:y = Calendar.Years ?>
    <li><a href="<?cs var:Site.BasePath ?>/admin/kalender?tahun=<?cs var:y.year ?>#hari-libur"<?cs
      if:y.shown ?> aria-current="page"<?cs /if ?>><?cs var:y.year ?></a></li><?cs /each ?>
  </ul>
</nav><?cs
if:subcount(Holidays) == 0 ?>
<p>Belum ada hari libur pada tahun <?cs var:Calendar.year ?>.</p><?cs
else ?>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="daftar-libur">
  <table class="data-table">
    <caption id="daftar-libur">Hari libur tahun <?cs var:Calendar.year ?> (<?cs var:subcount(Holidays) ?> hari)</caption>
    <thead>
      <tr>
        <th scope="col">Tanggal</th>
        <th scope="col">Jenis</th>
        <th scope="col">Keterangan</th>
        <th scope="col"><span class="sr-only">Tindakan</span></th>
      </tr>
    </thead>
    <tbody><?cs each:h = Holidays ?>
      <tr>
        <th scope="row"><span class="nowrap"><?cs var:h.weekday ?>,</span> <span class="nowrap"><?cs var:h.day_text ?></span></th>
        <td><?cs var:h.kind_label ?></td>
        <td><?cs var:h.name ?></td>
        <td>
          <form class="row-form" method="post" action="<?cs var:Site.BasePath ?>/admin/kalender/libur/<?cs var:h.day ?>/hapus">
            <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
            <button type="submit" class="btn btn-quiet">Hapus<span class="sr-only"> hari libur <?cs var:h.day_text ?></span></button>
          </form>
        </td>
      </tr><?cs /each ?>
    </tbody>
  </table>
</div><?cs /if ?>
</section>

<section class="form-part" aria-labelledby="tambah-libur">
<h2 id="tambah-libur">Tambah hari libur</h2>
<p>Isian bertanda <span class="req">(wajib)</span> harus diisi. Untuk beberapa hari berturut-turut,
isi juga tanggal terakhirnya: setiap hari dalam rentang itu dicatat sebagai hari libur.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/kalender/libur">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>"><?cs
  call:date_field("tanggal", "Tanggal", 1, "") ?><?cs
  call:date_field("sampai", "Sampai dengan tanggal", 0,
    "Kosongkan untuk satu hari. Rentang paling lama 31 hari.") ?><?cs
  call:radio_group("jenis", "Jenis", 1, "", Choices.jenis) ?><?cs
  call:text_field("keterangan", "Keterangan", "text", 200, "off", "", 1,
    "Contoh: Hari Raya Idul Fitri 1447 H, atau Kantor tutup karena banjir.") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Tambah hari libur</button>
  </div>
</form>
</section>

<section class="form-part" aria-labelledby="impor-libur">
<h2 id="impor-libur">Impor hari libur dari berkas CSV</h2>
<p>Gunakan berkas CSV (UTF-8) dengan baris pertama <code>tanggal,jenis,keterangan</code> dan satu hari
per baris. Tanggal ditulis TTTT-BB-HH; jenis salah satu dari <code>libur_nasional</code>,
<code>cuti_bersama</code> atau <code>tutup_kantor</code>; keterangan paling banyak 200 karakter. Contoh:</p>
<pre class="csv-sample">tanggal,jenis,keterangan
2026-08-17,libur_nasional,Proklamasi Kemerdekaan Republik Indonesia
2026-12-24,cuti_bersama,Cuti Bersama Kelahiran Yesus Kristus</pre>
<p>Berkas diperiksa seluruhnya lebih dulu: bila ada satu baris yang salah, tidak ada yang disimpan dan
setiap kesalahan ditampilkan dengan nomor barisnya. Tanggal yang sudah ada diperbarui jenis dan
keterangannya. Paling besar 1 MB atau 2000 baris.</p>
<form class="staff-form" method="post" enctype="multipart/form-data" action="<?cs var:Site.BasePath ?>/admin/kalender/impor">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <div class="field<?cs if:Form.Error.berkas ?> field-invalid<?cs /if ?>">
    <?cs call:label("berkas", "Berkas CSV", 1) ?>
    <p class="hint" id="h-berkas">Dari lembar kerja, simpan sebagai “CSV UTF-8 (dipisahkan koma)”.</p><?cs
    call:field_error("berkas", Form.Error.berkas) ?><?cs
    if:subcount(Import.Errors) > 0 ?>
    <ul class="import-errors" id="l-berkas"><?cs each:e = Import.Errors ?>
      <li><?cs var:e ?></li><?cs /each ?><?cs
      if:Import.More ?>
      <li>… dan <?cs var:Import.More ?> kesalahan lain.</li><?cs /if ?>
    </ul><?cs /if ?>
    <input type="file" id="f-berkas" name="berkas" accept=".csv,text/csv" required<?cs
      if:subcount(Import.Errors) > 0 ?><?cs call:field_aria("berkas", "hint", "l-berkas", Form.Error.berkas) ?><?cs
      else ?><?cs call:field_aria("berkas", "hint", "", Form.Error.berkas) ?><?cs /if ?>>
  </div>
  <div class="form-submit">
    <button type="submit" class="btn">Impor hari libur</button>
  </div>
</form>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
