<?cs # The Lembar Disposisi of a case, in the usual form of Indonesian government offices, made to be
     printed on one A4 page: the kop, then a bordered sheet with the letter's facts (from, number,
     date, received, agenda number, sifat with all four boxes, perihal), to whom it was forwarded,
     and the dispositions: the Sekretaris's advice, the Kepala Dinas's and the Kepala Bidang's
     dispositions (Events.N by action), each with its writer and date. A disposition not written
     yet leaves room to write by hand. Shown once the case is on the agenda. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs

# One disposition of the sheet: the note of the event of the given action, to whom (when the
   act names a unit), by whom and when; room to write when there is none. ?><?cs
def:disp_note(title, action) ?>
    <div class="disp-note">
      <h3><?cs var:title ?></h3><?cs
    set:Doc.found = 0 ?><?cs
    each:e = Events ?><?cs if:e.action == action ?><?cs set:Doc.found = 1 ?>
      <p class="disp-text text-block"><?cs var:e.note ?></p><?cs
      if:e.target_unit_name ?>
      <p class="disp-to">Kepada: <?cs var:e.target_unit_name ?></p><?cs /if ?>
      <p class="disp-by"><span>Nama: <?cs var:e.actor_name ?></span>
        <span>Tanggal: <?cs var:e.at_text ?></span></p><?cs
    /if ?><?cs /each ?><?cs
    if:Doc.found == 0 ?>
      <p class="disp-empty"><span class="no-print">Belum diisi.</span></p><?cs /if ?>
    </div><?cs
/def ?><?cs

def:content() ?><?cs
call:doc_intro("Lembar Disposisi") ?>
<article class="doc doc-disposisi" aria-labelledby="doc-judul"><?cs
  call:kop() ?>
  <h1 id="doc-judul" class="doc-title">Lembar Disposisi</h1>
  <div class="disp">
    <div class="disp-top">
      <dl class="disp-half">
        <div><dt>Surat dari</dt><dd><?cs var:Case.business_name ?></dd></div>
        <div><dt>No. Surat</dt><dd><?cs var:Case.letter_no ?></dd></div>
        <div><dt>Tgl. Surat</dt><dd><?cs var:Case.letter_date_text ?></dd></div>
      </dl>
      <dl class="disp-half">
        <div><dt>Diterima Tgl.</dt><dd><?cs var:Case.received_text ?></dd></div>
        <div><dt>No. Agenda</dt><dd><?cs var:Case.agenda_no ?></dd></div>
        <div><dt>Sifat</dt><dd>
          <ul class="ticks"><?cs
            call:tick(Case.sifat == "biasa", "Biasa") ?><?cs
            call:tick(Case.sifat == "segera", "Segera") ?><?cs
            call:tick(Case.sifat == "sangat_segera", "Sangat segera") ?><?cs
            call:tick(Case.sifat == "rahasia", "Rahasia") ?>
          </ul></dd></div>
      </dl>
    </div>
    <dl class="disp-full">
      <div><dt>Perihal</dt><dd><?cs var:Case.perihal ?></dd></div>
      <div><dt>Diteruskan kepada</dt><dd><?cs
        if:Case.bidang_name || Case.seksi_name ?>
        <ol class="disp-targets"><?cs
          if:Case.bidang_name ?>
          <li><?cs var:Case.bidang_name ?></li><?cs /if ?><?cs
          if:Case.seksi_name ?>
          <li><?cs var:Case.seksi_name ?></li><?cs /if ?>
        </ol><?cs
        else ?><span class="no-print">Belum diisi.</span><?cs /if ?></dd></div>
    </dl>
    <section class="disp-notes" aria-labelledby="disposisi-judul">
      <h2 id="disposisi-judul">Disposisi</h2><?cs
      call:disp_note("Saran Sekretaris kepada Kepala Dinas", "saran") ?><?cs
      call:disp_note("Disposisi Kepala Dinas", "disposisi") ?><?cs
      call:disp_note("Disposisi Kepala Bidang", "disposisi_kasi") ?>
    </section>
  </div>
  <p class="doc-foot">Permohonan <?cs var:Case.tracking_code ?> · dicetak dari Sibina</p>
</article>
<?cs /def ?><?cs
include:"layout.cs" ?>
