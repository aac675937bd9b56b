<?cs # The figures of the leaders' dashboard (admin_dashboard.cs), the part a worker renders once
     for each range and change of the cases and keeps (page_dashboard.c). It uses only Stats
     and Site. ?><?cs
include:"macros.cs" ?><?cs
include:"charts.cs" ?><?cs
include:"ikm.cs" ?>
<section aria-labelledby="ringkasan">
<h2 id="ringkasan">Ringkasan</h2>
<dl class="facts stat-facts">
  <div><dt>Permohonan diterima</dt><dd id="s-diterima"><?cs var:Stats.Total.received ?></dd></div>
  <div><dt>Permohonan selesai</dt><dd id="s-selesai"><?cs var:Stats.Total.finished ?></dd></div>
  <div><dt>Permohonan dikembalikan</dt><dd id="s-dikembalikan"><?cs var:Stats.Total.returned ?></dd></div>
  <div><dt>Selesai sesuai standar waktu</dt><dd id="s-sesuai"><?cs var:Stats.Total.share_text ?><?cs
    if:#Stats.Total.finished > 0 ?> <span class="sub">(<?cs var:Stats.Total.on_time ?> dari <?cs var:Stats.Total.finished ?>)</span><?cs /if ?></dd></div>
  <div><dt>Median waktu penyelesaian</dt><dd id="s-median"><?cs var:Stats.Total.median_text ?></dd></div>
  <div><dt>Persentil ke-90 waktu penyelesaian</dt><dd id="s-p90"><?cs var:Stats.Total.p90_text ?></dd></div>
</dl>
</section>

<section aria-labelledby="per-bulan">
<h2 id="per-bulan">Permohonan per bulan</h2>
<?cs call:month_chart("grafik-bulan", Stats.Months) ?>
<?cs call:month_table("Angka per bulan", 1) ?>
</section>

<section aria-labelledby="rincian">
<h2 id="rincian">Permohonan diterima menurut kecamatan, aspek dan jenis pemohon</h2>
<div class="chart-grid" id="kecamatan"><?cs
  call:bar_list("grafik-kecamatan", "Menurut kecamatan", Stats.Kecamatan, "") ?>
</div>
<div class="chart-grid" id="aspek"><?cs
  call:bar_list("grafik-aspek", "Menurut aspek pembinaan", Stats.Aspect, "") ?>
<p class="stat-note">Satu permohonan dapat meminta beberapa aspek, sehingga jumlahnya dapat melebihi
jumlah permohonan.</p>
</div>
<div class="chart-grid" id="jenis"><?cs
  call:bar_list("grafik-jenis", "Menurut jenis pemohon", Stats.Type, "") ?>
</div>
</section>

<section aria-labelledby="langkah">
<h2 id="langkah">Waktu kerja per langkah SOP</h2>
<p>Langkah yang selesai dalam rentang bulan, menurut bulan langkah itu selesai. Median: separuh
langkah selesai dalam waktu ini atau kurang; persentil ke-90: sembilan dari sepuluh langkah.</p>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tabel-langkah">
  <table class="data-table stat-table">
    <caption id="tabel-langkah">Waktu kerja per langkah dibandingkan dengan standarnya</caption>
    <thead>
      <tr>
        <th scope="col">Langkah</th>
        <th scope="col">Standar</th>
        <th scope="col">Selesai</th>
        <th scope="col">Median</th>
        <th scope="col">Persentil ke-90</th>
        <th scope="col">Sesuai standar</th>
      </tr>
    </thead>
    <tbody><?cs each:s = Stats.Steps ?>
      <tr id="langkah-<?cs var:s.no ?>">
        <th scope="row"><?cs var:s.no ?>. <?cs var:s.activity ?></th>
        <td><?cs var:s.time_text ?></td>
        <td class="num"><?cs var:s.n ?></td>
        <td><?cs var:s.median_text ?></td>
        <td><?cs var:s.p90_text ?></td>
        <td class="num"><?cs var:s.share_text ?><?cs if:#s.n > 0 ?> <span class="sub">(<?cs var:s.on_time ?> dari <?cs var:s.n ?>)</span><?cs /if ?></td>
      </tr><?cs /each ?>
    </tbody>
  </table>
</div>
<?cs call:step_chart("grafik-langkah", Stats.Steps) ?>
</section>

<section aria-labelledby="petugas">
<h2 id="petugas">Beban kerja petugas</h2><?cs
if:subcount(Stats.Officers) == 0 ?>
<p>Belum ada langkah yang diselesaikan petugas dalam rentang bulan ini.</p><?cs
else ?>
<p>Langkah SOP yang diselesaikan setiap petugas dalam rentang bulan, dan waktu kerja yang dipakai.</p>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tabel-petugas">
  <table class="data-table stat-table">
    <caption id="tabel-petugas">Beban kerja per petugas</caption>
    <thead>
      <tr>
        <th scope="col">Petugas</th>
        <th scope="col">Langkah selesai</th>
        <th scope="col">Sesuai standar</th>
        <th scope="col">Waktu kerja</th>
      </tr>
    </thead>
    <tbody><?cs each:o = Stats.Officers ?>
      <tr>
        <th scope="row"><?cs var:o.name ?><span class="sub"><?cs var:o.role_label ?></span></th>
        <td class="num"><?cs var:o.n ?></td>
        <td class="num"><?cs var:o.share_text ?> <span class="sub">(<?cs var:o.on_time ?> dari <?cs var:o.n ?>)</span></td>
        <td><?cs var:o.work_text ?></td>
      </tr><?cs /each ?>
    </tbody>
  </table>
</div>
<figure class="chart" aria-labelledby="grafik-petugas">
  <figcaption id="grafik-petugas">Langkah selesai per petugas</figcaption>
  <ul class="hbars"><?cs each:o = Stats.Officers ?>
    <li><span class="hb-label"><?cs var:o.name ?></span><span class="hb-series"><?cs
      call:chart_bar(o.bar, "a") ?><span class="hb-value"><?cs var:o.n ?> langkah</span></span></li><?cs /each ?>
  </ul>
</figure><?cs /if ?>
</section>
<?cs call:ikm_section(1) ?>
