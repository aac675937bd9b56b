<?cs # Error page (404, 405, 429, 500, ...): a plain message, never any internal detail. ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<h1><?cs var:Error.Title ?></h1>
<p class="lead"><?cs var:Error.Message ?></p><?cs
if:Error.Status == 404 && Error.Path ?>
<p>Alamat yang diminta: <code class="path"><?cs var:Error.Path ?></code></p><?cs /if ?><?cs
if:Error.Status == 500 && Error.Incident ?>
<p>Kode insiden: <code><?cs var:Error.Incident ?></code></p>
<p>Sebutkan kode ini apabila Anda menghubungi kami melalui telepon <?cs var:Office.Phone ?>.</p><?cs /if ?><?cs
if:Error.Status == 429 ?>
<p>Telepon kantor kami: <?cs var:Office.Phone ?>.</p><?cs /if ?>
<p><?cs if:Error.BackPath ?><a href="<?cs var:Site.BasePath ?><?cs var:Error.BackPath ?>">Kembali ke <?cs if:Error.BackText ?><?cs var:Error.BackText ?><?cs else ?>permohonan<?cs /if ?></a><?cs
  elif:Page.Staff && User.id ?><a href="<?cs var:Site.BasePath ?>/admin/">Kembali ke <?cs if:User.is_admin ?>Beranda<?cs else ?>Kotak Masuk<?cs /if ?></a><?cs
  else ?><a href="<?cs var:Site.BasePath ?>/">Kembali ke Beranda</a><?cs /if ?></p>
<?cs /def ?><?cs
include:"layout.cs" ?>
