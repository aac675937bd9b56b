<?cs # The office's units for an administrator: each bidang with its seksi, each linking to its
     edit page, and the form to add a bidang or a seksi. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Unit Kerja" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# A unit's name as a link to its edit page, and its status when it is not active. ?><?cs
def:unit_link(u) ?><a href="<?cs var:Site.BasePath ?>/admin/unit/<?cs var:u.id ?>"><?cs var:u.name ?></a><?cs
  if:!u.active ?> <span class="state state-off">Nonaktif</span><?cs /if ?><?cs
/def ?><?cs

def:content() ?><?cs
call:staff_crumbs("", "", "Unit Kerja") ?>
<h1>Unit Kerja</h1><?cs
call:page_notice() ?><?cs
call:error_summary("Unit belum tersimpan. Periksa isian berikut:", "") ?>
<p class="lead">Bidang menerima disposisi Kepala Dinas; seksi dalam suatu bidang menerima disposisi
Kepala Bidang. Pilih nama unit untuk mengubahnya.</p>

<section aria-labelledby="daftar-unit">
<h2 id="daftar-unit">Bidang dan seksi</h2><?cs
if:subcount(Units) == 0 ?>
<p>Belum ada unit. Tambahkan bidang terlebih dahulu, lalu seksinya.</p><?cs
else ?>
<ul class="unit-tree"><?cs each:b = Units ?><?cs if:b.kind == "bidang" ?><?cs
  set:b.nseksi = 0 ?><?cs
  each:s = Units ?><?cs if:s.kind == "seksi" && #s.parent_id == #b.id ?><?cs set:b.nseksi = #b.nseksi + 1 ?><?cs /if ?><?cs /each ?>
  <li>
    <p class="unit-bidang"><?cs call:unit_link(b) ?></p><?cs
    if:#b.nseksi > 0 ?>
    <ul class="unit-seksi"><?cs each:s = Units ?><?cs if:s.kind == "seksi" && #s.parent_id == #b.id ?>
      <li><?cs call:unit_link(s) ?></li><?cs /if ?><?cs /each ?>
    </ul><?cs
    else ?>
    <p class="hint">Belum ada seksi.</p><?cs /if ?>
  </li><?cs /if ?><?cs /each ?>
</ul><?cs /if ?>
</section>

<section class="form-part" aria-labelledby="tambah-unit">
<h2 id="tambah-unit">Tambah unit</h2>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/unit">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <fieldset class="field choice-group<?cs if:Form.Error.jenis ?> field-invalid<?cs /if ?>" id="f-jenis"<?cs
    if:Form.Error.jenis ?> aria-describedby="e-jenis"<?cs /if ?>>
    <legend>Jenis unit <span class="req">(wajib)</span></legend><?cs
    call:field_error("jenis", Form.Error.jenis) ?>
    <div class="choices">
      <div class="choice">
        <input type="radio" id="f-jenis-bidang" name="jenis" value="bidang" required<?cs
          if:Form.jenis == "bidang" ?> checked<?cs /if ?><?cs
          if:Form.Error.jenis ?> aria-invalid="true"<?cs /if ?>>
        <label for="f-jenis-bidang">Bidang</label>
      </div>
      <div class="choice">
        <input type="radio" id="f-jenis-seksi" name="jenis" value="seksi" required<?cs
          if:Form.jenis == "seksi" ?> checked<?cs /if ?><?cs
          if:Form.Error.jenis ?> aria-invalid="true"<?cs /if ?>>
        <label for="f-jenis-seksi">Seksi</label>
      </div>
    </div>
  </fieldset><?cs
  call:text_field("nama", "Nama unit", "text", 150, "off", "", 1,
    "Nama lengkap, contoh: Bidang Koperasi atau Seksi Kelembagaan.") ?><?cs
  call:select_field("induk", "Bidang induk", "khusus seksi",
    "Wajib untuk seksi; kosongkan untuk bidang.", Choices.bidang, "Tanpa induk (untuk bidang)") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Tambah unit</button>
  </div>
</form>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
