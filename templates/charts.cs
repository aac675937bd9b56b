<?cs # Bar charts drawn on the server: each bar an SVG (its length the row's bar, a per-mille set by
     src/chart.c), the numbers written beside it as text, so that a chart reads without JavaScript,
     without colour, with a screen reader (the SVGs are aria-hidden: the text carries the data) and
     on paper. Also the range form of the statistics pages. Include after macros.cs. Like macros.cs, this
     file has no final newline. ?><?cs

# A month of the range (the browser's month picker); a wrong value comes back as typed in a text
   box, where it is valid HTML, with its message. ?><?cs
def:month_field(name, text, hint) ?>
    <div class="field<?cs if:Form.Error[name] ?> field-invalid<?cs /if ?>">
      <?cs call:label(name, text, 1) ?>
      <p class="hint" id="h-<?cs var:name ?>"><?cs var:hint ?></p><?cs
    call:field_error(name, Form.Error[name]) ?>
      <input type="<?cs if:Form.Error[name] ?>text<?cs else ?>month<?cs /if ?>" id="f-<?cs var:name ?>" name="<?cs
        var:name ?>" value="<?cs var:Form[name] ?>"<?cs if:!Form.Error[name] ?> min="2000-01"<?cs /if ?> required<?cs call:field_aria(name, hint, "", Form.Error[name]) ?>>
    </div><?cs
/def ?><?cs

# The range form of the statistics pages (GET to path): two months and a button. ?><?cs
def:stats_range_form(path) ?>
<form class="range-form" method="get" action="<?cs var:Site.BasePath ?><?cs var:path ?>">
  <?cs call:month_field("dari", "Dari bulan", "Bulan pertama, ditulis tttt-bb (misalnya 2026-01).") ?>
  <?cs call:month_field("sampai", "Sampai bulan", "Bulan terakhir, termasuk bulan itu; paling panjang 120 bulan.") ?>
  <div class="form-submit">
    <button type="submit" class="btn">Tampilkan</button>
  </div>
</form><?cs
/def ?><?cs

# The colours of the bars (contrast with white of 9:1 and 6:1); a second series is also told by
   its words and its stripes, never by colour alone. ?><?cs
set:Chart.ColourA = "#0f5132" ?><?cs
set:Chart.ColourB = "#a34a0a" ?><?cs

# One bar: bar (0..1000) of the width of its box; series "a" or "b" (lighter, striped). ?><?cs
def:chart_bar(bar, series) ?><svg class="hb-svg" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false"><?cs
  if:series == "b" ?><rect x="0" y="1" width="<?cs var:bar ?>" height="14" fill="<?cs var:Chart.ColourB ?>"/><rect x="0" y="7" width="<?cs var:bar ?>" height="2" fill="#ffffff"/><?cs
  else ?><rect x="0" y="1" width="<?cs var:bar ?>" height="14" fill="<?cs var:Chart.ColourA ?>"/><?cs /if ?></svg><?cs
/def ?><?cs

# A swatch of a series for a legend. ?><?cs
def:chart_key(series, text) ?><li><svg class="hb-key" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><?cs
  if:series == "b" ?><rect x="0" y="1" width="16" height="14" fill="<?cs var:Chart.ColourB ?>"/><rect x="0" y="7" width="16" height="2" fill="#ffffff"/><?cs
  else ?><rect x="0" y="1" width="16" height="14" fill="<?cs var:Chart.ColourA ?>"/><?cs /if ?></svg> <?cs var:text ?></li><?cs
/def ?><?cs

# A horizontal bar chart of rows {label, n, bar}: the label, the bar, the number beside it. ?><?cs
def:bar_list(id, title, rows, unit) ?>
<figure class="chart" aria-labelledby="<?cs var:id ?>">
  <figcaption id="<?cs var:id ?>"><?cs var:title ?></figcaption>
  <ul class="hbars"><?cs each:row = rows ?>
    <li><span class="hb-label"><?cs var:row.label ?></span><span class="hb-series"><?cs
      call:chart_bar(row.bar, "a") ?><span class="hb-value"><?cs var:row.n ?><?cs if:unit ?> <?cs var:unit ?><?cs /if ?></span></span></li><?cs /each ?>
  </ul>
</figure><?cs
/def ?><?cs

# Requests received and finished by month (Stats.Months: bar_received, bar_finished). ?><?cs
def:month_chart(id, months) ?>
<figure class="chart" aria-labelledby="<?cs var:id ?>">
  <figcaption id="<?cs var:id ?>">Permohonan diterima dan selesai per bulan</figcaption>
  <ul class="chart-legend"><?cs call:chart_key("a", "Diterima") ?><?cs call:chart_key("b", "Selesai") ?></ul>
  <ul class="hbars hbars-pair"><?cs each:m = months ?>
    <li><span class="hb-label"><?cs var:m.label ?></span>
      <span class="hb-series"><?cs call:chart_bar(m.bar_received, "a") ?><span class="hb-value">Diterima <?cs var:m.received ?></span></span>
      <span class="hb-series"><?cs call:chart_bar(m.bar_finished, "b") ?><span class="hb-value">Selesai <?cs var:m.finished ?></span></span></li><?cs /each ?>
  </ul>
</figure><?cs
/def ?><?cs

# The median and the 90th percentile of each SOP step's working time (Stats.Steps). ?><?cs
def:step_chart(id, steps) ?>
<figure class="chart" aria-labelledby="<?cs var:id ?>">
  <figcaption id="<?cs var:id ?>">Waktu kerja per langkah SOP: median dan persentil ke-90</figcaption>
  <ul class="chart-legend"><?cs call:chart_key("a", "Median") ?><?cs call:chart_key("b", "Persentil ke-90") ?></ul>
  <ul class="hbars hbars-pair"><?cs each:s = steps ?>
    <li><span class="hb-label">Langkah <?cs var:s.no ?> <span class="hb-sub">(standar <?cs var:s.time_text ?>)</span></span>
      <span class="hb-series"><?cs call:chart_bar(s.bar_median_min, "a") ?><span class="hb-value">Median <?cs var:s.median_text ?></span></span>
      <span class="hb-series"><?cs call:chart_bar(s.bar_p90_min, "b") ?><span class="hb-value">P90 <?cs var:s.p90_text ?></span></span></li><?cs /each ?>
  </ul>
</figure><?cs
/def ?><?cs

# The figures by month (Stats.Months) as a table with their total (Stats.Total), under caption;
   with_p90: the 90th percentile's column too. ?><?cs
def:month_table(caption, with_p90) ?>
<p class="scroll-hint scroll-hint-short">Geser tabel ke samping untuk melihat semua kolom.</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tabel-bulan">
  <table class="data-table stat-table">
    <caption id="tabel-bulan"><?cs var:caption ?></caption>
    <thead>
      <tr>
        <th scope="col">Bulan</th>
        <th scope="col">Diterima</th>
        <th scope="col">Selesai</th>
        <th scope="col">Dikembalikan</th>
        <th scope="col">Sesuai standar waktu</th>
        <th scope="col">Median waktu</th><?cs if:with_p90 ?>
        <th scope="col">Persentil ke-90</th><?cs /if ?>
      </tr>
    </thead>
    <tbody><?cs each:m = Stats.Months ?>
      <tr id="bulan-<?cs var:m.month ?>">
        <th scope="row"><?cs var:m.label ?></th>
        <td class="num"><?cs var:m.received ?></td>
        <td class="num"><?cs var:m.finished ?></td>
        <td class="num"><?cs var:m.returned ?></td>
        <td class="num"><?cs var:m.share_text ?></td>
        <td><?cs var:m.median_text ?></td><?cs if:with_p90 ?>
        <td><?cs var:m.p90_text ?></td><?cs /if ?>
      </tr><?cs /each ?>
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">Jumlah</th>
        <td class="num"><?cs var:Stats.Total.received ?></td>
        <td class="num"><?cs var:Stats.Total.finished ?></td>
        <td class="num"><?cs var:Stats.Total.returned ?></td>
        <td class="num"><?cs var:Stats.Total.share_text ?></td>
        <td><?cs var:Stats.Total.median_text ?></td><?cs if:with_p90 ?>
        <td><?cs var:Stats.Total.p90_text ?></td><?cs /if ?>
      </tr>
    </tfoot>
  </table>
</div><?cs
/def ?>