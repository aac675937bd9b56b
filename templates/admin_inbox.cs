<?cs # The inbox of a lane role, the part of the staff home (admin_home.cs) that a worker renders
     once for each change of the cases and keeps (page_inbox.c): the cases waiting at the steps
     of the user's lane (and unit), oldest first, with the time at the step against its standard,
     50 at a time; for a Kepala Bidang and the Kepala Dinas also the late cases of the lanes they
     oversee (Late). It uses only Inbox, Late, Page.Oversees, User.inbox_count, User.role,
     Query.setelah and Site. ?><?cs
include:"macros.cs" ?><?cs

# One waiting case as a card: its business name links to the case page. ?><?cs
def:inbox_card(c) ?>
  <li class="case-card<?cs if:c.clock_state == "lewat" ?> case-over<?cs
    elif:c.clock_state == "hampir" ?> case-soon<?cs /if ?>">
    <h3 class="case-title"><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:c.id ?>"><?cs var:c.business_name ?></a></h3>
    <dl class="case-facts">
      <div><dt>Kode</dt><dd class="code-inline"><?cs var:c.tracking_code ?></dd></div>
      <div><dt>Nomor agenda</dt><dd><?cs if:c.agenda_no ?><?cs var:c.agenda_no ?><?cs
        else ?><span aria-hidden="true">–</span><span class="sr-only">Belum diagendakan</span><?cs /if ?></dd></div>
      <div class="case-wide"><dt>Langkah</dt><dd>Langkah <?cs var:c.step_no ?> — <?cs var:c.activity ?></dd></div>
      <div><dt>Sejak</dt><dd><?cs var:c.since_text ?></dd></div>
      <div><dt>Waktu kerja</dt><dd><?cs call:step_clock(c) ?></dd></div><?cs
      if:c.lane_name ?>
      <div><dt>Pelaksana</dt><dd><?cs var:c.lane_name ?></dd></div><?cs /if ?>
      <div><dt>Status</dt><dd><?cs call:status_badge(c.status, c.status_label) ?></dd></div>
    </dl>
  </li><?cs
/def ?><?cs

# The rows of this page are the numbered children of Inbox (next is not a row). ?><?cs
set:Page.InboxRows = 0 ?><?cs
each:c = Inbox ?><?cs if:c.id ?><?cs set:Page.InboxRows = #Page.InboxRows + 1 ?><?cs /if ?><?cs /each ?>
<section class="inbox" aria-labelledby="menunggu-judul">
  <h2 id="menunggu-judul">Permohonan yang menunggu tindakan Anda</h2><?cs
  if:#User.inbox_count > 0 ?>
  <p><strong><?cs var:User.inbox_count ?> permohonan</strong> menunggu tindakan Anda, yang paling lama
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
  <p><a href="<?cs var:Site.BasePath ?>/admin/">Kembali ke halaman pertama</a></p><?cs /if ?><?cs
  if:Page.Oversees ?><?cs
    set:Page.LateRows = 0 ?><?cs
    each:c = Late ?><?cs if:c.id ?><?cs set:Page.LateRows = #Page.LateRows + 1 ?><?cs /if ?><?cs /each ?>
  <section class="inbox-late" aria-labelledby="terlambat-judul">
    <h2 id="terlambat-judul">Melewati standar waktu di bawah Anda</h2><?cs
    if:#Page.LateRows == 0 ?>
    <p class="empty">Tidak ada permohonan yang melewati standar waktu.</p><?cs
    else ?>
    <p>Permohonan yang menunggu <?cs if:User.role == "kepala_dinas" ?>Kepala Bidang atau Sekretaris<?cs
      else ?>Kasi di bidang Anda<?cs /if ?> lebih lama dari standar waktunya, yang paling lama terlambat di urutan teratas<?cs
      if:Late.next ?> (50 yang pertama)<?cs /if ?>.</p>
    <ol class="case-list"><?cs each:c = Late ?><?cs if:c.id ?><?cs call:inbox_card(c) ?><?cs /if ?><?cs /each ?>
    </ol><?cs /if ?>
  </section><?cs /if ?>
  <p>Cari permohonan lain, termasuk yang sudah selesai, di
  <a href="<?cs var:Site.BasePath ?>/admin/permohonan">Semua Permohonan</a>.</p>
</section>
