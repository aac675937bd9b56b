<?cs # Complaint page (/pengaduan): the complaint form (anonymous allowed, contact optional) and the
     lookup of a complaint by its code; both come back with what was typed and their messages. ?><?cs
include:"macros.cs" ?><?cs
if:subcount(Form.Error) > 0 || Lookup.Error ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/pengaduan" aria-current="page">Pengaduan</a></li>
  </ol>
</nav>
<h1>Pengaduan</h1><?cs
if:subcount(Form.Error) > 0 ?>
<div class="error-summary" role="alert" aria-labelledby="kesalahan-judul">
  <h2 id="kesalahan-judul">Pengaduan belum terkirim. Periksa isian berikut:</h2>
  <ul><?cs each:e = Form.Error ?><?cs
    if:name(e) == "kosongkan" ?>
    <li><?cs var:e ?></li><?cs
    else ?>
    <li><a href="#f-<?cs var:name(e) ?>"><?cs var:e ?></a></li><?cs /if ?><?cs /each ?>
  </ul>
</div><?cs /if ?>
<p class="lead">Sampaikan keluhan, saran, atau masukan tentang pelayanan <?cs var:Office.Name ?>.
Setelah terkirim, Anda menerima kode pengaduan untuk melihat jawaban kami.</p>
<ul class="prep">
  <li>Anda boleh mengadu <strong>tanpa nama</strong>. Nama dan kontak hanya dilihat petugas dan
  tidak pernah ditampilkan pada halaman status pengaduan.</li>
  <li>Isi kontak (email atau nomor HP) jika Anda ingin kami hubungi tentang jawabannya; tanpa
  kontak, jawaban hanya dapat dilihat dengan kode pengaduan.</li>
  <li>Pengaduan juga dapat disampaikan melalui SP4N LAPOR! (SMS 1708, aplikasi Android
  "SP4N LAPOR!", atau lapor.go.id).</li>
</ul>

<form class="apply-form complaint-form" method="post" action="<?cs var:Site.BasePath ?>/pengaduan">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="submit_key" value="<?cs var:Form.submit_key ?>">

  <div class="form-part">
    <h2 id="bagian-pengadu">Data pengadu</h2><?cs
    call:text_field("nama", "Nama", "text", 100, "name", "", 0,
      "Boleh dikosongkan jika Anda ingin mengadu tanpa nama.") ?><?cs
    call:text_field("kontak", "Kontak (email atau nomor HP)", "text", 254, "", "", 0,
      "Diperlukan agar kami dapat memberi tahu Anda jawabannya. Contoh: nama@contoh.co.id atau 0812 3456 7890.") ?><?cs
    call:text_field("kode_permohonan", "Kode permohonan", "text", 40, "off", "", 0,
      "Isi jika pengaduan berkaitan dengan permohonan Anda, misalnya 7KQ4M-2XPAB.") ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-isi">Pengaduan</h2><?cs
    call:text_field("perihal", "Perihal", "text", 200, "off", "", 1,
      "Pokok pengaduan dalam satu kalimat pendek.") ?><?cs
    call:textarea_field("isi", "Isi pengaduan", 5000, 8, 1,
      "Ceritakan apa yang terjadi, kapan, dan harapan Anda, paling banyak 5.000 karakter.") ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-persetujuan">Persetujuan</h2>
    <fieldset class="field choice-group<?cs if:Form.Error.setuju ?> field-invalid<?cs /if ?>">
      <legend>Persetujuan pemrosesan data pribadi <span class="req">(wajib)</span></legend>
      <p class="hint" id="h-setuju">Data Anda hanya dipakai untuk menangani pengaduan ini, sesuai
      Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Baca
      <a href="<?cs var:Site.BasePath ?>/privasi">Pemberitahuan Privasi</a>.</p><?cs
      call:field_error("setuju", Form.Error.setuju) ?>
      <div class="choice">
        <input type="checkbox" id="f-setuju" name="setuju" value="1" required<?cs
          if:Form.setuju ?> checked<?cs /if ?><?cs
          call:field_aria("setuju", "hint", "", Form.Error.setuju) ?>>
        <label for="f-setuju">Saya memberikan persetujuan pemrosesan data yang saya isi pada formulir ini untuk keperluan penanganan pengaduan.</label>
      </div>
    </fieldset>
  </div>

  <div class="hp" aria-hidden="true">
    <label for="f-kosongkan">Kosongkan kolom ini</label>
    <input type="text" id="f-kosongkan" name="kosongkan" value="" tabindex="-1" autocomplete="off">
  </div>

  <div class="form-submit">
    <button type="submit" class="btn">Kirim Pengaduan</button>
  </div>
</form>

<section class="track-again" aria-labelledby="lacak-pengaduan-judul" id="lacak-pengaduan">
  <h2 id="lacak-pengaduan-judul">Lacak pengaduan</h2>
  <p>Sudah mengirim pengaduan? Masukkan kode pengaduan untuk melihat status dan jawabannya.</p><?cs
  call:complaint_lookup_form() ?>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
