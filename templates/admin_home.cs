<?cs # Beranda of the staff area: a greeting with the user's role and unit; for administrators
     their tasks (users, units), for the lane roles their inbox: the cases waiting at the steps
     of their lane, oldest first, with the time at the step against its standard. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Beranda Staf" ?><?cs /if ?><?cs

# One waiting case as a card: its business name links to the case page. ?><?cs
def:inbox_card(c) ?>
  <li class="case-card<?cs if:c.over == 1 ?> case-over<?cs /if ?>">
    <h3 class="case-title"><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:c.id ?>"><?cs var:c.business_name ?></a></h3>
    <dl class="case-facts">
      <div><dt>Kode</dt><dd class="code-inline"><?cs var:c.tracking_code ?></dd></div>
      <div><dt>Nomor agenda</dt><dd><?cs if:c.agenda_no ?><?cs var:c.agenda_no ?><?cs
        else ?><span aria-hidden="true">–</span><span class="sr-only">Belum diagendakan</span><?cs /if ?></dd></div>
      <div class="case-wide"><dt>Langkah</dt><dd>Langkah <?cs var:c.step_no ?> — <?cs var:c.activity ?></dd></div>
      <div><dt>Sejak</dt><dd><?cs var:c.since_text ?></dd></div>
      <div><dt>Lama menunggu</dt><dd><?cs call:elapsed(c) ?></dd></div>
      <div><dt>Status</dt><dd><?cs call:status_badge(c.status, c.status_label) ?></dd></div>
    </dl>
  </li><?cs
/def ?><?cs

def:content() ?><?cs
if:User.is_admin ?>
<h1>Selamat datang, <?cs var:User.name ?></h1><?cs
call:page_notice() ?>
<p class="lead">Anda masuk sebagai <strong><?cs var:User.role_label ?></strong>.</p>
<h2>Administrasi</h2>
<ul class="task-list">
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/pengguna">Pengguna</a>
    <p>Tambah akun staf, ubah data dan peran, atur ulang kata sandi, serta nonaktifkan atau aktifkan kembali akun.</p>
  </li>
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/unit">Unit kerja</a>
    <p>Kelola bidang dan seksi yang menerima disposisi.</p>
  </li>
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/standar">Standar pelayanan</a>
    <p>Ubah komponen standar pelayanan dan langkah SOP; setiap perubahan disimpan sebagai versi baru.</p>
  </li>
</ul><?cs
else ?><?cs
  # The rows of this page are the numbered children of Inbox (count and next are not rows). ?><?cs
  set:Page.InboxRows = 0 ?><?cs
  each:c = Inbox ?><?cs if:c.id ?><?cs set:Page.InboxRows = #Page.InboxRows + 1 ?><?cs /if ?><?cs /each ?>
<h1>Kotak Masuk</h1><?cs
call:page_notice() ?>
<p class="lead">Anda masuk sebagai <strong><?cs var:User.role_label ?></strong><?cs
  if:User.unit_name ?> pada <?cs var:User.unit_name ?><?cs /if ?>.</p>
<section class="inbox" aria-labelledby="menunggu-judul">
  <h2 id="menunggu-judul">Permohonan yang menunggu tindakan Anda</h2><?cs
  if:?Inbox.count ?><?cs set:Page.InboxCount = Inbox.count ?><?cs
  else ?><?cs set:Page.InboxCount = User.inbox_count ?><?cs /if ?><?cs
  if:#Page.InboxCount > 0 ?>
  <p><strong><?cs var:Page.InboxCount ?> permohonan</strong> menunggu tindakan Anda, yang paling lama
  menunggu di urutan teratas. Pilih nama usaha untuk membuka permohonan.</p><?cs /if ?><?cs
  if:#Page.InboxRows == 0 ?><?cs
    if:Query.setelah ?>
  <p>Tidak ada lagi permohonan pada halaman ini.</p><?cs
    else ?>
  <p class="empty">Tidak ada permohonan yang menunggu tindakan Anda.</p><?cs /if ?><?cs
  else ?>
  <ol class="case-list"><?cs each:c = Inbox ?><?cs if:c.id ?><?cs call:inbox_card(c) ?><?cs /if ?><?cs /each ?>
  </ol><?cs /if ?><?cs
  if:Inbox.next ?><?cs
    call:next_page(Site.BasePath + "/admin/?setelah=" + url_escape(Inbox.next)) ?><?cs /if ?><?cs
  if:Query.setelah ?>
  <p><a href="<?cs var:Site.BasePath ?>/admin/">Kembali ke halaman pertama</a></p><?cs /if ?>
  <p>Cari permohonan lain, termasuk yang sudah selesai, di
  <a href="<?cs var:Site.BasePath ?>/admin/permohonan">Semua Permohonan</a>.</p>
</section><?cs /if ?>
<h2>Akun Anda</h2>
<ul class="task-list">
  <li>
    <a href="<?cs var:Site.BasePath ?>/admin/sandi">Ganti kata sandi</a>
    <p>Gunakan kata sandi paling sedikit 10 karakter yang tidak dipakai di tempat lain.</p>
  </li>
</ul>
<p>Selesai bekerja? Tekan tombol <strong>Keluar</strong> di bagian atas halaman, terutama pada komputer bersama.</p>
<?cs /def ?><?cs
include:"layout.cs" ?>
