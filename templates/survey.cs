<?cs # The satisfaction survey (SKM, PermenPANRB 14/2017) of a finished case: the nine elements, each a
     question with its four answers as radio buttons in a fieldset, the respondent's profile and an
     optional comment; it comes back (422) with the answers given and a message per field. ?><?cs
include:"macros.cs" ?><?cs
if:subcount(Form.Error) > 0 ?><?cs set:Page.Title = "Kesalahan: " + Page.Title ?><?cs /if ?><?cs

# One element of the survey: its name and question as the legend, its four answers (1..4). ?><?cs
def:element(e) ?>
    <fieldset class="field choice-group survey-element<?cs if:Form.Error[e.code] ?> field-invalid<?cs /if ?>" id="f-<?cs var:e.code ?>"<?cs
      call:field_aria(e.code, "", "", Form.Error[e.code]) ?>>
      <legend><span class="survey-no"><?cs var:e.no ?>. <?cs var:e.name ?></span>
        <span class="survey-q"><?cs var:e.question ?></span> <span class="req">(wajib)</span></legend><?cs
      call:field_error(e.code, Form.Error[e.code]) ?>
      <div class="choices"><?cs each:c = e.Answers ?>
        <div class="choice">
          <input type="radio" id="f-<?cs var:e.code ?>-<?cs var:c.value ?>" name="<?cs var:e.code ?>" value="<?cs var:c.value ?>" required<?cs
            if:Form[e.code] == c.value ?> checked<?cs /if ?><?cs
            if:Form.Error[e.code] ?> aria-invalid="true"<?cs /if ?>>
          <label for="f-<?cs var:e.code ?>-<?cs var:c.value ?>"><?cs var:c.label ?></label>
        </div><?cs /each ?>
      </div>
    </fieldset><?cs
/def ?><?cs

def:content() ?>
<nav class="crumbs" aria-label="Jejak halaman">
  <ol>
    <li><a href="<?cs var:Site.BasePath ?>/">Beranda</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/lacak?kode=<?cs var:Survey.tracking_code ?>">Lacak Permohonan</a></li>
    <li><a href="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Survey.tracking_code ?>/survei" aria-current="page">Survei Kepuasan</a></li>
  </ol>
</nav>
<h1>Survei Kepuasan Masyarakat</h1><?cs
call:error_summary("Jawaban belum terkirim. Periksa isian berikut:", "u1") ?>
<p class="lead">Permohonan <span class="code-inline"><?cs var:Survey.tracking_code ?></span>
(<?cs var:Survey.business_name ?>) telah selesai. Bantu kami memperbaiki pelayanan dengan menjawab
sembilan pertanyaan berikut. Jawaban Anda tidak memengaruhi pelayanan yang Anda terima dan
hanya diolah sebagai angka gabungan; nama Anda tidak ditanyakan.</p>
<p>Survei ini mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017 dan hanya dapat diisi satu kali
untuk setiap permohonan.</p>

<form class="survey-form" method="post" action="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Survey.tracking_code ?>/survei">
  <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">

  <div class="form-part">
    <h2 id="bagian-pendapat">Pendapat Anda tentang pelayanan</h2><?cs
    each:e = Elements ?><?cs call:element(e) ?><?cs /each ?>
  </div>

  <div class="form-part">
    <h2 id="bagian-profil">Profil responden</h2><?cs
    call:radio_group("jenis_kelamin", "Jenis kelamin", 1, "", Choices.jenis_kelamin) ?><?cs
    call:text_field("usia", "Usia (tahun)", "text", 3, "off", "numeric", 1,
      "Dalam tahun penuh, dari 15 sampai 100.") ?><?cs
    call:radio_group("pendidikan", "Pendidikan terakhir", 1, "", Choices.pendidikan) ?><?cs
    call:radio_group("pekerjaan", "Pekerjaan", 1, "", Choices.pekerjaan) ?><?cs
    call:textarea_field("saran", "Saran dan masukan", 2000, 5, 0,
      "Tulis saran Anda untuk perbaikan pelayanan, paling banyak 2.000 karakter. Jangan menulis data pribadi.") ?>
  </div>

  <p class="actions"><button type="submit" class="btn">Kirim jawaban</button></p>
</form>
<?cs /def ?><?cs
include:"layout.cs" ?>
