<?cs # Staff login: username and password; a failed attempt comes back with one message for
     every cause (unknown user, wrong password, disabled account), the username kept. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Masuk Area Staf" ?><?cs /if ?><?cs
if:Form.Error.login ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?>
<h1>Masuk Area Staf</h1><?cs
call:page_notice() ?><?cs
if:Form.Error.login ?>
<div class="error-summary" role="alert" aria-labelledby="kesalahan-judul">
  <h2 id="kesalahan-judul">Gagal masuk</h2>
  <p id="e-login"><a href="#f-username"><?cs var:Form.Error.login ?></a></p>
</div><?cs /if ?>
<p class="lead">Halaman ini khusus bagi petugas <?cs var:Office.Name ?>. Masukkan nama pengguna
dan kata sandi yang diberikan oleh administrator.</p>
<form class="login-form" method="post" action="<?cs var:Site.BasePath ?>/admin/masuk">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <div class="field<?cs if:Form.Error.login ?> field-invalid<?cs /if ?>">
    <label for="f-username">Nama pengguna</label>
    <input type="text" id="f-username" name="username" value="<?cs var:Form.username ?>" maxlength="32"
      autocomplete="username" autocapitalize="none" spellcheck="false" required<?cs
      if:Form.Error.login ?> aria-describedby="e-login" aria-invalid="true"<?cs /if ?>>
  </div>
  <div class="field">
    <label for="f-password">Kata sandi</label>
    <input type="password" id="f-password" name="password" maxlength="128" autocomplete="current-password" required>
  </div>
  <div class="form-submit">
    <button type="submit" class="btn">Masuk</button>
  </div>
</form>
<p class="hint">Lupa kata sandi? Hubungi administrator Sibina di kantor untuk mengatur ulang kata sandi Anda.</p>
<p>Masyarakat yang ingin mengajukan atau melacak permohonan tidak perlu masuk: buka
<a href="<?cs var:Site.BasePath ?>/">halaman Beranda</a>.</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
