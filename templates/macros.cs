<?cs # Small reusable macros: "not yet set" marker, item lists, component sections, the SOP swimlane,
     form fields with their messages, the status badge and a request's timeline.
     Include this file first in every page, before content() is defined. This file has no final
     newline on purpose: its output must be empty, so that every page starts with the doctype. ?><?cs

# Marker for a fact the office has not published yet (muted, but AA contrast). ?><?cs
def:belum() ?><span class="belum">Belum ditetapkan</span><?cs /def ?><?cs

# Link to the office website; a bare host name gets an http:// scheme. ?><?cs
def:website_link(w) ?><?cs
  if:string.find(w, "://") >= 0 ?><a href="<?cs var:w ?>"><?cs var:w ?></a><?cs
  else ?><a href="http://<?cs var:w ?>"><?cs var:w ?></a><?cs /if ?><?cs
/def ?><?cs

# The items of one component: none => marker, one => paragraph, several => numbered list. ?><?cs
def:items(c) ?><?cs
  if:subcount(c.items) == 0 ?><p><?cs call:belum() ?></p><?cs
  elif:subcount(c.items) == 1 ?><?cs each:it = c.items ?><p><?cs var:it.text ?></p><?cs /each ?><?cs
  else ?><ol class="items"><?cs each:it = c.items ?>
    <li><?cs var:it.text ?></li><?cs /each ?>
  </ol><?cs /if ?><?cs
/def ?><?cs

# Items of one component inline, for the summary box (several items separated by "; "). ?><?cs
def:items_inline(c) ?><?cs
  if:subcount(c.items) == 0 ?><?cs call:belum() ?><?cs
  else ?><?cs each:it = c.items ?><?cs if:!first(it) ?>; <?cs /if ?><?cs var:it.text ?><?cs /each ?><?cs /if ?><?cs
/def ?><?cs

# One flowchart symbol, drawn by CSS; the Unicode character shows when CSS is missing. ?><?cs
def:symbol(kind) ?><?cs
  if:kind == "terminator" ?><span class="sym sym-terminator" aria-hidden="true">○</span><?cs
  elif:kind == "decision" ?><span class="sym sym-decision" aria-hidden="true">◇</span><?cs
  else ?><span class="sym sym-process" aria-hidden="true">▭</span><?cs /if ?><?cs
/def ?><?cs

# The lane cell of step s at lane index i: the acting cell holds the symbol and the outgoing
   line; cells between the acting lane and the next lane carry the horizontal connector; the
   next lane's cell turns the connector down towards the next row. ?><?cs
def:lane_cell(s, i) ?><?cs
  if:#s.lane_pos == i ?>
      <td class="lane act <?cs
        if:s.symbol == "terminator" ?>act-terminator<?cs
        elif:s.symbol == "decision" ?>act-decision<?cs
        else ?>act-process<?cs /if ?>"><?cs
    if:name(s) != "0" ?><span class="ln ln-in" aria-hidden="true"></span><?cs /if ?><?cs
    call:symbol(s.symbol) ?><?cs
    if:?s.next_lane_pos && string.length(s.next_lane_pos) > 0 ?><?cs
      if:#s.next_lane_pos == #s.lane_pos ?><span class="ln ln-down" aria-hidden="true"></span><?cs
      elif:#s.next_lane_pos > #s.lane_pos ?><span class="ln ln-right" aria-hidden="true"></span><?cs
      else ?><span class="ln ln-left" aria-hidden="true"></span><?cs /if ?><?cs
      if:#s.next_lane_pos == #s.lane_pos ?><span class="sr-only">Dilaksanakan oleh <?cs var:s.lane_name ?>, dilanjutkan oleh <?cs var:s.next_lane_name ?>.</span><?cs
      else ?><span class="sr-only">Dilaksanakan oleh <?cs var:s.lane_name ?>, diteruskan ke <?cs var:s.next_lane_name ?>.</span><?cs /if ?><?cs
    else ?><span class="sr-only">Dilaksanakan oleh <?cs var:s.lane_name ?>. Langkah terakhir.</span><?cs /if ?></td><?cs
  elif:?s.next_lane_pos && string.length(s.next_lane_pos) > 0 && #s.next_lane_pos == i ?><?cs
    if:#s.next_lane_pos > #s.lane_pos ?>
      <td class="lane"><span class="ln ln-turn-l" aria-hidden="true"></span></td><?cs
    else ?>
      <td class="lane"><span class="ln ln-turn-r" aria-hidden="true"></span></td><?cs /if ?><?cs
  elif:?s.next_lane_pos && string.length(s.next_lane_pos) > 0 && (
        (#s.next_lane_pos > #s.lane_pos && i > #s.lane_pos && i < #s.next_lane_pos) ||
        (#s.next_lane_pos < #s.lane_pos && i < #s.lane_pos && i > #s.next_lane_pos)) ?>
      <td class="lane"><span class="ln ln-through" aria-hidden="true"></span></td><?cs
  else ?>
      <td class="lane"></td><?cs /if ?><?cs
/def ?><?cs

# The SOP as the document's swimlane table (No, Kegiatan, one column per lane, Mutu Baku),
   followed by a plain numbered list of the same steps for phones and screen readers. ?><?cs
def:swimlane(title) ?><?cs
  if:subcount(Steps) == 0 || subcount(Lanes) == 0 ?><p><?cs call:belum() ?></p><?cs
  else ?>
  <ul class="legend" aria-label="Keterangan simbol">
    <li><?cs call:symbol("terminator") ?> Mulai/selesai</li>
    <li><?cs call:symbol("process") ?> Kegiatan</li>
    <li><?cs call:symbol("decision") ?> Keputusan</li>
    <li><span class="legend-arrow" aria-hidden="true"></span> Alur ke langkah berikutnya</li>
  </ul>
  <p class="scroll-hint">Geser tabel ke samping untuk melihat semua kolom.</p>
  <div class="table-scroll" tabindex="0" role="region" aria-label="Tabel prosedur <?cs var:title ?>">
    <table class="sop">
      <caption>Prosedur <?cs var:title ?></caption>
      <colgroup><col class="c-no"><col class="c-act"></colgroup>
      <colgroup class="c-lanes"><?cs each:lane = Lanes ?><col class="c-lane"><?cs /each ?></colgroup>
      <colgroup><col class="c-in"><col class="c-time"><col class="c-out"></colgroup>
      <thead>
        <tr>
          <th scope="col" rowspan="2">No.</th>
          <th scope="col" rowspan="2">Kegiatan</th>
          <th scope="colgroup" colspan="<?cs var:subcount(Lanes) ?>">Pelaksana</th>
          <th scope="colgroup" colspan="3">Mutu Baku</th>
        </tr>
        <tr><?cs each:lane = Lanes ?>
          <th scope="col" class="lane-h"><?cs var:lane.name ?></th><?cs /each ?>
          <th scope="col">Kelengkapan</th>
          <th scope="col">Waktu</th>
          <th scope="col">Output</th>
        </tr>
      </thead>
      <tbody><?cs each:s = Steps ?>
        <tr>
          <th scope="row" class="no"><?cs var:s.no ?></th>
          <td class="activity"><?cs var:s.activity ?></td><?cs
          loop:i = 0, subcount(Lanes) - 1, 1 ?><?cs call:lane_cell(s, i) ?><?cs /loop ?>
          <td><?cs var:s.input ?></td>
          <td class="time"><?cs if:s.time_text ?><?cs var:s.time_text ?><?cs
            else ?><span aria-hidden="true">–</span><span class="sr-only">Tidak ada</span><?cs /if ?></td>
          <td><?cs var:s.output ?></td>
        </tr><?cs /each ?>
      </tbody>
    </table>
  </div>
  <h3 class="steps-title">Urutan langkah</h3>
  <ol class="step-list"><?cs each:s = Steps ?>
    <li>
      <p class="step-head">Langkah <?cs var:s.no ?> — <?cs var:s.lane_name ?><?cs
        if:s.time_text ?> — <span class="nowrap"><?cs var:s.time_text ?></span><?cs /if ?></p>
      <p class="step-act"><?cs var:s.activity ?></p>
      <p class="step-io">Kelengkapan: <?cs var:s.input ?><br>Output: <?cs var:s.output ?></p>
    </li><?cs /each ?>
  </ol><?cs /if ?><?cs
/def ?><?cs

# One component of the standard as a section with its own heading. ?><?cs
def:component(c, title) ?>
  <section class="component" id="<?cs var:c.code ?>">
    <h2><?cs var:c.title ?></h2><?cs
    if:c.code == "prosedur" ?><?cs call:swimlane(title) ?><?cs
    else ?>
    <?cs call:items(c) ?><?cs /if ?><?cs
    if:c.code == "pengaduan" ?>
    <p class="no-print">Atau sampaikan pengaduan secara daring kepada kami: <a href="<?cs
      var:Site.BasePath ?>/pengaduan">Pengaduan</a>.</p><?cs /if ?>
  </section><?cs
/def ?><?cs

# The label of a form control, with "(wajib)" or "(tidak wajib)" in words, not only a sign;
   req other than 1 or 0 is the words of a condition ("sesuai peran"). ?><?cs
def:label(name, text, req) ?><label for="f-<?cs var:name ?>"><?cs var:text ?> <?cs
  if:req == 1 ?><span class="req">(wajib)</span><?cs
  elif:req ?><span class="opt">(<?cs var:req ?>)</span><?cs
  else ?><span class="opt">(tidak wajib)</span><?cs /if ?></label><?cs
/def ?><?cs

# The message of a wrong field, shown above its control; aria-describedby points to e-<name>. ?><?cs
def:field_error(name, err) ?><?cs
  if:err ?>
      <p class="field-error" id="e-<?cs var:name ?>"><span class="sr-only">Kesalahan: </span><?cs var:err ?></p><?cs /if ?><?cs
/def ?><?cs

# aria-describedby (hint h-<name>, notice id, message e-<name>) and aria-invalid of a control. ?><?cs
def:field_aria(name, hint, note, err) ?><?cs
  if:hint || note || err ?> aria-describedby="<?cs
    if:hint ?>h-<?cs var:name ?><?cs /if ?><?cs
    if:note ?><?cs if:hint ?> <?cs /if ?><?cs var:note ?><?cs /if ?><?cs
    if:err ?><?cs if:hint || note ?> <?cs /if ?>e-<?cs var:name ?><?cs /if ?>"<?cs /if ?><?cs
  if:err ?> aria-invalid="true"<?cs /if ?><?cs
/def ?><?cs

# A one-line text field of the form: label, hint, message, then the control with its value as
   typed. type: text/tel/email; ac: autocomplete token or ""; mode: inputmode or "". ?><?cs
def:text_field(name, text, type, max, ac, mode, req, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, req) ?><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="<?cs var:type ?>" id="f-<?cs var:name ?>" name="<?cs var:name ?>" value="<?cs
        var:Form[name] ?>" maxlength="<?cs var:max ?>"<?cs
        if:ac ?> autocomplete="<?cs var:ac ?>"<?cs /if ?><?cs
        if:mode ?> inputmode="<?cs var:mode ?>"<?cs /if ?><?cs
        if:req ?> required<?cs /if ?><?cs
        call:field_aria(name, hint, "", Form.Error[name]) ?>>
    </div><?cs
/def ?><?cs

# A file field of the form; when the applicant must choose files again, the notice n-berkas
   is read with it. ?><?cs
def:file_field(name, text, req, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, req) ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="file" id="f-<?cs var:name ?>" name="<?cs var:name ?>" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"<?cs
        if:req ?> required<?cs /if ?><?cs
        if:Form.FilesLost ?><?cs call:field_aria(name, hint, "n-berkas", Form.Error[name]) ?><?cs
        else ?><?cs call:field_aria(name, hint, "", Form.Error[name]) ?><?cs /if ?>>
    </div><?cs
/def ?><?cs

# The status of a request as a badge; the label is the text, the colour only repeats it. ?><?cs
def:status_badge(status, label) ?><span class="badge badge-<?cs var:status ?>"><?cs var:label ?></span><?cs
/def ?><?cs

# The steps of the SOP for one request (Timeline.N): each step's lane, time standard and state
   in words (Selesai with its time, Sedang diproses, Menunggu); a step done, the working time
   it took, marked when it went past its standard. ?><?cs
def:timeline(steps) ?>
  <ol class="timeline"><?cs each:s = steps ?>
    <li class="tl-step tl-<?cs var:s.state ?>">
      <p class="tl-head"><span class="tl-no">Langkah <?cs var:s.no ?></span><span class="sr-only">:</span> <span class="tl-state"><?cs
        if:s.state == "selesai" ?>Selesai<?cs
        elif:s.state == "berjalan" ?>Sedang diproses<?cs
        else ?>Menunggu<?cs /if ?></span></p>
      <p class="tl-act"><?cs var:s.activity ?></p>
      <p class="tl-meta">Pelaksana: <?cs var:s.lane_name ?><?cs
        if:s.time_text ?><br>Waktu standar: <?cs var:s.time_text ?><?cs /if ?><?cs
        if:s.state == "selesai" && s.at_text ?><br>Selesai pada <?cs var:s.at_text ?><?cs /if ?><?cs
        if:s.work_text ?><br>Waktu kerja: <?cs var:s.work_text ?><?cs
          if:s.late ?> <strong class="over-mark">Melewati standar</strong><?cs /if ?><?cs /if ?></p>
    </li><?cs /each ?>
  </ol><?cs
/def ?><?cs

# A password field: never a value; ac is current-password or new-password. ?><?cs
def:password_field(name, text, ac, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, 1) ?><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="password" id="f-<?cs var:name ?>" name="<?cs var:name ?>" maxlength="128" autocomplete="<?cs
        var:ac ?>" required<?cs call:field_aria(name, hint, "", Form.Error[name]) ?>>
    </div><?cs
/def ?><?cs

# A drop-down list of choices (value, label); empty: the text of a first option with an empty
   value ("" for none; a required list needs one). ?><?cs
def:select_field(name, text, req, hint, choices, empty) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, req) ?><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <select id="f-<?cs var:name ?>" name="<?cs var:name ?>"<?cs
        if:req == 1 ?> required<?cs /if ?><?cs call:field_aria(name, hint, "", Form.Error[name]) ?>><?cs
        if:empty ?>
        <option value=""><?cs var:empty ?></option><?cs /if ?><?cs each:c = choices ?>
        <option value="<?cs var:c.value ?>"<?cs if:Form[name] == c.value ?> selected<?cs /if ?>><?cs var:c.label ?></option><?cs /each ?>
      </select>
    </div><?cs
/def ?><?cs

# The list of wrong fields above a form, each a link to its control (id f-<name>); the field
   named first (or "") heads the list, so that the list follows the form's order. ?><?cs
def:error_summary(title, first) ?><?cs
  if:subcount(Form.Error) > 0 ?>
<div class="error-summary" role="alert" aria-labelledby="kesalahan-judul">
  <h2 id="kesalahan-judul"><?cs var:title ?></h2>
  <ul><?cs if:first && Form.Error[first] ?>
    <li><a href="#f-<?cs var:first ?>"><?cs var:Form.Error[first] ?></a></li><?cs /if ?><?cs
    each:e = Form.Error ?><?cs if:name(e) != first ?>
    <li><a href="#f-<?cs var:name(e) ?>"><?cs var:e ?></a></li><?cs /if ?><?cs /each ?>
  </ul>
</div><?cs /if ?><?cs
/def ?><?cs

# The outcome of the last action (Page.Notice, a fixed sentence chosen by the server). ?><?cs
def:page_notice() ?><?cs
  if:Page.Notice ?>
<p class="flash" role="status"><?cs var:Page.Notice ?></p><?cs /if ?><?cs
/def ?><?cs

# The path of a staff page: Beranda staf, then the given section (text and path), then the page. ?><?cs
def:staff_crumbs(section, spath, here) ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/admin/">Beranda Staf</a></li><?cs
    if:section ?>
    <li><a href="<?cs var:Site.BasePath ?><?cs var:spath ?>"><?cs var:section ?></a></li><?cs /if ?>
    <li><span aria-current="page"><?cs var:here ?></span></li>
  </ol>
</nav><?cs
/def ?><?cs

# A text area of the form: label, hint, message, then the text as typed. ?><?cs
def:textarea_field(name, text, max, rows, req, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, req) ?><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <textarea id="f-<?cs var:name ?>" name="<?cs var:name ?>" rows="<?cs var:rows ?>" maxlength="<?cs
        var:max ?>"<?cs if:req == 1 ?> required<?cs /if ?><?cs
        call:field_aria(name, hint, "", Form.Error[name]) ?>><?cs var:Form[name] ?></textarea>
    </div><?cs
/def ?><?cs

# A date (YYYY-MM-DD; the browser shows its own calendar); req 1 is required, other words
   (a condition) are shown in the label only. ?><?cs
def:date_field(name, text, req, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, req) ?><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="date" id="f-<?cs var:name ?>" name="<?cs var:name ?>" value="<?cs var:Form[name] ?>"<?cs
        if:req == 1 ?> required<?cs /if ?><?cs
        call:field_aria(name, hint, "", Form.Error[name]) ?>>
    </div><?cs
/def ?><?cs

# One choice among a few (value, label) as radio buttons in a fieldset; the fieldset has the
   id f-<name>, the target of the error summary's link. ?><?cs
def:radio_group(name, text, req, hint, choices) ?>
    <fieldset class="field choice-group<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>" id="f-<?cs var:name ?>"<?cs
      call:field_aria(name, hint, "", Form.Error[name]) ?>>
      <legend><?cs var:text ?> <?cs if:req == 1 ?><span class="req">(wajib)</span><?cs
        else ?><span class="opt">(tidak wajib)</span><?cs /if ?></legend><?cs
    if:hint ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs /if ?><?cs
    call:field_error(name, Form.Error[name]) ?>
      <div class="choices"><?cs each:c = choices ?>
        <div class="choice">
          <input type="radio" id="f-<?cs var:name ?>-<?cs var:c.value ?>" name="<?cs var:name ?>" value="<?cs var:c.value ?>"<?cs
            if:req == 1 ?> required<?cs /if ?><?cs
            if:Form[name] == c.value ?> checked<?cs /if ?><?cs
            if:Form.Error[name] ?> aria-invalid="true"<?cs /if ?>>
          <label for="f-<?cs var:name ?>-<?cs var:c.value ?>"><?cs var:c.label ?></label>
        </div><?cs /each ?>
      </div>
    </fieldset><?cs
/def ?><?cs

# An optional photo (JPEG or PNG) of a staff form; when the files must be chosen again, the
   notice n-berkas is read with it. ?><?cs
def:photo_field(name, text, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, 0) ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="file" id="f-<?cs var:name ?>" name="<?cs var:name ?>" accept="image/jpeg,image/png,.jpg,.jpeg,.png"<?cs
        if:Form.FilesLost || subcount(Form.Error) > 0 ?><?cs call:field_aria(name, hint, "n-berkas", Form.Error[name]) ?><?cs
        else ?><?cs call:field_aria(name, hint, "", Form.Error[name]) ?><?cs /if ?>>
    </div><?cs
/def ?><?cs

# One label/value pair of a .facts list; an empty value reads "Tidak diisi" (a dash on screen). ?><?cs
def:fact(text, value) ?>
    <div><dt><?cs var:text ?></dt><dd><?cs if:value ?><?cs var:value ?><?cs
      else ?><span aria-hidden="true">–</span><span class="sr-only">Tidak diisi</span><?cs /if ?></dd></div><?cs
/def ?><?cs

# The same for a text of several lines (a note, a description): its line breaks are kept. ?><?cs
def:fact_text(text, value) ?>
    <div><dt><?cs var:text ?></dt><dd class="text-block"><?cs if:value ?><?cs var:value ?><?cs
      else ?><span aria-hidden="true">–</span><span class="sr-only">Tidak diisi</span><?cs /if ?></dd></div><?cs
/def ?><?cs

# The working time a case's step has used against its standard, and what is left or over;
   the words ("Hampir habis", "Melewati standar") say it, the colour only repeats them. A
   coaching before its date: the date its clock starts. ?><?cs
def:step_clock(c) ?><?cs
if:c.clock_state == "terjadwal" ?>Mulai dihitung <?cs var:c.clock_date ?><?cs
elif:c.used_text ?><span class="elapsed<?cs if:c.clock_state == "lewat" ?> elapsed-over<?cs /if ?>"><?cs var:c.used_text ?><?cs
  if:c.time_text ?> <span class="elapsed-std">(standar <?cs var:c.time_text ?>)</span><?cs /if ?></span><?cs
  if:c.clock_state == "lewat" ?> <strong class="over-mark">Melewati standar <?cs var:c.over_text ?></strong><?cs
  elif:c.clock_state == "hampir" ?> <strong class="soon-mark">Hampir habis: sisa <?cs var:c.left_text ?></strong><?cs
  elif:c.clock_state == "tepat" ?> <span class="left-mark">sisa <?cs var:c.left_text ?></span><?cs /if ?><?cs
else ?><span aria-hidden="true">–</span><span class="sr-only">Belum dihitung</span><?cs /if ?><?cs
/def ?><?cs

# The link to the next page of a list (keyset: the token of the last row shown). ?><?cs
def:next_page(href) ?>
<nav class="pager" aria-label="Halaman daftar">
  <a class="more more-alt" href="<?cs var:href ?>" rel="next">Halaman berikutnya</a>
</nav><?cs
/def ?><?cs

# ---- The office's documents (Lembar Disposisi, Surat Tugas, Laporan), printed on A4. ----

# The letterhead (kop) of a document, from the configuration (Office.*): the government, the
   office's name, its address and telephone, then its website (and email, if set); the double
   rule under it is drawn by CSS. ?><?cs
def:kop() ?>
  <header class="doc-kop">
    <p class="dk-gov"><?cs var:Office.Government ?></p>
    <p class="dk-name"><?cs var:Office.Name ?></p>
    <p class="dk-addr"><span><?cs var:Office.Address ?></span><?cs
      if:Office.Phone ?> <span class="nowrap">Telepon <?cs var:Office.Phone ?></span><?cs /if ?></p><?cs
    if:Office.Website || Office.Email ?>
    <p class="dk-addr"><?cs
      if:Office.Website ?><span class="nowrap">Laman <?cs var:Office.Website ?></span><?cs /if ?><?cs
      if:Office.Website && Office.Email ?> <?cs /if ?><?cs
      if:Office.Email ?><span class="nowrap">Email <?cs var:Office.Email ?></span><?cs /if ?></p><?cs /if ?>
  </header><?cs
/def ?><?cs

# Above a document, on screen only: the path back to its case, how to print it (the
   browser's own print menu; there is no script) and its PDF (the page's path and .pdf). ?><?cs
def:doc_intro(title) ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/admin/">Beranda Staf</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan">Semua Permohonan</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>">Permohonan <?cs var:Case.tracking_code ?></a></li>
    <li><span aria-current="page"><?cs var:title ?></span></li>
  </ol>
</nav>
<div class="doc-help no-print">
  <p><strong>Cetak:</strong> gunakan menu Cetak pada peramban Anda (Ctrl+P, atau ⌘+P pada Mac;
  pada ponsel biasanya melalui menu Bagikan) untuk mencetak dokumen ini atau menyimpannya sebagai
  PDF. Pilih kertas A4 dengan orientasi tegak, dan matikan pilihan “Header dan footer” agar alamat
  halaman tidak ikut tercetak.</p>
  <p><strong>PDF:</strong> <a href="<?cs var:Site.BasePath ?><?cs var:Page.Path ?>.pdf">Unduh PDF<span class="sr-only"> <?cs
    var:title ?></span></a> berisi dokumen yang sama pada kertas A4, siap disimpan atau dikirim.</p>
  <p><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>">Kembali ke halaman permohonan</a></p>
</div><?cs
/def ?><?cs

# One choice of a form printed with its box: ☑ when chosen, ☐ otherwise; the boxes are not read
   aloud, the chosen one is said in words. ?><?cs
def:tick(on, text) ?>
        <li<?cs if:on ?> class="ticked"<?cs /if ?>><span class="tick" aria-hidden="true"><?cs
          if:on ?>☑<?cs else ?>☐<?cs /if ?></span> <?cs var:text ?><?cs
          if:on ?><span class="sr-only"> (dipilih)</span><?cs /if ?></li><?cs
/def ?><?cs

# The signature block of a document (under the place and date the caller writes): the
   official's position, room for the signature, the name and the NIP (dots to fill in by hand
   when the NIP is not known). ?><?cs
def:signature(position, who, nip) ?><?cs
  if:position ?>
    <p class="sign-pos"><?cs var:position ?></p><?cs /if ?>
    <div class="sign-space"></div>
    <p class="sign-name"><?cs var:who ?></p>
    <p class="sign-nip">NIP. <?cs if:nip ?><?cs var:nip ?><?cs else ?><span class="fill">……………………………</span><?cs /if ?></p><?cs
/def ?><?cs

# The lookup of a complaint by its code (a GET form to /pengaduan); Lookup.Error is its message. ?><?cs
def:complaint_lookup_form() ?>
<form class="track-form" method="get" action="<?cs var:Site.BasePath ?>/pengaduan">
  <div class="field<?cs if:Lookup.Error ?> field-invalid<?cs /if ?>">
    <label for="f-kode">Kode pengaduan</label>
    <p class="hint" id="h-kode">Diawali ADU, misalnya ADU-7KQ4M-2XPAB. Huruf besar atau kecil sama saja.</p><?cs
    call:field_error("kode", Lookup.Error) ?>
    <div class="inline-form">
      <input type="text" id="f-kode" name="kode" value="<?cs var:Lookup.kode ?>" maxlength="40"
        autocomplete="off" autocapitalize="characters" spellcheck="false" required<?cs
        call:field_aria("kode", "hint", "", Lookup.Error) ?>>
      <button type="submit" class="btn">Lacak</button>
    </div>
  </div>
</form><?cs
/def ?>