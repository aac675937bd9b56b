<?cs # The satisfaction survey's figures of a range (Stats.Ikm, survey.c), shared by /statistik and the
     dashboard: the IKM with its grade, the respondents, the nine elements' means as a table; for the
     staff (with_comments), the respondents' comments with the tracking code and date. ?><?cs
def:ikm_section(with_comments) ?>
<section aria-labelledby="ikm">
<h2 id="ikm">Indeks Kepuasan Masyarakat (IKM)</h2><?cs
if:#Stats.Ikm.n == 0 ?>
<p id="ikm-kosong">Belum ada responden Survei Kepuasan Masyarakat dalam rentang bulan ini.</p><?cs
else ?>
<dl class="facts stat-facts">
  <div><dt>Nilai IKM</dt><dd id="ikm-nilai"><?cs var:Stats.Ikm.score ?></dd></div>
  <div><dt>Mutu pelayanan</dt><dd id="ikm-mutu"><?cs var:Stats.Ikm.grade ?> (<?cs var:Stats.Ikm.grade_label ?>)</dd></div>
  <div><dt>Jumlah responden</dt><dd id="ikm-responden"><?cs var:Stats.Ikm.n ?></dd></div>
</dl>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tabel-ikm">
  <table class="data-table stat-table">
    <caption id="tabel-ikm">Nilai rata-rata per unsur pelayanan (skala 1–4)</caption>
    <thead>
      <tr>
        <th scope="col">Unsur pelayanan</th>
        <th scope="col">Nilai rata-rata (NRR)</th>
        <th scope="col">NRR tertimbang</th>
      </tr>
    </thead>
    <tbody><?cs each:e = Stats.Ikm.Elements ?>
      <tr id="unsur-<?cs var:e.code ?>">
        <th scope="row"><?cs var:e.no ?>. <?cs var:e.name ?></th>
        <td class="num"><?cs var:e.mean ?></td>
        <td class="num"><?cs var:e.weighted ?></td>
      </tr><?cs /each ?>
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">Jumlah NRR tertimbang</th>
        <td></td>
        <td class="num" id="ikm-tertimbang"><?cs var:Stats.Ikm.weighted_sum ?></td>
      </tr>
    </tfoot>
  </table>
</div><?cs /if ?>
<p class="stat-note">Cara menghitung (Peraturan Menteri PANRB Nomor 14 Tahun 2017): setiap unsur dinilai
1 sampai 4; nilai rata-rata setiap unsur dikalikan bobot 1/9, hasilnya dijumlahkan lalu dikalikan 25.
Mutu pelayanan: A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; C (Kurang Baik) 65,00–76,60;
D (Tidak Baik) 25,00–64,99. Survei dihitung pada bulan jawabannya dikirim.</p><?cs
if:with_comments ?>
<h3 id="ikm-saran">Saran dan masukan responden</h3><?cs
  if:subcount(Stats.Ikm.Comments) == 0 ?>
<p>Belum ada saran dalam rentang bulan ini.</p><?cs
  else ?>
<ul class="survey-comments"><?cs each:c = Stats.Ikm.Comments ?>
  <li><p class="sub"><span class="code-inline"><?cs var:c.tracking_code ?></span>, <?cs var:c.date_text ?></p>
    <p class="text-block"><?cs var:c.comment ?></p></li><?cs /each ?>
</ul><?cs /if ?><?cs /if ?>
</section><?cs
/def ?>
