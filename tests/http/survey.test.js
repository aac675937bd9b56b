// HTTP tests of the satisfaction survey (issue 6 part A, PermenPANRB 14/2017): the invitation on
// /lacak, /permohonan/KODE/survei for unknown (404), unfinished (409), finished (the form) and
// answered (the thank-you page) cases; every field's 422; one response per case, also when the
// form is sent twice at once; the IKM on /statistik and the dashboard for a fixture month (July
// 2018), equal to the one computed by hand below; the comments for the staff only.
'use strict';

const { test, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  get, request, sql, q, readConfig, textOf, textById, elements, cells, attr, inputs, inputValue, exclusive,
  resetAttempts, csrfCookie, formBody, links, addStaff, login, staffGet, randomHex, CODE_ALPHABET, assertRedirect,
} = require('./lib.js');

exclusive();
before(resetAttempts);
beforeEach(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 500)}`;
const SFX = randomHex(3);
const MONTH = '2018-07';
const MONTH_DAY = '2018-07-01';
const ELEMENTS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];
const PROFILE = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'];
const REQUIRED = ELEMENTS.concat(PROFILE);

function newCode() {
  for (;;) {
    let s = '';
    for (let i = 0; i < 10; i++) s += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    const code = s.slice(0, 5) + '-' + s.slice(5);
    if (sql(`SELECT COUNT(*) FROM request WHERE tracking_code = ${q(code)}`)[0][0] === '0') return code;
  }
}

let serviceId;
let versionId;
const made = [];

// A request of July 2018 in SQL with a status: { id, code, business }.
function insertCase(status, n) {
  const code = newCode();
  const business = `Usaha Survei ${n} ${SFX}`;
  const at = `${MONTH}-${String(1 + (n % 28)).padStart(2, '0')} 08:00:00`;
  sql(`INSERT INTO request (tracking_code, submit_key, service_id, version_id, applicant_type, business_name, contact_name,
      contact_position, phone, address, kecamatan, nagari, sector, aspects, description, status, step_no, step_since,
      consent_at, submitted_at)
    VALUES (${q(code)}, ${q(randomHex(32))}, ${serviceId}, ${versionId}, 'umkm', ${q(business)}, ${q('Pemilik Rahasia ' + SFX)},
      'Pemilik', '+6281200000000', 'Jalan Uji Survei 1', 'Sijunjung', 'Nagari Uji', 'Kuliner', 'pemasaran',
      'Permohonan uji survei.', ${q(status)}, ${status === 'selesai' ? 9 : 3}, ${q(at)}, ${q(at)}, ${q(at)})`);
  const id = Number(sql(`SELECT id FROM request WHERE tracking_code = ${q(code)}`)[0][0]);
  made.push(id);
  return { id, code, business };
}

function cleanUp() {
  const mine = sql(`SELECT id FROM request WHERE business_name LIKE 'Usaha Survei %'`).map((r) => Number(r[0]));
  if (mine.length) {
    sql(`DELETE FROM survey_response WHERE request_id IN (${mine.join(',')})`);
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
});
after(cleanUp);

const surveyPath = (code) => `${BP()}/permohonan/${code}/survei`;

// Opens the survey form: { res, cookie, csrf }.
async function openSurvey(code) {
  const res = await get(surveyPath(code));
  return { res, cookie: csrfCookie(res.headers['set-cookie']), csrf: inputValue(res.body, 'csrf') };
}

// A complete set of answers, with overrides (null: left out).
function answers(overrides = {}) {
  const a = { u1: '4', u2: '3', u3: '3', u4: '4', u5: '3', u6: '4', u7: '4', u8: '2', u9: '3',
    jenis_kelamin: 'P', usia: '42', pendidikan: 'sma', pekerjaan: 'wirausaha', saran: '' };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete a[k];
    else a[k] = v;
  }
  return a;
}

function postSurvey(code, form, fields, opts = {}) {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (form.cookie) headers.Cookie = form.cookie;
  const all = [];
  if (!('csrf' in opts) || opts.csrf !== null) all.push(['csrf', form.csrf]);
  return request('POST', surveyPath(code), { headers, body: formBody(all.concat(Object.entries(fields))) });
}

const responses = (id) => Number(sql(`SELECT COUNT(*) FROM survey_response WHERE request_id = ${id}`)[0][0]);

// ---- who may answer ----

test('an unknown or malformed code is 404, as /permohonan/KODE', async () => {
  for (const code of [newCode(), 'BUKAN-KODE', 'ABCDE']) {
    const res = await get(surveyPath(code));
    assert.equal(res.status, 404, `${code}: ${show(res)}`);
    const r2 = await get(`${BP()}/permohonan/${code}`);
    assert.equal(r2.status, 404, `/permohonan/${code}`);
  }
});

test('a case not Selesai: 409 "Survei dapat diisi setelah permohonan selesai", for GET and POST, nothing stored', async () => {
  for (const status of ['diajukan', 'diproses', 'dijadwalkan', 'dikembalikan']) {
    const c = insertCase(status, 40);
    const res = await get(surveyPath(c.code));
    assert.equal(res.status, 409, `${status}: ${show(res)}`);
    assert.match(textOf(res.body), /Survei dapat diisi setelah permohonan selesai/);
    assert.equal(inputs(res.body, 'u1').length, 0, 'no form');
    // A POST with a valid csrf (from another page's cookie) is refused too.
    const open = await openSurvey(insertCase('selesai', 41).code);
    const post = await postSurvey(c.code, open, answers());
    assert.equal(post.status, 409, `${status} POST: ${show(post)}`);
    assert.equal(responses(c.id), 0);
    // No invitation on /lacak.
    const track = await get(`${BP()}/lacak?kode=${c.code}`);
    assert.ok(!links(track.body).some((h) => h.endsWith(`/permohonan/${c.code}/survei`)), `${status}: no survey link on /lacak`);
  }
});

// ---- the form ----

test('a Selesai case: /lacak invites to the survey; the form has the nine elements with the regulation\'s answers and the profile', async () => {
  const c = insertCase('selesai', 1);
  const track = await get(`${BP()}/lacak?kode=${c.code}`);
  assert.equal(track.status, 200, show(track));
  assert.ok(links(track.body).some((h) => h === surveyPath(c.code)), 'the survey link on /lacak');
  assert.match(textOf(track.body), /Survei Kepuasan Masyarakat/);

  const { res, cookie, csrf } = await openSurvey(c.code);
  assert.equal(res.status, 200, show(res));
  assert.ok(cookie && csrf, 'a CSRF cookie and token');
  assert.match(res.headers['cache-control'] || '', /no-store|private|no-cache/, 'a personal form is not cached by proxies');
  const fieldsets = elements(res.body, 'fieldset');
  const byId = (id) => fieldsets.find((f) => attr(f.attrs, 'id') === `f-${id}`);
  const want = {
    u1: ['Persyaratan', 'kesesuaian persyaratan pelayanan', ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']],
    u2: ['Sistem, mekanisme dan prosedur', 'kemudahan prosedur pelayanan', ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah']],
    u3: ['Waktu penyelesaian', 'kecepatan waktu', ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat']],
    u4: ['Biaya/tarif', 'kewajaran biaya/tarif', ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']],
    u5: ['Produk spesifikasi jenis pelayanan', 'kesesuaian produk pelayanan', ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai']],
    u6: ['Kompetensi pelaksana', 'kompetensi/kemampuan petugas', ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten']],
    u7: ['Perilaku pelaksana', 'kesopanan dan keramahan', ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah']],
    u8: ['Penanganan pengaduan, saran dan masukan', 'penanganan pengaduan', ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik']],
    u9: ['Sarana dan prasarana', 'kualitas sarana dan prasarana', ['Buruk', 'Cukup', 'Baik', 'Sangat baik']],
  };
  for (const [u, [name, question, labels]] of Object.entries(want)) {
    const fs = byId(u);
    assert.ok(fs, `a fieldset #f-${u}`);
    const legend = textOf(elements(fs.inner, 'legend')[0].inner);
    assert.ok(legend.includes(name), `${u}: legend names ${name}: ${legend}`);
    assert.ok(legend.includes(question), `${u}: legend asks about ${question}`);
    const radios = inputs(fs.inner, u);
    assert.deepEqual(radios.map((r) => attr(r, 'value')), ['1', '2', '3', '4'], `${u}: values 1..4`);
    assert.ok(radios.every((r) => attr(r, 'type') === 'radio'));
    const got = elements(fs.inner, 'label').map((l) => textOf(l.inner));
    assert.deepEqual(got, labels, `${u}: the answers' words`);
    for (let i = 1; i <= 4; i++) assert.match(fs.inner, new RegExp(`<label for="f-${u}-${i}">`), `${u}: a label for each answer`);
  }
  const gender = byId('jenis_kelamin');
  assert.deepEqual(elements(gender.inner, 'label').map((l) => textOf(l.inner)), ['Laki-laki', 'Perempuan']);
  assert.deepEqual(elements(byId('pendidikan').inner, 'label').map((l) => textOf(l.inner)),
    ['SD ke bawah', 'SMP', 'SMA', 'D1-D3', 'D4/S1', 'S2 ke atas']);
  assert.deepEqual(elements(byId('pekerjaan').inner, 'label').map((l) => textOf(l.inner)),
    ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya']);
  assert.equal(inputs(res.body, 'usia').length, 1, 'the age');
  assert.match(res.body, /<textarea id="f-saran" name="saran"[^>]*maxlength="2000"/, 'the comment, at most 2000');
  assert.ok(res.body.includes(c.business), 'the business name');
  assert.ok(!res.body.includes('Pemilik Rahasia'), 'no contact name');
});

test('every missing field is a 422 with its own message, the other answers kept; nothing stored', async () => {
  const c = insertCase('selesai', 2);
  const open = await openSurvey(c.code);
  // All missing at once: a message per required field.
  const empty = await postSurvey(c.code, open, {});
  assert.equal(empty.status, 422, show(empty));
  for (const f of REQUIRED) assert.ok(textById(empty.body, `e-${f}`), `a message for ${f}`);
  assert.match(textById(empty.body, 'e-u1'), /Persyaratan wajib dipilih/);
  assert.match(textById(empty.body, 'e-usia'), /Usia wajib diisi/);
  assert.equal(textById(empty.body, 'e-saran'), null, 'the comment is optional');
  // One missing at a time.
  for (const f of REQUIRED) {
    const res = await postSurvey(c.code, open, answers({ [f]: null, saran: 'Pelayanan cepat.' }));
    assert.equal(res.status, 422, `${f}: ${show(res)}`);
    assert.ok(textById(res.body, `e-${f}`), `${f}: its message`);
    const others = REQUIRED.filter((x) => x !== f && textById(res.body, `e-${x}`));
    assert.deepEqual(others, [], `${f}: no other message`);
    // The answers given come back checked, the comment as typed.
    if (f !== 'u1') assert.match(res.body, /id="f-u1-4"[^>]*checked/, `${f}: u1 kept`);
    if (f !== 'usia') assert.equal(inputValue(res.body, 'usia'), '42', `${f}: age kept`);
    assert.match(res.body, /Pelayanan cepat\./, `${f}: comment kept`);
    assert.match(textOf(res.body), /Jawaban belum terkirim/);
  }
  assert.equal(responses(c.id), 0);
});

test('a value outside the scale or the choices, a wrong age or a long comment: 422, nothing stored', async () => {
  const c = insertCase('selesai', 3);
  const open = await openSurvey(c.code);
  const bad = [
    [{ u1: '5' }, 'u1'], [{ u9: 'x' }, 'u9'], [{ u4: '0' }, 'u4'], [{ u5: '3.5' }, 'u5'],
    [{ jenis_kelamin: 'X' }, 'jenis_kelamin'], [{ pendidikan: 's3' }, 'pendidikan'], [{ pekerjaan: 'petani' }, 'pekerjaan'],
    [{ usia: '14' }, 'usia'], [{ usia: '101' }, 'usia'], [{ usia: 'empat puluh' }, 'usia'], [{ usia: '-20' }, 'usia'],
    [{ usia: '4 2' }, 'usia'], [{ saran: 'a'.repeat(2001) }, 'saran'],
  ];
  for (const [o, f] of bad) {
    const res = await postSurvey(c.code, open, answers(o));
    assert.equal(res.status, 422, `${JSON.stringify(o).slice(0, 60)}: ${show(res)}`);
    assert.ok(textById(res.body, `e-${f}`), `${f}: its message`);
  }
  assert.equal(responses(c.id), 0);
  // The edges are accepted: 15 and 100 years, a comment of 2000 characters.
  for (const [age, n] of [['15', 4], ['100', 5]]) {
    const d = insertCase('selesai', n);
    const o = await openSurvey(d.code);
    const res = await postSurvey(d.code, o, answers({ usia: age, saran: 'b'.repeat(2000) }));
    assert.equal(res.status, 303, `age ${age}: ${show(res)}`);
    assert.equal(responses(d.id), 1);
  }
});

test('without the CSRF token the POST is 403 and nothing is stored', async () => {
  const c = insertCase('selesai', 6);
  const open = await openSurvey(c.code);
  const res = await postSurvey(c.code, open, answers(), { csrf: null });
  assert.equal(res.status, 403, show(res));
  assert.equal(responses(c.id), 0);
});

// ---- one response per case ----

test('a valid answer: 303 to the thank-you page with the date; stored once with its time; a second POST stores nothing', async () => {
  const c = insertCase('selesai', 7);
  const open = await openSurvey(c.code);
  const res = await postSurvey(c.code, open, answers({ saran: 'Petugas ramah.\nTerima kasih.' }));
  assertRedirect(res, `/permohonan/${c.code}/survei`, 'the answer');
  const row = sql(`SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation, comment,
      TIMESTAMPDIFF(SECOND, submitted_at, NOW()) < 120, month = DATE_FORMAT(NOW(), '%Y-%m-01')
    FROM survey_response WHERE request_id = ${c.id}`);
  assert.deepEqual(row, [['4', '3', '3', '4', '3', '4', '4', '2', '3', 'P', '42', 'sma', 'wirausaha', 'Petugas ramah.\nTerima kasih.', '1', '1']]);
  const done = await get(surveyPath(c.code));
  assert.equal(done.status, 200, show(done));
  const date = sql(`SELECT DATE_FORMAT(submitted_at, '%e') FROM survey_response WHERE request_id = ${c.id}`)[0][0];
  assert.match(textById(done.body, 'survei-terjawab'), new RegExp(`telah dijawab pada ${date} \\S+ \\d{4}`));
  assert.equal(inputs(done.body, 'u1').length, 0, 'no form again');
  // /lacak no longer invites; it thanks.
  const track = await get(`${BP()}/lacak?kode=${c.code}`);
  assert.ok(!links(track.body).some((h) => h.endsWith(`/permohonan/${c.code}/survei`)), 'no survey link on /lacak once answered');
  assert.match(textById(track.body, 'survei-terisi'), /sudah\s+diisi/);
  // The same form sent again (the back button): the thank-you page, nothing stored twice.
  const again = await postSurvey(c.code, open, answers({ u1: '1' }));
  assertRedirect(again, `/permohonan/${c.code}/survei`, 'the second POST');
  assert.equal(responses(c.id), 1);
  assert.equal(sql(`SELECT u1 FROM survey_response WHERE request_id = ${c.id}`)[0][0], '4', 'the first answer kept');
});

test('a double click (two POSTs at once) stores one response; both get the thank-you page', async () => {
  const c = insertCase('selesai', 8);
  const open = await openSurvey(c.code);
  const [a, b] = await Promise.all([postSurvey(c.code, open, answers()), postSurvey(c.code, open, answers({ u2: '1' }))]);
  for (const r of [a, b]) assertRedirect(r, `/permohonan/${c.code}/survei`, 'each POST');
  assert.equal(responses(c.id), 1);
});

test('too many answers from one address: 429', async () => {
  const limit = Number(readConfig()['Limits.Submissions'] || 10);
  if (limit > 20) return; // a raised limit (bench configs): nothing to check here
  for (let i = 0; i < limit; i++) {
    const c = insertCase('selesai', 100 + i);
    const open = await openSurvey(c.code);
    const res = await postSurvey(c.code, open, answers());
    assert.equal(res.status, 303, `answer ${i + 1}: ${show(res)}`);
  }
  const c = insertCase('selesai', 200);
  const open = await openSurvey(c.code);
  const res = await postSurvey(c.code, open, answers());
  assert.equal(res.status, 429, show(res));
  assert.equal(responses(c.id), 0);
});

// ---- the index on /statistik and the dashboard ----

// The worked example of tests/unit/check_ikm.c: ten responses of July 2018.
//   sums per element 32 30 31 40 32 33 36 29 30 (total 293), means 3,20 3,00 3,10 4,00 3,20 3,30
//   3,60 2,90 3,00; weighted (x 1/9) 0,356 0,333 0,344 0,444 0,356 0,367 0,400 0,322 0,333, their
//   sum 29,3 / 9 = 3,256; IKM = 3,25556 x 25 = 81,39 -> "81,4", B (Baik).
const EXAMPLE = [
  [4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 3, 4, 3, 3, 4, 3, 3], [4, 3, 3, 4, 3, 4, 4, 2, 3],
  [3, 2, 3, 4, 3, 3, 3, 3, 3], [3, 3, 2, 4, 3, 3, 4, 3, 2], [4, 3, 3, 4, 4, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 2, 3],
  [2, 3, 3, 4, 3, 3, 3, 3, 3], [3, 3, 4, 4, 3, 4, 4, 3, 3],
];
const MEANS = ['3,20', '3,00', '3,10', '4,00', '3,20', '3,30', '3,60', '2,90', '3,00'];
const WEIGHTED = ['0,356', '0,333', '0,344', '0,444', '0,356', '0,367', '0,400', '0,322', '0,333'];

function insertResponse(id, u, day, comment = null) {
  sql(`INSERT INTO survey_response (request_id, submitted_at, month, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age,
      education, occupation, comment)
    VALUES (${id}, '${MONTH}-${String(day).padStart(2, '0')} 10:00:00', ${q(MONTH_DAY)}, ${u.join(', ')}, 'L', 35, 'sma',
      'wirausaha', ${q(comment)})`);
}

function rowCells(html, id) {
  const tr = elements(html, 'tr').find((e) => attr(e.attrs, 'id') === id);
  assert.ok(tr, `a row #${id}`);
  return cells(tr.inner).map((c) => c.text);
}

test('the IKM of a fixture month on /statistik equals the one computed by hand, and follows a new response at once', async () => {
  const path = `${BP()}/statistik?dari=${MONTH}&sampai=${MONTH}`;
  const cases = EXAMPLE.map((_, i) => insertCase('selesai', 300 + i));
  const comment = `Ruang tunggu panas ${SFX}`;
  EXAMPLE.slice(0, 9).forEach((u, i) => insertResponse(cases[i].id, u, 10 + i, i === 2 ? comment : null));
  // Nine responses: the page is made and kept.
  const nine = await get(path);
  assert.equal(nine.status, 200, show(nine));
  assert.equal(textById(nine.body, 'ikm-responden'), '9');
  // The tenth: the trigger bumps the requests' version, so the kept page is made again.
  insertResponse(cases[9].id, EXAMPLE[9], 25);
  const res = await get(path);
  assert.equal(res.status, 200, show(res));
  assert.equal(textById(res.body, 'ikm-responden'), '10');
  assert.equal(textById(res.body, 'ikm-nilai'), '81,4');
  assert.equal(textById(res.body, 'ikm-mutu'), 'B (Baik)');
  assert.equal(textById(res.body, 'ikm-tertimbang'), '3,256');
  ELEMENTS.forEach((u, i) => {
    const cellsOf = rowCells(res.body, `unsur-${u}`);
    assert.deepEqual(cellsOf.slice(1), [MEANS[i], WEIGHTED[i]], `${u}`);
  });
  assert.ok(!res.body.includes(comment), 'no comment in public');
  assert.ok(!res.body.includes(SFX), 'no fixture text in public');
  // An empty month says so.
  const none = await get(`${BP()}/statistik?dari=2018-06&sampai=2018-06`);
  assert.equal(none.status, 200);
  assert.match(textById(none.body, 'ikm-kosong'), /Belum ada responden/);

  // The dashboard: the same index and the comments, with the tracking code.
  const kadis = addStaff({ role: 'kepala_dinas' });
  const jar = await login(kadis.username, kadis.password);
  const dash = await staffGet(jar, `${BP()}/admin/dasbor?dari=${MONTH}&sampai=${MONTH}`);
  assert.equal(dash.status, 200, show(dash));
  assert.equal(textById(dash.body, 'ikm-nilai'), '81,4');
  assert.ok(textOf(dash.body).includes(comment), 'the comment for the staff');
  assert.ok(dash.body.includes(cases[2].code), 'with its tracking code');
  assert.ok(!dash.body.includes('Pemilik Rahasia'), 'no applicant name needed');
});
