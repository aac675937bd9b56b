// HTTP tests of the dashboard and the public statistics (issue 5, points 4, 5 and 7): a fixture of
// cases with known working times in a month nothing else uses (March 2019), written in SQL so that
// sql/011's triggers fill the figures' tables; every figure of /statistik and /admin/dasbor equals
// the one computed by hand below. Also: the cache's validators (304, a new ETag after a new case),
// the 422s of the range form, who may open the dashboard, and no personal data in public.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  get, sql, q, readConfig, textOf, textById, elements, cells, attr, exclusive, resetAttempts, staffGet,
  addStaff, login, randomHex, NOT_ALLOWED, CODE_ALPHABET,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 400)}`;

const MONTH = '2019-03';
const MONTH_DAY = '2019-03-01';
const RANGE = `dari=${MONTH}&sampai=${MONTH}`;
const SFX = randomHex(3);

// ---- the fixture ----
//
// Five requests submitted in March 2019 (A..E); A, B, C finished (selesai), D returned at step 2
// (dikembalikan), E still at step 3. Their steps' working time in seconds (and on time or not
// against the standard_seconds of the step):
//
//   step (standard)      A           B            C            D          E
//   2 (3 min, 180 s)     130 ok      60 ok        300 late     120 ok     170 ok
//   3 (5 min, 300 s)     240 ok      600 late     300 ok       -          -
//   4..7 (each)          60 ok       60 ok        60 ok        -          -
//   8 (1 day, 27000 s)   14400 ok    25380 ok     30000 late   -          -
//   9 (15 min, 900 s)    600 ok      600 ok       600 ok       -          -
//
// Buckets (sql/011): to the minute up to an hour, to 5 minutes up to 8 hours, to 30 minutes
// beyond, each rounded up: 130 s -> 3 min, 170 s -> 3, 14400 s -> 240, 25380 s -> 85*5 = 425,
// 30000 s -> 17*30 = 510.
const STEPS = {
  A: { 2: [130, 1], 3: [240, 1], 4: [60, 1], 5: [60, 1], 6: [60, 1], 7: [60, 1], 8: [14400, 1], 9: [600, 1] },
  B: { 2: [60, 1], 3: [600, 0], 4: [60, 1], 5: [60, 1], 6: [60, 1], 7: [60, 1], 8: [25380, 1], 9: [600, 1] },
  C: { 2: [300, 0], 3: [300, 1], 4: [60, 1], 5: [60, 1], 6: [60, 1], 7: [60, 1], 8: [30000, 0], 9: [600, 1] },
  D: { 2: [120, 1] },
  E: { 2: [170, 1] },
};
const STANDARD = { 2: 180, 3: 300, 4: 300, 5: 180, 6: 180, 7: 900, 8: 27000, 9: 900 };
const CASES = {
  A: { kecamatan: 'Sijunjung', type: 'umkm', aspects: 'pemasaran,keuangan', status: 'selesai', step: 9 },
  B: { kecamatan: 'Sijunjung', type: 'koperasi', aspects: 'kelembagaan', status: 'selesai', step: 9 },
  C: { kecamatan: 'Kupitan', type: 'umkm', aspects: 'pemasaran', status: 'selesai', step: 9 },
  D: { kecamatan: 'Koto VII', type: 'umkm', aspects: 'digitalisasi,pemasaran', status: 'dikembalikan', step: 2 },
  E: { kecamatan: 'Kupitan', type: 'koperasi', aspects: 'sdm', status: 'diproses', step: 3 },
};

// Who ended each step: the front office step 2, the sekretaris step 3, the kasi steps 4..9.
let officers = {};
const actorKey = (step) => (step === 2 ? 'fo' : step === 3 ? 'sek' : 'kasi');

// Personal data of the fixture, never to be shown in public.
const person = (k) => ({ business: `Usaha Statistik ${k} ${SFX}`, contact: `Pemilik Rahasia ${k} ${SFX}`, phone: `+62812${SFX.slice(0, 3)}0${'ABCDE'.indexOf(k)}77` });

const ids = {};
let serviceId;
let versionId;

function code() {
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  return s.slice(0, 5) + '-' + s.slice(5);
}

// Inserts a request submitted on a day of March 2019, waiting at step 2 (status diajukan).
function insertRequest(k, c, day) {
  const p = person(k);
  const at = `${MONTH}-${String(day).padStart(2, '0')} 08:00:00`;
  sql(`INSERT INTO request (tracking_code, submit_key, service_id, version_id, applicant_type, business_name, contact_name,
      contact_position, phone, address, kecamatan, nagari, sector, aspects, description, status, step_no, step_since,
      consent_at, submitted_at)
    VALUES (${q(code())}, ${q(randomHex(32))}, ${serviceId}, ${versionId}, ${q(c.type)}, ${q(p.business)}, ${q(p.contact)},
      'Pemilik', ${q(p.phone)}, 'Jalan Uji Statistik 1', ${q(c.kecamatan)}, 'Nagari Uji', 'Kuliner', ${q(c.aspects)},
      'Permohonan uji statistik.', 'diajukan', 2, ${q(at)}, ${q(at)}, ${q(at)})`);
  return Number(sql(`SELECT id FROM request WHERE business_name = ${q(p.business)}`)[0][0]);
}

// Removes the fixture: its steps, requests, and the figures of March 2019.
function cleanUp() {
  const mine = sql(`SELECT id FROM request WHERE submitted_at >= '2019-03-01' AND submitted_at < '2019-04-01'`).map((r) => Number(r[0]));
  if (mine.length) {
    sql(`DELETE FROM step_time WHERE request_id IN (${mine.join(',')})`);
    sql(`DELETE FROM request WHERE id IN (${mine.join(',')})`);
  }
  for (const t of ['stat_received', 'stat_aspect', 'stat_closed', 'stat_step', 'stat_actor']) {
    sql(`DELETE FROM ${t} WHERE month = ${q(MONTH_DAY)}`);
  }
}

before(() => {
  cleanUp();
  [[serviceId, versionId]] = sql(`SELECT s.id, (SELECT v.id FROM standard_version v WHERE v.service_id = s.id
    ORDER BY v.number DESC LIMIT 1) FROM service s WHERE s.slug = 'pembinaan-umkm-koperasi'`).map((r) => r.map(Number));
  officers = {
    fo: addStaff({ role: 'front_office', name: `Fajar Statistik ${SFX}` }),
    sek: addStaff({ role: 'sekretaris', name: `Sinta Statistik ${SFX}` }),
    kasi: addStaff({ role: 'kasi', name: `Karim Statistik ${SFX}` }),
  };
  Object.keys(CASES).forEach((k, i) => {
    ids[k] = insertRequest(k, CASES[k], 4 + i);
  });
  // Each step ended on the case's day, in order, an hour apart (all within March 2019).
  for (const [k, steps] of Object.entries(STEPS)) {
    const day = 4 + Object.keys(CASES).indexOf(k);
    for (const [no, [work, onTime]] of Object.entries(steps)) {
      const ended = `${MONTH}-${String(day + 10).padStart(2, '0')} ${String(Number(no) + 6).padStart(2, '0')}:30:00`;
      sql(`INSERT INTO step_time (request_id, step_no, started_at, due_at, ended_at, work_seconds, standard_seconds, on_time, actor_id)
        VALUES (${ids[k]}, ${no}, ${q(ended)} - INTERVAL 1 HOUR, ${q(ended)}, ${q(ended)}, ${work}, ${STANDARD[no]}, ${onTime},
        ${officers[actorKey(Number(no))].id})`);
    }
  }
  // Closed (or moved on) in SQL: the triggers count the closed ones.
  for (const [k, c] of Object.entries(CASES)) {
    sql(`UPDATE request SET status = ${q(c.status)}, step_no = ${c.step} WHERE id = ${ids[k]}`);
  }
});

after(cleanUp);

// ---- the pages ----

const statsPath = (query = RANGE) => BP() + '/statistik' + (query ? '?' + query : '');
const dashPath = (query = RANGE) => BP() + '/admin/dasbor' + (query ? '?' + query : '');

// The cells' text of the table row with an id.
function rowCells(html, id) {
  const tr = elements(html, 'tr').find((e) => attr(e.attrs, 'id') === id);
  assert.ok(tr, `a row #${id}`);
  return cells(tr.inner).map((c) => c.text);
}

// The [label, value] of each bar of the chart whose caption has the id.
function chartBars(html, id) {
  const fig = elements(html, 'figure').find((e) => attr(e.attrs, 'aria-labelledby') === id);
  assert.ok(fig, `a chart captioned #${id}`);
  return elements(fig.inner, 'li').filter((li) => /hb-label/.test(li.inner)).map((li) => {
    const label = textOf(li.inner.match(/<span class="hb-label">([\s\S]*?)<\/span>\s*<span class="hb-series">/)[1]);
    const values = [...li.inner.matchAll(/<span class="hb-value">([\s\S]*?)<\/span>/g)].map((m) => textOf(m[1]));
    const bars = [...li.inner.matchAll(/<rect x="0" y="1" width="(\d+)"/g)].map((m) => Number(m[1]));
    return { label, values, bars };
  });
}

// What the summary (dl) says: the ids of stats.cs and admin_dashboard.cs.
function summary(html) {
  return {
    received: textById(html, 's-diterima'),
    finished: textById(html, 's-selesai'),
    returned: textById(html, 's-dikembalikan'),
    share: textById(html, 's-sesuai'),
    median: textById(html, 's-median'),
  };
}

// The totals by hand: received 5 (A..E); finished 3 (A, B, C), returned 1 (D); on time: only A
// (B was late at step 3, C at steps 2 and 8): 1 of 3 = 33,3%. The cases' working time, the sum of
// their steps: A 130+240+4*60+14400+600 = 15610 s -> ceil(15610/300)*5 = 265 min; B 60+600+240+
// 25380+600 = 26880 s -> 90*5 = 450 min; C 300+300+240+30000+600 = 31440 s (over 8 hours) ->
// ceil(31440/1800)*30 = 540 min. Median (nearest rank: ceil(0.5*3) = 2nd of 265, 450, 540) = 450
// min = 7 jam 30 menit; p90 (ceil(0.9*3) = 3rd) = 540 min = 9 jam.
const TOTAL = { received: '5', finished: '3', returned: '1', share: '33,3% (1 dari 3)', median: '7 jam 30 menit', p90: '9 jam' };

test('the public statistics show the month\'s figures as computed by hand', async () => {
  const res = await get(statsPath());
  assert.equal(res.status, 200, show(res));
  assert.deepEqual(summary(res.body), {
    received: TOTAL.received, finished: TOTAL.finished, returned: TOTAL.returned, share: TOTAL.share, median: TOTAL.median,
  });
  // The table: Bulan, Diterima, Selesai, Dikembalikan, Sesuai standar waktu, Median waktu.
  assert.deepEqual(rowCells(res.body, 'bulan-2019-03'), ['Maret 2019', '5', '3', '1', '33,3%', '7 jam 30 menit']);
  // The chart: received and finished, numbers as text beside the bars; 3 of 5 = 600 per mille.
  assert.deepEqual(chartBars(res.body, 'grafik-bulan'), [{ label: 'Maret 2019', values: ['Diterima 5', 'Selesai 3'], bars: [1000, 600] }]);
  // The SVG has no text of its own that the page relies on: its bars are hidden from screen readers.
  for (const svg of elements(res.body, 'svg')) assert.equal(attr(svg.attrs, 'aria-hidden'), 'true');
  // How it is counted, in one plain paragraph.
  assert.match(textOf(res.body), /jam kerja pada hari kerja/);
  assert.match(textOf(res.body), /sejak tanggal yang ditetapkan dalam Surat Tugas/);
});

test('the public statistics name no applicant, contact, phone or officer', async () => {
  const res = await get(statsPath());
  assert.equal(res.status, 200, show(res));
  for (const k of Object.keys(CASES)) {
    const p = person(k);
    for (const v of [p.business, p.contact, p.phone, `Statistik ${k} ${SFX}`]) assert.ok(!res.body.includes(v), `not on /statistik: ${v}`);
  }
  for (const o of Object.values(officers)) assert.ok(!res.body.includes(o.name), `no officer on /statistik: ${o.name}`);
  assert.ok(!res.body.includes(SFX), 'nothing of the fixture but counts');
});

test('a range of several months has a row per month, empty months at zero', async () => {
  const res = await get(statsPath('dari=2019-02&sampai=2019-04'));
  assert.equal(res.status, 200, show(res));
  assert.deepEqual(rowCells(res.body, 'bulan-2019-02').slice(0, 5), ['Februari 2019', '0', '0', '0', '–']);
  assert.deepEqual(rowCells(res.body, 'bulan-2019-03').slice(0, 4), ['Maret 2019', '5', '3', '1']);
  assert.deepEqual(rowCells(res.body, 'bulan-2019-04').slice(0, 4), ['April 2019', '0', '0', '0']);
  assert.equal(summary(res.body).received, '5');
});

test('the statistics are cached with validators: 304 on If-None-Match, a new ETag after a new case; the dashboard follows too', async () => {
  const first = await get(statsPath());
  assert.equal(first.status, 200, show(first));
  const etag = first.headers.etag;
  assert.match(String(etag), /^"[0-9a-f]{16}"$/);
  assert.match(String(first.headers['cache-control']), /(^|[ ,])no-cache($|[ ,])/);
  const again = await get(statsPath(), { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body, '');
  assert.equal(again.headers.etag, etag);
  // The dashboard's figures, kept by the worker too (asked twice: kept).
  for (let i = 0; i < 2; i++) {
    const dash = await staffGet(jars.kadis, dashPath());
    assert.equal(textById(dash.body, 's-diterima'), '5', 'the dashboard before');
  }
  // A new request in March 2019: the pages are made anew, with one more received.
  const f = insertRequest('F', { kecamatan: 'Sijunjung', type: 'umkm', aspects: 'produksi' }, 20);
  try {
    const changed = await get(statsPath(), { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200, show(changed));
    assert.notEqual(changed.headers.etag, etag);
    assert.equal(summary(changed.body).received, '6');
    const dash = await staffGet(jars.kadis, dashPath());
    assert.equal(textById(dash.body, 's-diterima'), '6', 'the dashboard follows at once');
  } finally {
    sql(`DELETE FROM request WHERE id = ${f}`);
    sql(`UPDATE stat_received SET n = n - 1 WHERE month = ${q(MONTH_DAY)} AND kecamatan = 'Sijunjung' AND applicant_type = 'umkm'`);
    sql(`UPDATE stat_aspect SET n = n - 1 WHERE month = ${q(MONTH_DAY)} AND aspect = 'produksi'`);
  }
  const back = await get(statsPath());
  assert.equal(summary(back.body).received, '5');
  assert.equal(back.headers.etag, etag, 'the same figures: the same bytes, the same ETag');
});

test('the statistics\' form: default range, and a wrong range comes back with 422 and a message per field', async () => {
  const def = await get(statsPath(''));
  assert.equal(def.status, 200, show(def));
  const [[year, month]] = sql("SET time_zone = '+07:00'; SELECT YEAR(NOW()), DATE_FORMAT(NOW(), '%Y-%m')");
  assert.match(def.body, new RegExp(`name="dari" value="${year}-01"`));
  assert.match(def.body, new RegExp(`name="sampai" value="${month}"`));
  for (const [query, field, words] of [
    ['dari=maret&sampai=2019-03', 'dari', /Bulan awal harus berupa bulan/],
    ['dari=2019-03&sampai=2019-13', 'sampai', /Bulan akhir harus berupa bulan/],
    ['dari=2019-04&sampai=2019-03', 'sampai', /tidak boleh sebelum bulan awal/],
    ['dari=2000-01&sampai=2019-03', 'sampai', /paling panjang 120 bulan/],
  ]) {
    for (const path of [statsPath(query), dashPath(query)]) {
      const res = path.includes('/admin/') ? await staffGet(jars.kadis, path) : await get(path);
      assert.equal(res.status, 422, `${path}: ${show(res)}`);
      assert.match(textById(res.body, `e-${field}`) || '', words, path);
      const [dari, sampai] = query.split('&').map((p) => p.split('=')[1]);
      assert.match(res.body, new RegExp(`name="dari" value="${dari}"`), `${path}: dari kept`);
      assert.match(res.body, new RegExp(`name="sampai" value="${sampai}"`), `${path}: sampai kept`);
      assert.match(String(res.headers['cache-control']), /no-store/);
      assert.ok(!res.body.includes('id="s-diterima"'), 'no figures with a wrong range');
    }
  }
  // Markup typed into the form comes back escaped.
  const res = await get(statsPath('dari=%3Cb%3Ex&sampai=2019-03'));
  assert.equal(res.status, 422);
  assert.ok(!res.body.includes('<b>x'), 'escaped');
});

// ---- the dashboard ----

const jars = {};

before(async () => {
  for (const role of ['kepala_dinas', 'sekretaris', 'kepala_bidang', 'admin', 'front_office', 'kasi', 'back_office']) {
    const u = addStaff({ role });
    jars[role === 'kepala_dinas' ? 'kadis' : role] = await login(u.username, u.password);
  }
});

test('the dashboard shows every figure as computed by hand', async () => {
  const res = await staffGet(jars.kadis, dashPath());
  assert.equal(res.status, 200, show(res));
  const html = res.body;
  assert.deepEqual(summary(html), {
    received: TOTAL.received, finished: TOTAL.finished, returned: TOTAL.returned, share: TOTAL.share, median: TOTAL.median,
  });
  assert.equal(textById(html, 's-p90'), TOTAL.p90);
  assert.deepEqual(rowCells(html, 'bulan-2019-03'), ['Maret 2019', '5', '3', '1', '33,3%', '7 jam 30 menit', '9 jam']);

  // By kecamatan (every kecamatan of src/domain.c, in its order): Sijunjung A, B; Kupitan C, E;
  // Koto VII D. Bars: per mille of the largest (2): 2 -> 1000, 1 -> 500.
  const kec = chartBars(html, 'grafik-kecamatan');
  const want = { 'Kamang Baru': 0, 'Tanjung Gadang': 0, Sijunjung: 2, 'Lubuk Tarok': 0, 'IV Nagari': 0, Kupitan: 2, 'Koto VII': 1, 'Sumpur Kudus': 0 };
  assert.deepEqual(kec.map((b) => b.label), Object.keys(want));
  assert.deepEqual(kec.map((b) => b.values[0]), Object.values(want).map(String));
  assert.deepEqual(kec.map((b) => b.bars[0]), Object.values(want).map((n) => n * 500));
  // By aspect: pemasaran A, C, D = 3; keuangan A; kelembagaan B; digitalisasi D; sdm E.
  const asp = Object.fromEntries(chartBars(html, 'grafik-aspek').map((b) => [b.label, b.values[0]]));
  assert.deepEqual(asp, { Kelembagaan: '1', Produksi: '0', Pemasaran: '3', 'Keuangan dan permodalan': '1', 'Sumber daya manusia': '1',
    'Perizinan dan legalitas': '0', Digitalisasi: '1' });
  // By applicant type: UMKM A, C, D = 3; Koperasi B, E = 2.
  assert.deepEqual(chartBars(html, 'grafik-jenis').map((b) => [b.label, b.values[0], b.bars[0]]), [['UMKM', '3', 1000], ['Koperasi', '2', 667]]);

  // Per step (nearest rank): step 2 of A..E: 3, 1, 5, 2, 3 min -> sorted 1 2 3 3 5: median the
  // ceil(2.5) = 3rd = 3 min, p90 the ceil(4.5) = 5th = 5 min; on time 4 of 5 = 80,0%. Step 3 of A, B,
  // C: 4, 10, 5 min -> median the 2nd = 5, p90 the 3rd = 10; on time 2 of 3 = 66,7%. Steps 4..7:
  // 1 min each, 3 of 3. Step 8: 240, 425, 510 min -> median 425 = 7 jam 5 menit, p90 510 = 8 jam
  // 30 menit; 2 of 3 = 66,7%. Step 9: 10 min each, 3 of 3.
  const steps = sql(`SELECT no, activity FROM service_step WHERE version_id = ${versionId} AND time_amount IS NOT NULL ORDER BY no`);
  const expect = {
    2: ['5', '3 menit', '5 menit', '80,0% (4 dari 5)'],
    3: ['3', '5 menit', '10 menit', '66,7% (2 dari 3)'],
    4: ['3', '1 menit', '1 menit', '100,0% (3 dari 3)'],
    5: ['3', '1 menit', '1 menit', '100,0% (3 dari 3)'],
    6: ['3', '1 menit', '1 menit', '100,0% (3 dari 3)'],
    7: ['3', '1 menit', '1 menit', '100,0% (3 dari 3)'],
    8: ['3', '7 jam 5 menit', '8 jam 30 menit', '66,7% (2 dari 3)'],
    9: ['3', '10 menit', '10 menit', '100,0% (3 dari 3)'],
  };
  assert.deepEqual(steps.map((s) => Number(s[0])), [2, 3, 4, 5, 6, 7, 8, 9], 'the steps with a standard');
  for (const [no, activity] of steps) {
    const c = rowCells(html, `langkah-${no}`);
    assert.equal(c[0], `${no}. ${activity}`);
    assert.deepEqual([c[2], c[3], c[4], c[5]], expect[no], `step ${no}`);
  }
  // The chart of the steps: median and p90 as text beside their bars, on one scale (the largest,
  // 510 min, is 1000 per mille; 425 -> 833).
  const sc = chartBars(html, 'grafik-langkah');
  assert.equal(sc.length, 8);
  const s8 = sc.find((b) => b.label.startsWith('Langkah 8'));
  assert.deepEqual(s8.values, ['Median 7 jam 5 menit', 'P90 8 jam 30 menit']);
  assert.deepEqual(s8.bars, [833, 1000]);

  // Officers, most steps first: the kasi ended steps 4..9 of A, B, C (18; all on time but C's step
  // 8: 17 of 18 = 94,4%; working time 3*4*60 + 14400 + 25380 + 30000 + 3*600 = 72300 s = 20 jam 5
  // menit); the front office step 2 of five (4 of 5 on time; 130+60+300+120+170 = 780 s = 13
  // menit); the sekretaris step 3 of three (2 of 3; 240+600+300 = 1140 s = 19 menit).
  const officerRows = elements(textById(html, 'petugas') === null ? '' : html.slice(html.indexOf('id="tabel-petugas"')), 'tr')
    .slice(1).map((tr) => cells(tr.inner).map((c) => c.text));
  assert.deepEqual(officerRows, [
    [`${officers.kasi.name} Kasi`, '18', '94,4% (17 dari 18)', '20 jam 5 menit'],
    [`${officers.fo.name} Front Office`, '5', '80,0% (4 dari 5)', '13 menit'],
    [`${officers.sek.name} Sekretaris`, '3', '66,7% (2 dari 3)', '19 menit'],
  ]);
  assert.deepEqual(chartBars(html, 'grafik-petugas').map((b) => [b.label, b.values[0], b.bars[0]]), [
    [officers.kasi.name, '18 langkah', 1000], [officers.fo.name, '5 langkah', 278], [officers.sek.name, '3 langkah', 167],
  ]);
});

test('the dashboard is for the leaders and the administrator, linked from their menu', async () => {
  for (const who of ['kadis', 'sekretaris', 'kepala_bidang', 'admin']) {
    const res = await staffGet(jars[who], dashPath());
    assert.equal(res.status, 200, `${who}: ${show(res)}`);
    assert.equal(textById(res.body, 's-diterima'), '5', who);
    const home = await staffGet(jars[who], BP() + '/admin/');
    assert.ok(home.body.includes(`href="${BP()}/admin/dasbor"`), `${who}: the menu links the dashboard`);
  }
  for (const who of ['front_office', 'kasi', 'back_office']) {
    const res = await staffGet(jars[who], dashPath());
    assert.equal(res.status, 403, `${who}: ${show(res)}`);
    assert.ok(textOf(res.body).includes(NOT_ALLOWED), who);
    const home = await staffGet(jars[who], BP() + '/admin/');
    assert.ok(!home.body.includes('/admin/dasbor'), `${who}: no link to the dashboard`);
  }
  const anon = await get(dashPath());
  assert.equal(anon.status, 303, 'anonymous: to the login page');
  assert.match(String(anon.headers.location), /\/admin\/masuk/);
});

test('the home page and the standards page link the statistics', async () => {
  for (const p of ['/', '/layanan/pembinaan-umkm-koperasi']) {
    const res = await get(BP() + p);
    assert.equal(res.status, 200);
    assert.ok(res.body.includes(`href="${BP()}/statistik"`), `${p} links /statistik`);
    assert.match(textOf(res.body), /Statistik Layanan/);
  }
});
