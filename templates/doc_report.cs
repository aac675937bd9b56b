<?cs # The Laporan Hasil Pembinaan dan Rencana Tindak Lanjut of a case, made to be printed on A4: the
     kop, the title, the case (business, tracking code, agenda number, Surat Tugas), the coaching
     (date, place, who attended, notes), the findings, the advice given, the follow-up plan as a
     table, and the signature block of the Kasi who wrote it (the actor of the 'laporan' event,
     with their jabatan and NIP). Shown once written. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs

def:content() ?><?cs
call:doc_intro("Laporan") ?><?cs
set:Doc.writer = "" ?><?cs set:Doc.nip = "" ?><?cs set:Doc.position = "Kepala Seksi" ?><?cs
each:e = Events ?><?cs if:e.action == "laporan" ?><?cs
  set:Doc.writer = e.actor_name ?><?cs set:Doc.nip = e.actor_nip ?><?cs
  if:e.actor_position ?><?cs set:Doc.position = e.actor_position ?><?cs /if ?><?cs /if ?><?cs /each ?>
<article class="doc doc-report" aria-labelledby="doc-judul"><?cs
  call:kop() ?>
  <h1 id="doc-judul" class="doc-title">Laporan Hasil Pembinaan dan Rencana Tindak Lanjut</h1>

  <section class="doc-part" aria-labelledby="r-permohonan">
    <h2 id="r-permohonan">A. Data Permohonan</h2>
    <dl class="doc-facts">
      <div><dt>Nama usaha/koperasi</dt><dd><?cs var:Case.business_name ?></dd></div>
      <div><dt>Jenis pemohon</dt><dd><?cs var:Case.applicant_type_label ?></dd></div>
      <div><dt>Alamat</dt><dd><?cs var:Case.address ?><?cs
        if:Case.nagari ?>, Nagari <?cs var:Case.nagari ?><?cs /if ?><?cs
        if:Case.kecamatan ?>, Kecamatan <?cs var:Case.kecamatan ?><?cs /if ?></dd></div>
      <div><dt>Kode pelacakan</dt><dd><?cs var:Case.tracking_code ?></dd></div>
      <div><dt>Nomor agenda</dt><dd><?cs var:Case.agenda_no ?></dd></div><?cs
      if:SuratTugas.number ?>
      <div><dt>Surat Tugas</dt><dd>Nomor <?cs var:SuratTugas.number ?></dd></div><?cs /if ?>
    </dl>
  </section>

  <section class="doc-part" aria-labelledby="r-pembinaan">
    <h2 id="r-pembinaan">B. Pelaksanaan Pembinaan</h2>
    <dl class="doc-facts">
      <div><dt>Tanggal</dt><dd><?cs var:Coaching.held_text ?></dd></div><?cs
      if:SuratTugas.place ?>
      <div><dt>Tempat</dt><dd><?cs var:SuratTugas.place ?></dd></div><?cs /if ?>
      <div><dt>Yang hadir</dt><dd class="text-block"><?cs var:Coaching.attendees ?></dd></div>
      <div><dt>Catatan pembinaan</dt><dd class="text-block"><?cs var:Coaching.notes ?></dd></div>
    </dl>
  </section>

  <section class="doc-part" aria-labelledby="r-hasil">
    <h2 id="r-hasil">C. Hasil Pembinaan</h2>
    <p class="text-block"><?cs var:Report.findings ?></p>
  </section>

  <section class="doc-part" aria-labelledby="r-saran">
    <h2 id="r-saran">D. Saran yang Diberikan</h2>
    <p class="text-block"><?cs var:Report.advice ?></p>
  </section>

  <section class="doc-part" aria-labelledby="r-rtl">
    <h2 id="r-rtl">E. Rencana Tindak Lanjut</h2>
    <table class="doc-table">
      <thead>
        <tr>
          <th scope="col" class="c-num">No.</th>
          <th scope="col">Tindakan</th>
          <th scope="col" class="c-date">Tanggal target</th>
        </tr>
      </thead>
      <tbody><?cs set:Doc.no = 0 ?><?cs each:a = Report.Actions ?><?cs set:Doc.no = #Doc.no + 1 ?>
        <tr>
          <td class="c-num"><?cs var:Doc.no ?></td>
          <td class="text-block"><?cs var:a.action ?></td>
          <td class="c-date"><?cs var:a.due_text ?></td>
        </tr><?cs /each ?>
      </tbody>
    </table>
  </section>

  <div class="sign">
    <p class="sign-date"><?cs var:Office.City ?>, <?cs var:Report.written_text ?></p><?cs
    call:signature(Doc.position, Doc.writer, Doc.nip) ?>
  </div>
</article>
<?cs /def ?><?cs
include:"layout.cs" ?>
