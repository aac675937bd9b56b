<?cs # One staff account for an administrator: the form to add an account (with a first password)
     or to change one, and on an existing account the password reset and the status forms. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs
  if:Target.id ?><?cs set:Page.Title = "Ubah Pengguna" ?><?cs
  else ?><?cs set:Page.Title = "Tambah Pengguna" ?><?cs /if ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# The fields shared by both forms, after the username. ?><?cs
def:user_fields() ?><?cs
    call:text_field("nama", "Nama lengkap", "text", 150, "off", "", 1,
      "Dengan gelar, seperti tertulis pada surat tugas.") ?><?cs
    call:text_field("nip", "NIP", "text", 18, "off", "numeric", 0,
      "Nomor Induk Pegawai, 18 angka tanpa spasi.") ?><?cs
    call:text_field("pangkat", "Pangkat/golongan", "text", 100, "off", "", 0,
      "Contoh: Penata Muda, III/a.") ?><?cs
    call:text_field("jabatan", "Jabatan", "text", 150, "off", "", 0, "") ?><?cs
    call:select_field("peran", "Peran", 1,
      "Lajur SOP tempat pengguna bertindak, atau Administrator.", Choices.peran, "Pilih peran") ?><?cs
    call:select_field("unit", "Unit", "sesuai peran",
      "Wajib untuk Kepala Bidang (bidang) dan Kasi (seksi).", Choices.unit, "Tanpa unit") ?><?cs
/def ?><?cs

def:content() ?><?cs
if:Target.id ?><?cs
call:staff_crumbs("Pengguna", "/admin/pengguna", "Ubah Pengguna") ?>
<p class="eyebrow"><?cs var:Target.name ?></p>
<h1>Ubah Pengguna</h1><?cs
else ?><?cs
call:staff_crumbs("Pengguna", "/admin/pengguna", "Tambah Pengguna") ?>
<h1>Tambah Pengguna</h1><?cs /if ?><?cs
call:page_notice() ?><?cs
if:Target.id ?><?cs call:error_summary("Perubahan belum tersimpan. Periksa isian berikut:", "username") ?><?cs
else ?><?cs call:error_summary("Pengguna belum tersimpan. Periksa isian berikut:", "username") ?><?cs /if ?><?cs

if:Target.id ?>
<dl class="facts">
  <div><dt>Nama pengguna</dt><dd class="mono"><?cs var:Target.username ?></dd></div>
  <div><dt>Status</dt><dd><?cs if:Target.disabled ?><span class="state state-off">Nonaktif</span><?cs
    else ?><span class="state state-on">Aktif</span><?cs /if ?></dd></div>
</dl>
<section class="form-part" aria-labelledby="data-judul">
<h2 id="data-judul">Data pengguna</h2>
<p>Isian bertanda <span class="req">(wajib)</span> harus diisi. Nama pengguna tidak dapat diubah.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/pengguna/<?cs var:Target.id ?>">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>"><?cs
  call:user_fields() ?>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan perubahan</button>
  </div>
</form>
</section>

<section class="form-part" aria-labelledby="sandi-judul">
<h2 id="sandi-judul">Atur ulang kata sandi</h2>
<p>Berikan kata sandi sementara kepada pengguna secara langsung. Semua sesi pengguna ini berakhir,
dan ia harus mengganti kata sandi tersebut ketika masuk berikutnya.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/pengguna/<?cs var:Target.id ?>/sandi">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>"><?cs
  call:password_field("sandi", "Kata sandi sementara", "new-password",
    "Paling sedikit 10 karakter dan tidak sama dengan nama pengguna.") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Atur ulang kata sandi</button>
  </div>
</form>
</section>

<section class="form-part" aria-labelledby="status-judul">
<h2 id="status-judul">Status akun</h2><?cs
  call:field_error("aktif", Form.Error.aktif) ?><?cs
  if:Target.disabled ?>
<p>Akun ini nonaktif: pengguna tidak dapat masuk. Setelah diaktifkan kembali, pengguna dapat masuk lagi.</p>
<form method="post" action="<?cs var:Site.BasePath ?>/admin/pengguna/<?cs var:Target.id ?>/status">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="aktif" value="1">
  <button type="submit" class="btn" id="f-aktif"<?cs if:Form.Error.aktif ?> aria-describedby="e-aktif"<?cs /if ?>>Aktifkan kembali</button>
</form><?cs
  elif:Target.id == User.id ?>
<p id="f-aktif">Ini akun Anda sendiri. Anda tidak dapat menonaktifkan akun Anda sendiri; mintalah
administrator lain untuk melakukannya.</p><?cs
  else ?>
<p id="h-aktif">Pengguna yang dinonaktifkan tidak dapat masuk lagi, dan semua sesinya yang sedang
berjalan langsung berakhir. Data dan riwayat tindakannya tetap tersimpan.</p>
<form method="post" action="<?cs var:Site.BasePath ?>/admin/pengguna/<?cs var:Target.id ?>/status">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="aktif" value="0">
  <button type="submit" class="btn btn-danger" id="f-aktif" aria-describedby="h-aktif<?cs
    if:Form.Error.aktif ?> e-aktif<?cs /if ?>">Nonaktifkan pengguna</button>
</form><?cs /if ?>
</section><?cs

else ?>
<p class="lead">Buat akun bagi seorang petugas. Berikan nama pengguna dan kata sandi awal kepadanya
secara langsung.</p>
<p>Isian bertanda <span class="req">(wajib)</span> harus diisi.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/pengguna/baru">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <div class="field<?cs if:Form.Error.username ?> field-invalid<?cs /if ?>">
    <?cs call:label("username", "Nama pengguna", 1) ?>
    <p class="hint" id="h-username">3 sampai 32 karakter: huruf kecil, angka, titik (.), garis bawah (_),
    atau tanda hubung (-). Contoh: budi.santoso. Tidak dapat diubah setelah disimpan.</p><?cs
    call:field_error("username", Form.Error.username) ?>
    <input type="text" id="f-username" name="username" value="<?cs var:Form.username ?>" maxlength="32"
      autocomplete="off" autocapitalize="none" spellcheck="false" required<?cs
      call:field_aria("username", "hint", "", Form.Error.username) ?>>
  </div><?cs
  call:user_fields() ?><?cs
  call:password_field("sandi", "Kata sandi awal", "new-password",
    "Paling sedikit 10 karakter dan tidak sama dengan nama pengguna. Pengguna wajib menggantinya dengan kata sandi sendiri saat pertama kali masuk.") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan pengguna</button>
  </div>
</form><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
