<?cs # The staff's exports: the agenda book or the case list of a date range as CSV or XLSX. The form
     goes by GET to /admin/ekspor/unduh, which answers with the file, or with this page again (422)
     and a message at each wrong field. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Ekspor Data" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# A date of the range (the browser's calendar); a value that is no date (typed by hand in a
   browser without one, or in the address) comes back as typed in a text box, where it is valid
   HTML, with its message. ?><?cs
def:range_date(name, text, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, 1) ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="<?cs if:Form.Typed[name] ?>text<?cs else ?>date<?cs /if ?>" id="f-<?cs var:name ?>" name="<?cs
        var:name ?>" value="<?cs var:Form[name] ?>" required<?cs call:field_aria(name, hint, "", Form.Error[name]) ?>>
    </div><?cs
/def ?><?cs

def:content() ?><?cs
call:staff_crumbs("", "", "Ekspor Data") ?>
<h1>Ekspor Data</h1><?cs
call:error_summary("Berkas belum dapat dibuat. Periksa isian berikut:", "jenis") ?>
<p class="lead">Unduh data untuk rentang tanggal tertentu (paling panjang 366 hari) sebagai
berkas yang dapat dibuka dengan Microsoft Excel, LibreOffice Calc atau aplikasi lembar kerja
lain.</p>

<form class="staff-form" method="get" action="<?cs var:Site.BasePath ?>/admin/ekspor/unduh"><?cs
  if:Export.scoped ?><?cs
  call:radio_group("jenis", "Jenis data", 1,
    "Daftar Permohonan memuat permohonan yang didisposisikan ke unit Anda.", Choices.jenis) ?><?cs
  else ?><?cs
  call:radio_group("jenis", "Jenis data", 1,
    "Buku Agenda: surat yang sudah diagendakan, menurut tanggal terima. Daftar Permohonan: permohonan yang diajukan dalam rentang tanggal, menurut tanggal pengajuan.",
    Choices.jenis) ?><?cs /if ?><?cs
  call:range_date("dari", "Dari tanggal", "Tanggal pertama rentang, termasuk tanggal ini (tttt-bb-hh).") ?><?cs
  call:range_date("sampai", "Sampai tanggal", "Tanggal terakhir rentang, termasuk tanggal ini (tttt-bb-hh).") ?><?cs
  call:radio_group("format", "Format berkas", 1,
    "XLSX langsung terbuka di Excel dengan tanggal sebagai tanggal. CSV cocok untuk aplikasi lain.",
    Choices.format) ?>
  <div class="form-submit">
    <button type="submit" class="btn">Unduh berkas</button>
  </div>
</form>

<section aria-labelledby="isi-berkas">
<h2 id="isi-berkas">Isi berkas</h2>
<dl class="facts"><?cs
  if:!Export.scoped ?><?cs
  call:fact("Buku Agenda", "Nomor Agenda, Tanggal Terima, Asal Surat (nama usaha dan penanggung jawab), Nomor Surat, Tanggal Surat, Perihal, Sifat; urut menurut tanggal terima lalu nomor agenda.") ?><?cs /if ?><?cs
  call:fact("Daftar Permohonan", "Kode, Tanggal Pengajuan, Nama Usaha, Jenis Pemohon, Kecamatan, Nagari, Aspek Pembinaan, Status, Langkah, Nomor Agenda, Bidang, Seksi; urut menurut waktu pengajuan.") ?><?cs
  call:fact("Tanggal", "Menurut Waktu Indonesia Barat (WIB). Di XLSX tertulis hh/bb/tttt; di CSV tertulis tttt-bb-hh.") ?><?cs
  call:fact("Isian yang diawali = + - atau @", "Di CSV diberi tanda petik tunggal (') di depannya, agar aplikasi lembar kerja tidak menjalankannya sebagai rumus.") ?>
</dl>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
