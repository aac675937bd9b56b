<?cs # The standard of one service for an administrator: the form that saves a new version (Nomor
     SK, the text of each component, the SOP steps with their mutu baku, a note), then the
     history of its versions. On a refused save the form comes back as typed (Form.*), with the
     messages (Form.Error.*); otherwise it shows the version in force. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Ubah Standar Pelayanan" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# A form sent back has its fields in Form; otherwise they are filled from the version in force.
   The version edited is the one in force (a form sent back for another one is a 409). ?><?cs
if:!Form.versi ?><?cs set:Form.versi = Standard.version_number ?><?cs /if ?><?cs
if:!(?Form.sk || ?Form.catatan) ?><?cs
  set:Form.sk = Standard.sk_number ?><?cs
  each:c = Components ?><?cs set:Form["item_" + c.code] = c.text ?><?cs /each ?><?cs
  each:s = Steps ?><?cs
    set:Form["langkah_" + s.no + "_kegiatan"] = s.activity ?><?cs
    set:Form["langkah_" + s.no + "_pelaksana"] = s.lane ?><?cs
    set:Form["langkah_" + s.no + "_kelengkapan"] = s.input ?><?cs
    set:Form["langkah_" + s.no + "_waktu"] = s.time_amount ?><?cs
    set:Form["langkah_" + s.no + "_satuan"] = s.time_unit ?><?cs
    set:Form["langkah_" + s.no + "_output"] = s.output ?><?cs
  /each ?><?cs
/if ?><?cs

# The lane of a step: a required choice among the SOP's lanes (Lanes: code, name). ?><?cs
def:lane_field(name) ?>
      <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
        <?cs call:label(name, "Pelaksana", 1) ?><?cs
      call:field_error(name, Form.Error[name]) ?>
        <select id="f-<?cs var:name ?>" name="<?cs var:name ?>" required<?cs
          call:field_aria(name, "", "", Form.Error[name]) ?>>
          <option value="">Pilih pelaksana</option><?cs each:l = Lanes ?>
          <option value="<?cs var:l.code ?>"<?cs if:Form[name] == l.code ?> selected<?cs /if ?>><?cs var:l.name ?></option><?cs /each ?>
        </select>
      </div><?cs
/def ?><?cs

# One step of the SOP: its activity, lane and mutu baku (input, time with its unit, output). ?><?cs
def:step_fields(s) ?><?cs
  set:Edit.p = "langkah_" + s.no + "_" ?>
    <fieldset class="field-group step-edit" id="langkah-<?cs var:s.no ?>">
      <legend>Langkah <?cs var:s.no ?></legend><?cs
      call:text_field(Edit.p + "kegiatan", "Kegiatan", "text", 500, "off", "", 1, "") ?><?cs
      call:lane_field(Edit.p + "pelaksana") ?><?cs
      call:text_field(Edit.p + "kelengkapan", "Kelengkapan", "text", 255, "off", "", 1, "") ?>
      <div class="time-pair"><?cs
        call:text_field(Edit.p + "waktu", "Waktu", "text", 3, "off", "numeric", 0, "") ?><?cs
        call:select_field(Edit.p + "satuan", "Satuan", "jika waktu diisi", "", Choices.satuan, "Tanpa satuan") ?>
      </div><?cs
      call:text_field(Edit.p + "output", "Output", "text", 255, "off", "", 1, "") ?>
    </fieldset><?cs
/def ?><?cs

def:content() ?><?cs
call:staff_crumbs("Standar Pelayanan", "/admin/standar", Standard.name) ?>
<p class="eyebrow">Standar Pelayanan</p>
<h1><?cs var:Standard.name ?></h1><?cs
call:page_notice() ?><?cs
call:error_summary("Versi baru belum tersimpan. Periksa isian berikut:", "versi") ?>
<dl class="facts">
  <div><dt>Versi berlaku</dt><dd>Versi <?cs var:Standard.version_number ?>, berlaku sejak <?cs var:Standard.version_since ?></dd></div>
  <div><dt>Nomor SK</dt><dd><?cs if:Standard.sk_number ?><?cs var:Standard.sk_number ?><?cs else ?><?cs call:belum() ?><?cs /if ?></dd></div>
  <div><dt>Halaman publik</dt><dd><a href="<?cs var:Site.BasePath ?>/layanan/<?cs var:Standard.slug ?>">Lihat standar pelayanan yang berlaku</a></dd></div>
</dl>

<section class="form-part" aria-labelledby="ubah-judul">
<h2 id="ubah-judul">Ubah standar</h2>
<div class="notice">
  <p>Menyimpan formulir ini membuat <strong>versi baru</strong> standar pelayanan yang berlaku sejak
  saat disimpan dan langsung tampil di halaman publik. Versi sebelumnya tetap tersimpan dalam riwayat.</p>
  <p>Permohonan yang sudah diajukan tetap mengikuti langkah SOP dari versi yang berlaku ketika
  permohonan itu diajukan; versi baru hanya berlaku untuk permohonan yang diajukan sesudahnya.</p>
</div>
<?cs if:Form.Error.versi ?>
<div class="field field-invalid" id="f-versi"><?cs
  call:field_error("versi", Form.Error.versi) ?>
  <p>Anda mengubah Versi <?cs var:Form.versi ?>. <a href="<?cs var:Site.BasePath ?>/admin/standar/<?cs
    var:Standard.id ?>">Muat ulang halaman</a> untuk melihat versi terbaru sebelum mengubahnya lagi.</p>
</div><?cs /if ?>
<p>Isian bertanda <span class="req">(wajib)</span> harus diisi.</p>
<form class="staff-form std-form" method="post" action="<?cs var:Site.BasePath ?>/admin/standar/<?cs var:Standard.id ?>">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="versi" value="<?cs var:Form.versi ?>"><?cs
  call:text_field("sk", "Nomor SK", "text", 200, "off", "", 0,
    "Nomor Surat Keputusan penetapan standar pelayanan. Kosongkan bila belum ditetapkan.") ?>

  <h3>Komponen standar pelayanan</h3>
  <p class="hint">Satu butir per baris. Komponen yang dikosongkan tampil sebagai “Belum ditetapkan”
  di halaman publik. Prosedur diatur melalui langkah SOP di bawah.</p><?cs
  each:c = Components ?><?cs
    call:textarea_field("item_" + c.code, c.title, 4000, 4, 0, "Satu butir per baris.") ?><?cs
  /each ?>

  <h3>Langkah SOP</h3>
  <p class="hint">Kegiatan, pelaksana, dan mutu baku (kelengkapan, waktu, output) setiap langkah.
  Waktu diisi dengan bilangan bulat 1 sampai 999 beserta satuannya; kosongkan keduanya bila langkah
  tidak memiliki waktu standar. Jumlah dan urutan langkah tidak dapat diubah di sini.</p><?cs
  each:s = Steps ?><?cs call:step_fields(s) ?><?cs /each ?><?cs

  call:textarea_field("catatan", "Catatan perubahan", 1000, 4, 0,
    "Alasan atau dasar perubahan. Dicatat dalam riwayat bersama daftar perubahan yang disusun otomatis.") ?>
<?cs
  if:Form.Error.perubahan ?>
  <div class="field field-invalid" id="f-perubahan"><?cs
    call:field_error("perubahan", Form.Error.perubahan) ?>
  </div><?cs /if ?>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan sebagai versi baru</button>
  </div>
</form>
</section>

<section class="form-part" aria-labelledby="riwayat-judul">
<h2 id="riwayat-judul">Riwayat versi</h2><?cs
if:subcount(Versions) == 0 ?>
<p class="empty">Belum ada versi.</p><?cs
else ?>
<ul class="versions"><?cs each:v = Versions ?>
  <li>
    <p class="ver-head"><strong>Versi <?cs var:v.number ?></strong><?cs
      if:first(v) ?> <span class="state state-on">Berlaku</span><?cs /if ?>
      <span class="ver-meta">— <?cs var:v.since_text ?><?cs
      if:v.creator_name ?> — <?cs var:v.creator_name ?><?cs /if ?></span></p><?cs
    if:v.changes ?>
    <p class="changes"><?cs var:v.changes ?></p><?cs /if ?>
  </li><?cs /each ?>
</ul><?cs /if ?>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
