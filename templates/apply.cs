<?cs # Request form of a service: the applicant's data, the coaching asked for, the letter and
     supporting files, consent; it comes back with the values as typed and a message per field. ?><?cs
include:"macros.cs" ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:Service.slug ?>"><?cs var:Service.name ?></a></li>
    <li><a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:Service.slug ?>/permohonan" aria-current="page">Ajukan Permohonan</a></li>
  </ol>
</nav>
<p class="eyebrow"><?cs var:Service.name ?></p>
<h1>Ajukan Permohonan</h1><?cs
if:subcount(Form.Error) > 0 ?>
<div class="error-summary" role="alert" aria-labelledby="kesalahan-judul">
  <h2 id="kesalahan-judul">Permohonan belum terkirim. Periksa isian berikut:</h2>
  <ul><?cs each:e = Form.Error ?><?cs
    if:name(e) == "kosongkan" ?>
    <li><?cs var:e ?></li><?cs
    else ?>
    <li><a href="#f-<?cs var:name(e) ?>"><?cs var:e ?></a></li><?cs /if ?><?cs /each ?><?cs
    if:Form.FilesLost && !Form.Error.surat ?>
    <li><a href="#f-surat">Pilih kembali Surat Permohonan dan berkas pendukung Anda.</a></li><?cs /if ?>
  </ul>
</div><?cs /if ?>
<p class="lead">Isi formulir ini untuk meminta pembinaan dari <?cs var:Office.Name ?>.
Setelah permohonan terkirim, Anda menerima kode pelacakan untuk mengikuti prosesnya.</p>
<ul class="prep">
  <li>Siapkan Surat Permohonan dalam bentuk PDF, JPEG, atau PNG (foto atau pindaian), paling besar <?cs var:Limits.FileMB ?> MB.</li>
  <li>Kami <strong>tidak</strong> meminta NIK atau nomor KTP.</li>
  <li>Isian bertanda <span class="req">(wajib)</span> harus diisi; isian lain boleh dikosongkan.</li>
</ul>

<form class="apply-form" method="post" enctype="multipart/form-data" action="<?cs var:Site.BasePath ?>/layanan/<?cs var:Service.slug ?>/permohonan">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="submit_key" value="<?cs var:Form.submit_key ?>">

  <div class="form-part">
    <h2 id="bagian-pemohon">Data pemohon</h2>
    <fieldset class="field choice-group<?cs if:Form.Error.jenis ?> field-invalid<?cs /if ?>" id="f-jenis"<?cs
      if:Form.Error.jenis ?> aria-describedby="e-jenis"<?cs /if ?>>
      <legend>Jenis pemohon <span class="req">(wajib)</span></legend><?cs
      call:field_error("jenis", Form.Error.jenis) ?>
      <div class="choices"><?cs each:c = Choices.jenis ?>
        <div class="choice">
          <input type="radio" id="f-jenis-<?cs var:c.value ?>" name="jenis" value="<?cs var:c.value ?>" required<?cs
            if:Form.jenis == c.value ?> checked<?cs /if ?><?cs
            if:Form.Error.jenis ?> aria-invalid="true"<?cs /if ?>>
          <label for="f-jenis-<?cs var:c.value ?>"><?cs var:c.label ?></label>
        </div><?cs /each ?>
      </div>
    </fieldset><?cs
    call:text_field("nama_usaha", "Nama usaha atau koperasi", "text", 200, "organization", "", 1,
      "Tulis nama seperti pada papan nama atau akta koperasi.") ?><?cs
    call:text_field("kontak", "Nama penanggung jawab", "text", 100, "name", "", 1,
      "Pemilik usaha atau pengurus koperasi yang dapat kami hubungi.") ?><?cs
    call:text_field("jabatan", "Jabatan", "text", 100, "organization-title", "", 1,
      "Misalnya: pemilik, ketua, atau sekretaris.") ?><?cs
    call:text_field("hp", "Nomor HP", "tel", 20, "tel", "", 1,
      "Contoh: 0812 3456 7890. Petugas menghubungi Anda melalui nomor ini.") ?><?cs
    call:text_field("email", "Email", "email", 254, "email", "", 0, "") ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-alamat">Alamat usaha</h2><?cs
    call:text_field("alamat", "Alamat", "text", 300, "address-line1", "", 1,
      "Jalan, nomor, atau nama jorong tempat usaha berada.") ?>
    <div class="field<?cs if:Form.Error.kecamatan ?> field-invalid<?cs /if ?>">
      <?cs call:label("kecamatan", "Kecamatan", 1) ?><?cs
      call:field_error("kecamatan", Form.Error.kecamatan) ?>
      <select id="f-kecamatan" name="kecamatan" required<?cs
        call:field_aria("kecamatan", "", "", Form.Error.kecamatan) ?>>
        <option value="">Pilih kecamatan</option><?cs each:k = Choices.kecamatan ?>
        <option value="<?cs var:k.value ?>"<?cs if:Form.kecamatan == k.value ?> selected<?cs /if ?>><?cs var:k.label ?></option><?cs /each ?>
      </select>
    </div><?cs
    call:text_field("nagari", "Nagari", "text", 100, "", "", 1, "") ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-usaha">Data usaha</h2><?cs
    call:text_field("sektor", "Sektor usaha", "text", 100, "", "", 1,
      "Misalnya: makanan olahan, kerajinan, pertanian, atau simpan pinjam.") ?><?cs
    call:text_field("nib", "NIB (Nomor Induk Berusaha)", "text", 13, "off", "numeric", 0,
      "13 angka, tertera pada dokumen NIB dari OSS.") ?><?cs
    call:text_field("badan_hukum", "Nomor badan hukum (koperasi)", "text", 100, "off", "", 0,
      "Khusus koperasi yang telah berbadan hukum.") ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-kebutuhan">Kebutuhan pembinaan</h2>
    <fieldset class="field choice-group<?cs if:Form.Error.aspek ?> field-invalid<?cs /if ?>" id="f-aspek"<?cs
      call:field_aria("aspek", "hint", "", Form.Error.aspek) ?>>
      <legend>Pembinaan yang dibutuhkan <span class="req">(wajib)</span></legend>
      <p class="hint" id="h-aspek">Pilih satu atau lebih.</p><?cs
      call:field_error("aspek", Form.Error.aspek) ?>
      <div class="choices"><?cs each:c = Choices.aspek ?>
        <div class="choice">
          <input type="checkbox" id="f-aspek-<?cs var:c.value ?>" name="aspek" value="<?cs var:c.value ?>"<?cs
            if:Form.aspek[c.value] ?> checked<?cs /if ?><?cs
            if:Form.Error.aspek ?> aria-invalid="true"<?cs /if ?>>
          <label for="f-aspek-<?cs var:c.value ?>"><?cs var:c.label ?></label>
        </div><?cs /each ?>
      </div>
    </fieldset>
    <div class="field<?cs if:Form.Error.uraian ?> field-invalid<?cs /if ?>">
      <?cs call:label("uraian", "Uraian singkat kebutuhan", 1) ?>
      <p class="hint" id="h-uraian">Ceritakan keadaan usaha dan bantuan yang Anda harapkan, paling banyak 1.000 karakter.</p><?cs
      call:field_error("uraian", Form.Error.uraian) ?>
      <textarea id="f-uraian" name="uraian" rows="6" maxlength="1000" required<?cs
        call:field_aria("uraian", "hint", "", Form.Error.uraian) ?>><?cs var:Form.uraian ?></textarea>
    </div>
  </div>

  <div class="form-part" id="f-berkas">
    <h2 id="bagian-berkas">Berkas</h2><?cs
    if:Form.FilesLost ?>
    <p class="notice" id="n-berkas"><strong>Pilih kembali berkas Anda.</strong> Berkas yang tadi
    Anda pilih tidak ikut tersimpan ketika formulir dikembalikan. Pilih lagi Surat Permohonan dan
    berkas pendukung sebelum mengirim.</p><?cs /if ?>
    <p>Setiap berkas berupa PDF, JPEG, atau PNG, paling besar <?cs var:Limits.FileMB ?> MB.
    Seluruh kiriman (semua berkas bersama isian) paling besar 6 MB.</p><?cs
    call:field_error("berkas", Form.Error.berkas) ?><?cs
    call:file_field("surat", "Surat Permohonan", 1,
      "Surat dari UMKM atau koperasi yang meminta pembinaan. PDF, JPEG, atau PNG, paling besar 5 MB.") ?><?cs
    loop:i = 1, Limits.Pendukung, 1 ?><?cs
      call:file_field("pendukung_" + i, "Berkas pendukung " + i, 0,
        "Misalnya foto produk atau dokumen usaha. PDF, JPEG, atau PNG, paling besar 5 MB.") ?><?cs
    /loop ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-persetujuan">Persetujuan</h2>
    <fieldset class="field choice-group<?cs if:Form.Error.setuju ?> field-invalid<?cs /if ?>">
      <legend>Persetujuan pemrosesan data pribadi <span class="req">(wajib)</span></legend>
      <p class="hint" id="h-setuju">Data Anda hanya dipakai untuk memproses permohonan ini, sesuai
      Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Baca
      <a href="<?cs var:Site.BasePath ?>/privasi">Pemberitahuan Privasi</a>.</p><?cs
      call:field_error("setuju", Form.Error.setuju) ?>
      <div class="choice">
        <input type="checkbox" id="f-setuju" name="setuju" value="1" required<?cs
          if:Form.setuju ?> checked<?cs /if ?><?cs
          call:field_aria("setuju", "hint", "", Form.Error.setuju) ?>>
        <label for="f-setuju">Saya memberikan persetujuan pemrosesan data pribadi yang saya isi pada formulir ini untuk keperluan permohonan pembinaan.</label>
      </div>
    </fieldset>
  </div>

  <div class="hp" aria-hidden="true">
    <label for="f-kosongkan">Kosongkan kolom ini</label>
    <input type="text" id="f-kosongkan" name="kosongkan" value="" tabindex="-1" autocomplete="off">
  </div>

  <div class="form-submit">
    <button type="submit" class="btn">Kirim Permohonan</button>
    <p class="hint">Periksa kembali isian Anda. Setelah terkirim, Anda mendapat kode pelacakan dan tanda terima.</p>
  </div>
</form>
<?cs /def ?><?cs
include:"layout.cs" ?>
