<?cs # The list of staff accounts for an administrator: name, username, role, unit and status,
     each linking to its edit page, and the way to add an account. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Pengguna" ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("", "", "Pengguna") ?>
<h1>Pengguna</h1><?cs
call:page_notice() ?>
<p class="lead">Akun staf yang dapat masuk ke Sibina, dengan peran (lajur SOP) dan unitnya.</p>
<p class="actions"><a class="more" href="<?cs var:Site.BasePath ?>/admin/pengguna/baru">Tambah pengguna</a></p><?cs
if:subcount(Users) == 0 ?>
<p>Belum ada pengguna.</p><?cs
else ?>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="daftar-pengguna">
  <table class="data-table">
    <caption id="daftar-pengguna">Daftar pengguna (<?cs var:subcount(Users) ?>)</caption>
    <thead>
      <tr>
        <th scope="col">Nama</th>
        <th scope="col">Nama pengguna</th>
        <th scope="col">Peran</th>
        <th scope="col">Unit</th>
        <th scope="col">Status</th>
      </tr>
    </thead>
    <tbody><?cs each:u = Users ?>
      <tr<?cs if:u.disabled ?> class="row-off"<?cs /if ?>>
        <th scope="row"><a href="<?cs var:Site.BasePath ?>/admin/pengguna/<?cs var:u.id ?>"><?cs var:u.name ?></a><?cs
          if:u.nip ?><span class="sub">NIP <?cs var:u.nip ?></span><?cs /if ?></th>
        <td class="mono"><?cs var:u.username ?></td>
        <td><?cs var:u.role_label ?></td>
        <td><?cs if:u.unit_name ?><?cs var:u.unit_name ?><?cs else ?><span aria-hidden="true">–</span><span class="sr-only">Tanpa unit</span><?cs /if ?></td>
        <td><?cs if:u.disabled ?><span class="state state-off">Nonaktif</span><?cs else ?><span class="state state-on">Aktif</span><?cs /if ?></td>
      </tr><?cs /each ?>
    </tbody>
  </table>
</div><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
