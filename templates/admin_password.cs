<?cs # The user's own password: the current one, the new one twice. A user whose password was
     given by an administrator is sent here first and told why. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Ganti Kata Sandi" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("", "", "Ganti Kata Sandi") ?>
<h1>Ganti Kata Sandi</h1><?cs
call:page_notice() ?><?cs
call:error_summary("Kata sandi belum diganti. Periksa isian berikut:", "") ?><?cs
if:User.must_change ?>
<div class="notice">
  <p><strong>Anda harus mengganti kata sandi sebelum melanjutkan.</strong> Kata sandi Anda
  dibuat atau diatur ulang oleh administrator; pilih kata sandi Anda sendiri.</p>
</div><?cs /if ?>
<p class="lead">Setelah kata sandi diganti, sesi Anda di perangkat lain berakhir.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/sandi">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>"><?cs
  call:password_field("sandi_lama", "Kata sandi saat ini", "current-password", "") ?><?cs
  call:password_field("sandi_baru", "Kata sandi baru", "new-password",
    "Paling sedikit 10 karakter dan tidak sama dengan nama pengguna.") ?><?cs
  call:password_field("sandi_ulang", "Ulangi kata sandi baru", "new-password", "") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan kata sandi</button>
  </div>
</form>
<?cs /def ?><?cs
include:"layout.cs" ?>
