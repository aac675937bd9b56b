<?cs # The Surat Tugas of a case in the office's format, made to be printed on A4: the kop, the title
     underlined with its number, Dasar, MENUGASKAN, Kepada (a numbered list of the officers with
     Nama, NIP, Pangkat/Gol. and Jabatan), Untuk (the purpose, the place and the dates), the place
     and date of issue and the signing official's block. Shown once the Surat Tugas is made. ?><?cs
include:"macros.cs" ?><?cs
set:Page.NoIndex = 1 ?><?cs

def:content() ?><?cs
call:doc_intro("Surat Tugas") ?>
<article class="doc doc-st" aria-labelledby="doc-judul"><?cs
  call:kop() ?>
  <header class="doc-head">
    <h1 id="doc-judul" class="doc-title doc-title-u">Surat Tugas</h1>
    <p class="doc-number">Nomor: <?cs var:SuratTugas.number ?></p>
  </header>
  <dl class="st-list">
    <div><dt>Dasar</dt><dd class="text-block"><?cs var:SuratTugas.dasar ?></dd></div>
  </dl>
  <p class="st-order">Menugaskan:</p>
  <dl class="st-list">
    <div><dt>Kepada</dt><dd>
      <ol class="st-officers"><?cs each:o = SuratTugas.Officers ?>
        <li>
          <dl class="st-officer">
            <div><dt>Nama</dt><dd><?cs var:o.name ?></dd></div>
            <div><dt>NIP</dt><dd><?cs if:o.nip ?><?cs var:o.nip ?><?cs else ?>–<?cs /if ?></dd></div>
            <div><dt>Pangkat/<wbr>Gol.</dt><dd><?cs if:o.rank ?><?cs var:o.rank ?><?cs else ?>–<?cs /if ?></dd></div>
            <div><dt>Jabatan</dt><dd><?cs if:o.position ?><?cs var:o.position ?><?cs else ?>–<?cs /if ?></dd></div>
          </dl>
        </li><?cs /each ?>
      </ol></dd></div>
    <div><dt>Untuk</dt><dd>
      <p class="text-block st-purpose"><?cs var:SuratTugas.purpose ?></p>
      <dl class="st-sub">
        <div><dt>Tempat</dt><dd><?cs var:SuratTugas.place ?></dd></div>
        <div><dt>Tanggal</dt><dd><?cs var:SuratTugas.from_text ?><?cs
          if:SuratTugas.to_text && SuratTugas.to_text != SuratTugas.from_text ?> sampai dengan <?cs
          var:SuratTugas.to_text ?><?cs /if ?></dd></div>
      </dl></dd></div>
  </dl>
  <p class="st-close">Demikian Surat Tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.</p>
  <div class="sign">
    <dl class="sign-place">
      <div><dt>Dikeluarkan di</dt><dd><?cs var:Office.City ?></dd></div>
      <div><dt>Pada tanggal</dt><dd><?cs var:SuratTugas.created_text ?></dd></div>
    </dl><?cs
    call:signature(SuratTugas.signer_position, SuratTugas.signer_name, SuratTugas.signer_nip) ?>
  </div>
</article>
<?cs /def ?><?cs
include:"layout.cs" ?>
