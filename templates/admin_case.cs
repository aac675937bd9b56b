<?cs # The case page of the staff area: the case's summary, the applicant's data and files, what
     the steps so far recorded (agenda, Surat Tugas, coaching, report), the history of events,
     the SOP timeline, and the form of the act the user may do at the current step. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs
if:!Page.Title ?><?cs set:Page.Title = "Permohonan " + Case.tracking_code ?><?cs /if ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# The hidden fields every act carries: the CSRF token, the version shown, the act. ?><?cs
def:act_hidden(aksi) ?>
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
  <input type="hidden" name="versi" value="<?cs var:Case.version ?>">
  <input type="hidden" name="aksi" value="<?cs var:aksi ?>"><?cs
/def ?><?cs

# The start of an act's form (multipart only for the coaching's photos). ?><?cs
def:act_form_open(multipart) ?>
<form class="staff-form act-form" method="post" action="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>"<?cs
  if:multipart ?> enctype="multipart/form-data"<?cs /if ?>><?cs
/def ?><?cs

# The submit button of an act, named after the act. ?><?cs
def:act_submit(text, cls) ?>
  <div class="form-submit">
    <button type="submit" class="btn<?cs if:cls ?> <?cs var:cls ?><?cs /if ?>"><?cs var:text ?></button>
  </div>
</form><?cs
/def ?><?cs

# One file of the case: an image is shown in the page; a PDF opens in the browser; every file
   can be downloaded. The links name the file for screen readers. ?><?cs
def:case_file(f) ?>
  <li class="file-item">
    <p class="file-head"><strong><?cs var:f.kind_label ?></strong><?cs
      if:f.original_name ?> <span class="file-name"><?cs var:f.original_name ?></span><?cs /if ?>
      <span class="file-meta">(<?cs var:f.type_label ?>, <?cs var:f.size_text ?>)</span></p><?cs
    if:f.is_image == 1 ?>
    <figure class="file-figure">
      <img src="<?cs var:Site.BasePath ?>/admin/berkas/<?cs var:f.id ?>?tampil=1" alt="<?cs
        var:f.kind_label ?><?cs if:f.original_name ?>: <?cs var:f.original_name ?><?cs /if ?>" loading="lazy">
    </figure><?cs /if ?>
    <p class="file-links"><?cs
      if:f.is_image == 1 || f.is_pdf == 1 ?><a href="<?cs var:Site.BasePath ?>/admin/berkas/<?cs var:f.id ?>?tampil=1">Lihat<span class="sr-only"> <?cs
        var:f.kind_label ?><?cs if:f.original_name ?> <?cs var:f.original_name ?><?cs /if ?></span></a><?cs /if ?>
      <a href="<?cs var:Site.BasePath ?>/admin/berkas/<?cs var:f.id ?>" download>Unduh<span class="sr-only"> <?cs
        var:f.kind_label ?><?cs if:f.original_name ?> <?cs var:f.original_name ?><?cs /if ?></span></a></p>
  </li><?cs
/def ?><?cs

# ---- The forms of the acts, one per kind of step (Act.kind). ----

# Step 2, Front Office: accept and register in the agenda, or return to the applicant. ?><?cs
def:act_agenda() ?>
<section class="act-part" aria-labelledby="terima-judul">
  <h3 id="terima-judul">Terima dan agendakan</h3>
  <p>Periksa kelengkapan surat permohonan dan berkasnya. Bila lengkap, catat surat ke dalam
  agenda; nomor agenda diberikan otomatis dan Lembar Disposisi diteruskan kepada Sekretaris.</p><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("terima") ?><?cs
  call:date_field("tanggal_terima", "Tanggal terima", 1, "Tanggal surat permohonan diterima kantor.") ?><?cs
  call:text_field("nomor_surat", "Nomor surat pemohon", "text", 100, "off", "", 1,
    "Nomor yang tertulis pada surat permohonan. Tulis “Tanpa nomor” bila surat tidak bernomor.") ?><?cs
  call:date_field("tanggal_surat", "Tanggal surat", 1, "Tanggal yang tertulis pada surat permohonan.") ?><?cs
  call:radio_group("sifat", "Sifat", 1, "", Choices.sifat) ?><?cs
  call:text_field("perihal", "Perihal", "text", 200, "off", "", 1,
    "Pokok isi surat, seperti tertulis pada surat permohonan.") ?><?cs
  call:act_submit("Terima dan agendakan", "") ?>
</section>
<section class="act-part act-part-alt" aria-labelledby="kembali-judul">
  <h3 id="kembali-judul">Kembalikan kepada pemohon</h3>
  <p>Bila permohonan belum lengkap atau tidak dapat diproses, kembalikan kepada pemohon dengan
  alasannya. Permohonan tidak lagi menunggu tindakan kantor.</p><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("kembalikan") ?><?cs
  call:textarea_field("alasan", "Alasan pengembalian", 1000, 5, 1,
    "Alasan ini ditampilkan kepada pemohon pada halaman Lacak Permohonan. Sebutkan apa yang perlu dilengkapi. Paling banyak 1.000 karakter.") ?><?cs
  call:act_submit("Kembalikan", "btn-danger") ?>
</section><?cs
/def ?><?cs

# Step 3, Sekretaris: the analysis and advice to the Kepala Dinas. ?><?cs
def:act_advice() ?><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("saran") ?><?cs
  call:textarea_field("saran", "Saran kepada Kepala Dinas", 2000, 6, 1,
    "Hasil analisa dan saran Anda pada Lembar Disposisi. Paling banyak 2.000 karakter.") ?><?cs
  call:act_submit("Kirim saran", "") ?><?cs
/def ?><?cs

# Step 4, Kepala Dinas: the disposition to a bidang. ?><?cs
def:act_disposition() ?><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("disposisi") ?><?cs
  call:textarea_field("disposisi", "Disposisi", 2000, 6, 1,
    "Petunjuk Anda kepada Kepala Bidang pada Lembar Disposisi. Paling banyak 2.000 karakter.") ?><?cs
  call:select_field("bidang", "Bidang tujuan", 1, "Bidang yang menindaklanjuti permohonan ini.",
    Choices.bidang, "Pilih bidang") ?><?cs
  call:act_submit("Kirim disposisi", "") ?><?cs
/def ?><?cs

# Step 5, Back Office: forward the file to the chosen bidang. ?><?cs
def:act_forward() ?>
<p>Berkas permohonan diteruskan kepada <strong><?cs
  if:Case.bidang_name ?><?cs var:Case.bidang_name ?><?cs else ?>bidang tujuan disposisi<?cs /if ?></strong>
sesuai disposisi Kepala Dinas.</p><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("teruskan") ?><?cs
  call:textarea_field("catatan", "Catatan", 1000, 4, 0,
    "Misalnya cara atau waktu berkas diserahkan. Paling banyak 1.000 karakter.") ?><?cs
  call:act_submit("Teruskan ke bidang", "") ?><?cs
/def ?><?cs

# Step 6, Kepala Bidang: the disposition to a Kasi (a seksi of the bidang). ?><?cs
def:act_assign() ?><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("disposisi_kasi") ?><?cs
  call:textarea_field("disposisi", "Disposisi kepada Kasi", 2000, 6, 1,
    "Petunjuk Anda kepada Kepala Seksi. Paling banyak 2.000 karakter.") ?><?cs
  call:select_field("seksi", "Seksi tujuan", 1, "Seksi pada bidang Anda yang melaksanakan pembinaan.",
    Choices.seksi, "Pilih seksi") ?><?cs
  call:act_submit("Kirim disposisi ke Kasi", "") ?><?cs
/def ?><?cs

# Step 7, Kasi: the Surat Tugas (officers, dates, place, purpose, signing official). ?><?cs
def:act_surat_tugas() ?><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("surat_tugas") ?>
  <p>Nomor Surat Tugas diberikan otomatis ketika disimpan.</p><?cs
  call:textarea_field("dasar", "Dasar", 2000, 4, 1,
    "Misalnya surat permohonan dan disposisi yang menjadi dasar penugasan. Paling banyak 2.000 karakter.") ?>
    <fieldset class="field choice-group<?cs if:Form.Error.petugas ?> field-invalid<?cs /if ?>" id="f-petugas"<?cs
      call:field_aria("petugas", "hint", "", Form.Error.petugas) ?>>
      <legend>Petugas yang ditugaskan <span class="req">(wajib)</span></legend>
      <p class="hint" id="h-petugas">Pilih 1 sampai 10 petugas. Hanya pegawai yang NIP-nya tercatat
      yang dapat dipilih.</p><?cs
      call:field_error("petugas", Form.Error.petugas) ?><?cs
      if:subcount(Choices.petugas) == 0 ?>
      <p class="notice">Belum ada pegawai dengan NIP. Mintalah administrator melengkapi NIP pegawai
      pada halaman Pengguna.</p><?cs
      else ?>
      <div class="choices"><?cs each:c = Choices.petugas ?>
        <div class="choice">
          <input type="checkbox" id="f-petugas-<?cs var:c.value ?>" name="petugas" value="<?cs var:c.value ?>"<?cs
            if:Form.petugas[c.value] ?> checked<?cs /if ?><?cs
            if:Form.Error.petugas ?> aria-invalid="true"<?cs /if ?>>
          <label for="f-petugas-<?cs var:c.value ?>"><?cs var:c.label ?></label>
        </div><?cs /each ?>
      </div><?cs /if ?>
    </fieldset><?cs
  call:date_field("tanggal_mulai", "Tanggal mulai", 1, "") ?><?cs
  call:date_field("tanggal_selesai", "Tanggal selesai", 1, "Sama dengan tanggal mulai bila penugasan satu hari.") ?><?cs
  call:text_field("tempat", "Tempat", "text", 200, "off", "", 1,
    "Misalnya alamat usaha atau kantor koperasi pemohon.") ?><?cs
  call:textarea_field("untuk", "Untuk (tujuan penugasan)", 2000, 4, 1,
    "Paling banyak 2.000 karakter.") ?><?cs
  call:select_field("penandatangan", "Penandatangan", 1, "Pejabat yang menandatangani Surat Tugas.",
    Choices.penandatangan, "Pilih penandatangan") ?><?cs
  call:act_submit("Buat Surat Tugas", "") ?><?cs
/def ?><?cs

# Step 8, Kasi: the coaching as done, with up to three photos. ?><?cs
def:act_coaching() ?><?cs
  call:act_form_open(1) ?><?cs
  call:act_hidden("pembinaan") ?><?cs
  call:date_field("tanggal_pelaksanaan", "Tanggal pelaksanaan", 1, "") ?><?cs
  call:textarea_field("hadir", "Yang hadir", 1000, 4, 1,
    "Nama petugas dan pihak pemohon yang hadir, satu per baris. Paling banyak 1.000 karakter.") ?><?cs
  call:textarea_field("catatan", "Catatan pembinaan", 4000, 8, 1,
    "Materi dan jalannya pembinaan. Paling banyak 4.000 karakter.") ?>
  <fieldset class="field-group" id="f-foto">
    <legend>Foto pembinaan <span class="opt">(tidak wajib)</span></legend>
    <p class="hint">Paling banyak tiga foto, masing-masing JPEG atau PNG paling besar 5 MB.</p><?cs
    if:Form.FilesLost || subcount(Form.Error) > 0 ?>
    <p class="notice" id="n-berkas"><strong>Pilih kembali foto Anda.</strong> Foto yang tadi dipilih,
    bila ada, tidak ikut tersimpan ketika formulir dikembalikan.</p><?cs /if ?><?cs
    call:field_error("foto", Form.Error.foto) ?><?cs
    loop:i = 1, 3, 1 ?><?cs
      call:photo_field("foto_" + i, "Foto " + i, "JPEG atau PNG, paling besar 5 MB.") ?><?cs
    /loop ?>
  </fieldset><?cs
  call:act_submit("Simpan catatan pembinaan", "") ?><?cs
/def ?><?cs

# Step 9, Kasi: the Laporan Hasil Pembinaan dan Rencana Tindak Lanjut; the case is then done. ?><?cs
def:act_report() ?><?cs
  call:act_form_open(0) ?><?cs
  call:act_hidden("laporan") ?><?cs
  call:textarea_field("hasil", "Hasil pembinaan", 4000, 8, 1, "Paling banyak 4.000 karakter.") ?><?cs
  call:textarea_field("saran", "Saran yang diberikan", 4000, 6, 1, "Paling banyak 4.000 karakter.") ?>
  <fieldset class="field-group<?cs if:Form.Error.tindak_lanjut ?> field-invalid<?cs /if ?>" id="f-tindak_lanjut"<?cs
    call:field_aria("tindak_lanjut", "hint", "", Form.Error.tindak_lanjut) ?>>
    <legend>Rencana tindak lanjut</legend>
    <p class="hint" id="h-tindak_lanjut">Isi paling sedikit satu rencana, paling banyak lima. Setiap
    rencana yang diisi memerlukan tanggal target.</p><?cs
    call:field_error("tindak_lanjut", Form.Error.tindak_lanjut) ?><?cs
    loop:i = 1, 5, 1 ?>
    <fieldset class="pair">
      <legend>Rencana tindak lanjut <?cs var:i ?></legend><?cs
      if:i == 1 ?><?cs
        call:text_field("tindak_lanjut_1", "Rencana tindak lanjut 1", "text", 1000, "off", "", 1, "") ?><?cs
        call:date_field("tanggal_1", "Tanggal target", 1, "") ?><?cs
      else ?><?cs
        call:text_field("tindak_lanjut_" + i, "Rencana tindak lanjut " + i, "text", 1000, "off", "", 0, "") ?><?cs
        call:date_field("tanggal_" + i, "Tanggal target", "wajib bila rencana diisi", "") ?><?cs /if ?>
    </fieldset><?cs
    /loop ?>
  </fieldset><?cs
  call:act_submit("Simpan laporan dan selesaikan", "") ?><?cs
/def ?><?cs

def:content() ?><?cs
call:staff_crumbs("Semua Permohonan", "/admin/permohonan", "Permohonan " + Case.tracking_code) ?>
<p class="eyebrow">Permohonan <span class="code-inline"><?cs var:Case.tracking_code ?></span></p>
<h1><?cs var:Case.business_name ?></h1><?cs
call:page_notice() ?><?cs
call:error_summary("Tindakan belum tersimpan. Periksa isian berikut:", "") ?>
<dl class="facts case-summary">
  <div><dt>Kode pelacakan</dt><dd class="code-inline"><?cs var:Case.tracking_code ?></dd></div>
  <div><dt>Status</dt><dd><?cs call:status_badge(Case.status, Case.status_label) ?></dd></div><?cs
  if:Case.status == "diajukan" || Case.status == "diproses" || Case.status == "dijadwalkan" ?>
  <div><dt>Langkah sekarang</dt><dd>Langkah <?cs var:Case.step_no ?> — <?cs var:Case.activity ?><?cs
    if:Case.lane_name ?><span class="sub">Pelaksana: <?cs var:Case.lane_name ?></span><?cs /if ?></dd></div><?cs /if ?><?cs
  if:Case.agenda_no ?>
  <div><dt>Nomor agenda</dt><dd><?cs var:Case.agenda_no ?></dd></div><?cs /if ?>
  <div><dt>Diajukan</dt><dd><?cs var:Case.submitted_text ?></dd></div>
</dl><?cs
if:Act.kind ?>
<p class="act-jump no-print"><a class="more" href="#tindakan">Tindakan Anda: Langkah <?cs var:Act.step_no ?> — <?cs var:Act.activity ?></a></p><?cs /if ?><?cs
if:Case.status == "dikembalikan" ?>
<div class="notice">
  <h2>Dikembalikan kepada pemohon</h2><?cs
  if:Case.return_reason ?>
  <p class="text-block"><?cs var:Case.return_reason ?></p><?cs /if ?>
</div><?cs /if ?><?cs

# The case's documents in the office's format, each once it exists (printed from its own page). ?><?cs
if:Case.agenda_no_set || SuratTugas.number || Report.findings ?>
<section class="case-part case-docs no-print" aria-labelledby="dokumen-judul">
  <h2 id="dokumen-judul">Dokumen</h2>
  <p>Dokumen dalam format kantor, siap dicetak pada kertas A4 melalui menu Cetak peramban, atau diunduh sebagai PDF.</p>
  <ul class="doc-links"><?cs
    if:Case.agenda_no_set ?>
    <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/lembar-disposisi">Lembar Disposisi</a>
      · <a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/lembar-disposisi.pdf">Unduh PDF<span class="sr-only"> Lembar Disposisi</span></a></li><?cs /if ?><?cs
    if:SuratTugas.number ?>
    <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/surat-tugas">Surat Tugas</a>
      · <a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/surat-tugas.pdf">Unduh PDF<span class="sr-only"> Surat Tugas</span></a></li><?cs /if ?><?cs
    if:Report.findings ?>
    <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/laporan">Laporan</a>
      · <a href="<?cs var:Site.BasePath ?>/admin/permohonan/<?cs var:Case.id ?>/laporan.pdf">Unduh PDF<span class="sr-only"> Laporan</span></a></li><?cs /if ?>
  </ul>
</section><?cs /if ?>

<section class="case-part" aria-labelledby="pemohon-judul">
  <h2 id="pemohon-judul">Data pemohon</h2>
  <dl class="facts"><?cs
    call:fact("Jenis pemohon", Case.applicant_type_label) ?><?cs
    call:fact("Nama usaha atau koperasi", Case.business_name) ?><?cs
    call:fact("Nama penanggung jawab", Case.contact_name) ?><?cs
    call:fact("Jabatan", Case.contact_position) ?><?cs
    call:fact("Nomor HP", Case.phone) ?><?cs
    if:Case.wa_href ?>
    <div><dt>WhatsApp</dt><dd><a href="<?cs var:Case.wa_href ?>" rel="noopener noreferrer">Kirim pesan WhatsApp<span class="sr-only"> ke <?cs var:Case.phone ?></span></a>
      <span class="sub">(pesan berisi kode dan status permohonan, dapat diubah sebelum dikirim)</span></dd></div><?cs /if ?><?cs
    call:fact("Email", Case.email) ?><?cs
    call:fact("Alamat", Case.address) ?><?cs
    call:fact("Kecamatan", Case.kecamatan) ?><?cs
    call:fact("Nagari", Case.nagari) ?><?cs
    call:fact("Sektor usaha", Case.sector) ?><?cs
    call:fact("NIB", Case.nib) ?><?cs
    call:fact("Nomor badan hukum", Case.legal_number) ?><?cs
    call:fact("Pembinaan yang dibutuhkan", Case.aspects_text) ?><?cs
    call:fact_text("Uraian singkat kebutuhan", Case.description) ?><?cs
    call:fact("Diajukan", Case.submitted_text) ?>
  </dl>
</section>

<section class="case-part" aria-labelledby="berkas-judul">
  <h2 id="berkas-judul">Berkas</h2><?cs
  if:subcount(Files) == 0 ?>
  <p>Tidak ada berkas.</p><?cs
  else ?>
  <ul class="file-list"><?cs each:f = Files ?><?cs call:case_file(f) ?><?cs /each ?>
  </ul><?cs /if ?>
</section><?cs

if:Case.agenda_no ?>
<section class="case-part" aria-labelledby="agenda-judul">
  <h2 id="agenda-judul">Agenda</h2>
  <dl class="facts"><?cs
    call:fact("Nomor agenda", Case.agenda_no) ?><?cs
    call:fact("Tanggal terima", Case.received_text) ?><?cs
    call:fact("Nomor surat pemohon", Case.letter_no) ?><?cs
    call:fact("Tanggal surat", Case.letter_date_text) ?><?cs
    call:fact("Sifat", Case.sifat_label) ?><?cs
    call:fact("Perihal", Case.perihal) ?><?cs
    if:Case.bidang_name ?><?cs call:fact("Bidang tujuan", Case.bidang_name) ?><?cs /if ?><?cs
    if:Case.seksi_name ?><?cs call:fact("Seksi tujuan", Case.seksi_name) ?><?cs /if ?>
  </dl>
</section><?cs /if ?><?cs

if:SuratTugas.number ?>
<section class="case-part" aria-labelledby="st-judul">
  <h2 id="st-judul">Surat Tugas</h2>
  <dl class="facts"><?cs
    call:fact("Nomor", SuratTugas.number) ?><?cs
    call:fact_text("Dasar", SuratTugas.dasar) ?>
    <div><dt>Petugas yang ditugaskan</dt><dd>
      <ol class="officers"><?cs each:o = SuratTugas.Officers ?>
        <li><strong><?cs var:o.name ?></strong><?cs
          if:o.nip ?><span class="sub">NIP <?cs var:o.nip ?></span><?cs /if ?><?cs
          if:o.rank ?><span class="sub"><?cs var:o.rank ?></span><?cs /if ?><?cs
          if:o.position ?><span class="sub"><?cs var:o.position ?></span><?cs /if ?></li><?cs /each ?>
      </ol></dd></div><?cs
    call:fact_text("Untuk", SuratTugas.purpose) ?><?cs
    call:fact("Tempat", SuratTugas.place) ?>
    <div><dt>Tanggal</dt><dd><?cs var:SuratTugas.from_text ?><?cs
      if:SuratTugas.to_text && SuratTugas.to_text != SuratTugas.from_text ?> sampai dengan <?cs var:SuratTugas.to_text ?><?cs /if ?></dd></div><?cs
    call:fact("Penandatangan", SuratTugas.signer_name) ?>
  </dl>
</section><?cs /if ?><?cs

if:Coaching.held_text ?>
<section class="case-part" aria-labelledby="pembinaan-judul">
  <h2 id="pembinaan-judul">Pembinaan</h2>
  <dl class="facts"><?cs
    call:fact("Tanggal pelaksanaan", Coaching.held_text) ?><?cs
    call:fact_text("Yang hadir", Coaching.attendees) ?><?cs
    call:fact_text("Catatan pembinaan", Coaching.notes) ?>
  </dl>
  <p class="hint">Foto pembinaan, bila ada, tercantum pada bagian Berkas.</p>
</section><?cs /if ?><?cs

if:Report.findings ?>
<section class="case-part" aria-labelledby="laporan-judul">
  <h2 id="laporan-judul">Laporan Hasil Pembinaan dan Rencana Tindak Lanjut</h2>
  <dl class="facts"><?cs
    call:fact_text("Hasil pembinaan", Report.findings) ?><?cs
    call:fact_text("Saran yang diberikan", Report.advice) ?>
    <div><dt>Rencana tindak lanjut</dt><dd>
      <ol class="plan"><?cs each:a = Report.Actions ?>
        <li><span class="text-block"><?cs var:a.action ?></span><span class="sub">Tanggal target: <?cs var:a.due_text ?></span></li><?cs /each ?>
      </ol></dd></div>
  </dl>
</section><?cs /if ?>

<section class="case-part" aria-labelledby="riwayat-judul">
  <h2 id="riwayat-judul">Riwayat</h2><?cs
  if:subcount(Events) == 0 ?>
  <p>Belum ada catatan.</p><?cs
  else ?>
  <ol class="events"><?cs each:e = Events ?>
    <li>
      <p class="ev-head"><span class="ev-what"><?cs if:e.step_no ?>Langkah <?cs var:e.step_no ?>: <?cs /if ?><?cs var:e.action_label ?></span>
        <span class="ev-when"><?cs var:e.at_text ?></span></p>
      <p class="ev-who">Oleh <?cs if:e.actor_name ?><?cs var:e.actor_name ?><?cs
        if:e.actor_role_label ?> (<?cs var:e.actor_role_label ?>)<?cs /if ?><?cs
        elif:e.actor_role_label ?><?cs var:e.actor_role_label ?><?cs
        else ?>Pemohon<?cs /if ?><?cs
        if:e.target_unit_name ?>, kepada <?cs var:e.target_unit_name ?><?cs /if ?></p><?cs
      if:e.note ?>
      <p class="ev-note text-block"><span class="sr-only">Catatan: </span><?cs var:e.note ?></p><?cs /if ?>
    </li><?cs /each ?>
  </ol><?cs /if ?>
</section>

<section class="case-part" aria-labelledby="alur-judul">
  <h2 id="alur-judul">Alur SOP</h2><?cs
  call:timeline(Timeline) ?>
</section><?cs

if:Act.kind ?>
<section class="case-part act no-print" id="tindakan" aria-labelledby="tindakan-judul">
  <h2 id="tindakan-judul">Tindakan Anda: Langkah <?cs var:Act.step_no ?> — <?cs var:Act.activity ?></h2><?cs
  if:Act.time_text ?>
  <p>Waktu standar langkah ini: <?cs var:Act.time_text ?>.</p><?cs /if ?>
  <p>Isian bertanda <span class="req">(wajib)</span> harus diisi.</p><?cs
  if:Act.kind == "agenda" ?><?cs call:act_agenda() ?><?cs
  elif:Act.kind == "advice" ?><?cs call:act_advice() ?><?cs
  elif:Act.kind == "disposition" ?><?cs call:act_disposition() ?><?cs
  elif:Act.kind == "forward" ?><?cs call:act_forward() ?><?cs
  elif:Act.kind == "assign" ?><?cs call:act_assign() ?><?cs
  elif:Act.kind == "surat_tugas" ?><?cs call:act_surat_tugas() ?><?cs
  elif:Act.kind == "coaching" ?><?cs call:act_coaching() ?><?cs
  elif:Act.kind == "report" ?><?cs call:act_report() ?><?cs /if ?>
</section><?cs /if ?>
<?cs /def ?><?cs
include:"layout.cs" ?>
