<?cs # One unit for an administrator: its name, the bidang of a seksi, and whether it is active. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Ubah Unit Kerja" ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs
def:content() ?><?cs
call:staff_crumbs("Unit Kerja", "/admin/unit", "Ubah Unit Kerja") ?>
<p class="eyebrow"><?cs if:Target.kind == "seksi" ?>Seksi<?cs else ?>Bidang<?cs /if ?> · <?cs var:Target.name ?></p>
<h1>Ubah Unit Kerja</h1><?cs
call:page_notice() ?><?cs
call:error_summary("Perubahan belum tersimpan. Periksa isian berikut:", "") ?>
<p>Isian bertanda <span class="req">(wajib)</span> harus diisi. Jenis unit tidak dapat diubah.</p>
<form class="staff-form" method="post" action="<?cs var:Site.BasePath ?>/admin/unit/<?cs var:Target.id ?>">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>"><?cs
  call:text_field("nama", "Nama unit", "text", 150, "off", "", 1, "") ?><?cs
  if:Target.kind == "seksi" ?><?cs
  call:select_field("induk", "Bidang induk", 1, "Bidang tempat seksi ini berada.", Choices.bidang, "Pilih bidang") ?><?cs
  /if ?>
  <fieldset class="field choice-group<?cs if:Form.Error.aktif ?> field-invalid<?cs /if ?>">
    <legend>Status</legend>
    <p class="hint" id="h-aktif">Unit yang nonaktif tetap tersimpan bersama riwayatnya.</p><?cs
    call:field_error("aktif", Form.Error.aktif) ?>
    <div class="choice">
      <input type="checkbox" id="f-aktif" name="aktif" value="1"<?cs
        if:Form.aktif == "1" ?> checked<?cs /if ?><?cs
        call:field_aria("aktif", "hint", "", Form.Error.aktif) ?>>
      <label for="f-aktif">Unit aktif</label>
    </div>
  </fieldset>
  <div class="form-submit">
    <button type="submit" class="btn">Simpan perubahan</button>
  </div>
</form>
<p><a href="<?cs var:Site.BasePath ?>/admin/unit">Kembali ke daftar unit</a></p>
<?cs /def ?><?cs
include:"layout.cs" ?>
