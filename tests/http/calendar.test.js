// HTTP tests of the working calendar administered (issue 5, point 1): the office hours of the
// week saved at once, with a message per rule at its field; holidays added (one day or a range),
// refused when already set, removed; holidays imported from a CSV file all or nothing (the file
// of tests/data/hari-libur-2026.csv gives the 25 rows of the file; a wrong file changes nothing
// and lists its line errors); the standards page shows the office hours after a change. The
// calendar is put back as it was at the end: other files rely on the shipped defaults.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  request, get, sql, q, readConfig, textOf, elements, attr, inputValue, inputs, textById, poll, exclusive,
  resetAttempts, assertHtmlUtf8, assertRedirect, multipart, postForm, staffGet, login, staffCsrf, addStaff,
  officeClock, newCase, SERVICE_PATH, ADMIN_PATH: A,
} = require('./lib.js');

exclusive();

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 800)}`;
const CAL = `${A}/kalender`;
const CSV_FILE = path.join(__dirname, '..', 'data', 'hari-libur-2026.csv');
const CSV_TEXT = fs.readFileSync(CSV_FILE, 'utf8');
// The rows of the file: [day, kind, name], in its order.
const CSV_ROWS = CSV_TEXT.trim().split('\n').slice(1).map((l) => l.split(','));

const DEFAULT_HOURS_TEXT = 'Senin–Kamis 07.30–12.00 dan 13.00–16.00 WIB; Jumat 07.30–11.30 dan 13.30–16.30 WIB';
const CLOCK_SENTENCE = 'Waktu penyelesaian dihitung dalam jam kerja pada hari kerja; untuk langkah Melakukan '
  + 'Pembinaan, waktu dihitung sejak tanggal pembinaan yang ditetapkan dalam Surat Tugas.';

// ---- the calendar as stored ----

const hoursRows = () => sql("SELECT weekday, position, TIME_FORMAT(opens, '%H:%i'), TIME_FORMAT(closes, '%H:%i') "
  + 'FROM office_hours ORDER BY weekday, position').map((r) => r.join(' '));
const holidayRows = (where = '1') => sql(`SELECT day, kind, name FROM holiday WHERE ${where} ORDER BY day`);
const holidayState = () => JSON.stringify(sql('SELECT day, kind, name, created_by, created_at FROM holiday ORDER BY day'));
const calendarState = () => JSON.stringify([hoursRows(), holidayState()]);

let saved = null;

// Puts the office hours and holidays back as they were before this file, then saves that week
// through the form, so that the due times of the waiting cases are set anew by that calendar.
async function restoreCalendar() {
  if (!saved) return;
  const stmts = ['DELETE FROM office_hours', 'DELETE FROM holiday'];
  for (const [w, p, o, c] of saved.hours) stmts.push(`INSERT INTO office_hours VALUES (${w}, ${p}, ${q(o)}, ${q(c)})`);
  for (const [d, k, n, by, at] of saved.holidays) {
    stmts.push(`INSERT INTO holiday (day, kind, name, created_by, created_at) VALUES (${q(d)}, ${q(k)}, ${q(n)}, ${by === null ? 'NULL' : Number(by)}, ${q(at)})`);
  }
  sql(stmts.join('; '));
  if (!admin.csrf) return;
  const week = {};
  for (const [w, p, o, c] of saved.hours) week[`${w}_${p}`] = [o.slice(0, 5).replace(':', '.'), c.slice(0, 5).replace(':', '.')];
  const res = await post('/jam', weekFields(week));
  assert.equal(res.status, 303, `the week saved again: ${show(res)}`);
}

// ---- the administrator's browser ----

const admin = {};
before(async () => {
  resetAttempts();
  saved = {
    hours: sql('SELECT weekday, position, opens, closes FROM office_hours ORDER BY weekday, position'),
    holidays: sql('SELECT day, kind, name, created_by, created_at FROM holiday ORDER BY day'),
  };
  const u = addStaff({ role: 'admin', name: 'Ani Admin Kalender' });
  admin.id = u.id;
  admin.jar = await login(u.username, u.password);
  admin.csrf = await staffCsrf(admin.jar);
  assert.ok(admin.csrf, 'a csrf token for the administrator');
});

after(async () => {
  await restoreCalendar();
  resetAttempts();
});

const page = (query = '') => staffGet(admin.jar, BP() + CAL + query);
const post = (p, fields) => postForm(admin.jar, BP() + CAL + p, [['csrf', admin.csrf]].concat(Object.entries(fields)));

// The week's form fields: every span empty, then the given ones ({ 'D_N': ['07.30', '12.00'] }).
function weekFields(spans) {
  const f = {};
  for (let d = 1; d <= 7; d++) {
    for (let n = 1; n <= 4; n++) {
      const s = spans[`${d}_${n}`] || ['', ''];
      f[`hari_${d}_${n}_buka`] = s[0];
      f[`hari_${d}_${n}_tutup`] = s[1];
    }
  }
  return f;
}

// The shipped week, as the form shows it.
const DEFAULT_WEEK = {
  '1_1': ['07.30', '12.00'], '1_2': ['13.00', '16.00'], '2_1': ['07.30', '12.00'], '2_2': ['13.00', '16.00'],
  '3_1': ['07.30', '12.00'], '3_2': ['13.00', '16.00'], '4_1': ['07.30', '12.00'], '4_2': ['13.00', '16.00'],
  '5_1': ['07.30', '11.30'], '5_2': ['13.30', '16.30'],
};

// POSTs a CSV file (a string or a Buffer) as the import form's berkas.
function importFile(content, { filename = 'hari-libur.csv', type = 'text/csv' } = {}) {
  const files = content === null ? {} : { berkas: { filename, type, content: Buffer.from(content) } };
  const { body, contentType } = multipart([['csrf', admin.csrf]], files);
  return request('POST', BP() + CAL + '/impor', { headers: { 'Content-Type': contentType, Cookie: admin.jar }, body, timeout: 30000 });
}

// The line errors listed at the import's field.
function importErrors(html) {
  const list = elements(html, 'ul').find((u) => attr(u.attrs, 'id') === 'l-berkas');
  return list ? elements(list.inner, 'li').map((li) => textOf(li.inner)) : [];
}

// The text of the standards page (the public program, cached per content version).
async function standardsText() {
  const res = await get(BP() + SERVICE_PATH);
  assert.equal(res.status, 200, `GET ${SERVICE_PATH}`);
  return textOf(res.body);
}

// ---- the page ----

test('the calendar page shows the week as saved and the holidays of a year, oldest first, with their kinds', async () => {
  const res = await page('?tahun=2026');
  assert.equal(res.status, 200, show(res));
  assertHtmlUtf8(res, 'GET /admin/kalender');
  assert.match(textOf(res.body), /Kalender Kerja/);
  for (const [k, [o, c]] of Object.entries(DEFAULT_WEEK)) {
    assert.equal(inputValue(res.body, `hari_${k}_buka`), o, `hari_${k}_buka`);
    assert.equal(inputValue(res.body, `hari_${k}_tutup`), c, `hari_${k}_tutup`);
  }
  assert.equal(inputValue(res.body, 'hari_6_1_buka'), '', 'Sabtu is not worked');
  assert.equal(inputValue(res.body, 'hari_1_3_buka'), '', 'a third span of Senin is empty');
  // Every time field has a label naming its day and span.
  const label = elements(res.body, 'label').find((l) => attr(l.attrs, 'for') === 'f-hari_5_2_tutup');
  assert.ok(label, 'a label for hari_5_2_tutup');
  assert.equal(textOf(label.inner), 'Tutup sesi 2 hari Jumat');
  const table = elements(res.body, 'table').find((t) => /Hari libur tahun 2026/.test(t.inner));
  assert.ok(table, 'the table of the holidays of 2026');
  const rows = elements(elements(table.inner, 'tbody')[0].inner, 'tr').map((tr) => textOf(tr.inner));
  const inDb = holidayRows("YEAR(day) = 2026");
  assert.equal(rows.length, inDb.length, 'a row per holiday of 2026');
  assert.match(rows[0], /^Kamis, 1 Januari 2026 Libur nasional Tahun Baru 2026 Masehi Hapus/);
  assert.match(rows.find((r) => /Imlek/.test(r) && /Cuti/.test(r)), /^Senin, 16 Februari 2026 Cuti bersama Cuti Bersama Tahun Baru Imlek/);
  // The years: those with holidays, this year and the next; the one shown marked.
  const clock = officeClock();
  const years = elements(res.body, 'nav').find((n) => attr(n.attrs, 'class') === 'year-nav');
  const yearLinks = elements(years.inner, 'a').map((a) => ({ text: textOf(a.inner), current: /aria-current/.test(a.attrs) }));
  for (const y of [2026, clock.year, clock.year + 1]) assert.ok(yearLinks.some((l) => l.text === String(y)), `a link to ${y}`);
  assert.deepEqual(yearLinks.filter((l) => l.current).map((l) => l.text), ['2026']);
  // Without ?tahun, the current year (WIB).
  const cur = await page();
  assert.match(textOf(cur.body), new RegExp(`Hari libur tahun ${clock.year}`));
  // The admin's menu and home page lead here.
  const home = await staffGet(admin.jar, BP() + A + '/');
  assert.ok(elements(home.body, 'a').some((a) => attr(a.attrs, 'href') === BP() + CAL && /Kalender/.test(textOf(a.inner))),
    'the admin home links to the calendar');
});

test('a year without holidays says so', async () => {
  const res = await page('?tahun=2098');
  assert.equal(res.status, 200, show(res));
  assert.match(textOf(res.body), /Belum ada hari libur pada tahun 2098\./);
});

// ---- the office hours ----

test('the week is saved at once (times typed with . or :, spans renumbered) and the standards page follows', async () => {
  const before0 = await standardsText();
  assert.ok(before0.includes(`Jam pelayanan ${DEFAULT_HOURS_TEXT}`), `the shipped hours on the standards page: ${before0.slice(0, 600)}`);
  assert.ok(before0.includes(CLOCK_SENTENCE), 'the sentence on how time is counted');
  const week = Object.assign({}, DEFAULT_WEEK, {
    '5_2': ['14:00', '17:00'],
    // Sabtu: one span typed in the third row, with a one-digit hour.
    '6_3': ['8.00', '12:00'],
  });
  const res = await post('/jam', weekFields(week));
  assertRedirect(res, CAL + '?pesan=jam', 'POST /jam');
  assert.deepEqual(hoursRows(), [
    '1 1 07:30 12:00', '1 2 13:00 16:00', '2 1 07:30 12:00', '2 2 13:00 16:00', '3 1 07:30 12:00', '3 2 13:00 16:00',
    '4 1 07:30 12:00', '4 2 13:00 16:00', '5 1 07:30 11:30', '5 2 14:00 17:00', '6 1 08:00 12:00',
  ]);
  const after0 = await page('?pesan=jam');
  assert.match(textOf(after0.body), /Jam kerja disimpan\./);
  assert.equal(inputValue(after0.body, 'hari_6_1_buka'), '08.00');
  assert.equal(inputValue(after0.body, 'hari_5_2_tutup'), '17.00');
  const expected = 'Jam pelayanan Senin–Kamis 07.30–12.00 dan 13.00–16.00 WIB; Jumat 07.30–11.30 dan 14.00–17.00 WIB; '
    + 'Sabtu 08.00–12.00 WIB';
  const text = await poll(async () => {
    const t = await standardsText();
    return t.includes(expected) ? t : null;
  }, { ms: 5000 });
  assert.ok(text, `the standards page shows the new hours: ${expected}`);
  // Two equal neighbours are named with "dan", a lone different day on its own.
  const res2 = await post('/jam', weekFields({ '1_1': ['08.00', '12.00'], '2_1': ['08.00', '12.00'], '4_1': ['09.00', '10.00'] }));
  assertRedirect(res2, CAL + '?pesan=jam', 'POST /jam (two days)');
  const text2 = await poll(async () => {
    const t = await standardsText();
    return t.includes('Jam pelayanan Senin dan Selasa 08.00–12.00 WIB; Kamis 09.00–10.00 WIB') ? t : null;
  }, { ms: 5000 });
  assert.ok(text2, 'Senin dan Selasa; Kamis');
  // Back to the shipped week through the form.
  assertRedirect(await post('/jam', weekFields(DEFAULT_WEEK)), CAL + '?pesan=jam', 'POST /jam (defaults)');
  assert.equal(hoursRows().length, 10);
  assert.ok(await poll(async () => (await standardsText()).includes(DEFAULT_HOURS_TEXT) || null, { ms: 5000 }), 'defaults shown again');
});

// Each rule of the week: the form as sent, the field that gets the message, a part of it.
const WEEK_RULES = [
  { what: 'a span with its opening time only', spans: { '2_3': ['14.00', ''] }, field: 'hari_2_3_tutup',
    msg: 'Jam tutup sesi 3 hari Selasa wajib diisi bila jam bukanya diisi.' },
  { what: 'a span with its closing time only', spans: { '2_3': ['', '17.00'] }, field: 'hari_2_3_buka',
    msg: 'Jam buka sesi 3 hari Selasa wajib diisi bila jam tutupnya diisi.' },
  { what: 'a time that is not one (hour 25)', spans: { '3_1': ['25.00', '12.00'] }, field: 'hari_3_1_buka', msg: 'tidak valid' },
  { what: 'a time that is not one (minute 60)', spans: { '3_1': ['07.30', '12.60'] }, field: 'hari_3_1_tutup', msg: 'tidak valid' },
  { what: 'a time that is not one (one minute digit)', spans: { '3_1': ['7.3', '12.00'] }, field: 'hari_3_1_buka', msg: 'tidak valid' },
  { what: 'a time that is not one (words)', spans: { '3_1': ['pagi', '12.00'] }, field: 'hari_3_1_buka',
    msg: 'Jam buka sesi 1 hari Rabu tidak valid; tulis jam dan menit, misalnya 07.30.' },
  { what: 'a span that closes before it opens', spans: { '4_1': ['13.00', '12.00'] }, field: 'hari_4_1_tutup',
    msg: 'Jam tutup sesi 1 hari Kamis harus setelah jam bukanya (13.00).' },
  { what: 'a span that closes when it opens', spans: { '4_1': ['12.00', '12.00'] }, field: 'hari_4_1_tutup', msg: 'harus setelah jam bukanya' },
  { what: 'spans that overlap', spans: { '1_2': ['11.00', '16.00'] }, field: 'hari_1_2_buka',
    msg: 'Sesi 2 hari Senin harus dimulai setelah sesi sebelumnya berakhir (12.00).' },
  { what: 'spans out of order', spans: { '5_1': ['13.30', '16.30'], '5_2': ['07.30', '11.30'] }, field: 'hari_5_2_buka',
    msg: 'harus dimulai setelah sesi sebelumnya berakhir (16.30)' },
];

for (const rule of WEEK_RULES) {
  test(`the week is refused with ${rule.what}: 422, the message at its field, the input kept, nothing saved`, async () => {
    const state = calendarState();
    const fields = weekFields(Object.assign({}, DEFAULT_WEEK, rule.spans));
    const res = await post('/jam', fields);
    assert.equal(res.status, 422, show(res));
    const msg = textById(res.body, `e-${rule.field}`);
    assert.ok(msg && msg.includes(rule.msg), `e-${rule.field}: "${msg}" has "${rule.msg}"`);
    assert.match(textOf(res.body), /Perubahan belum tersimpan/);
    const input = inputs(res.body, rule.field)[0];
    assert.equal(attr(input, 'aria-invalid'), 'true', `${rule.field} is marked invalid`);
    assert.match(attr(input, 'aria-describedby') || '', new RegExp(`e-${rule.field}`));
    for (const [name, value] of Object.entries(fields)) {
      assert.equal(inputValue(res.body, name), value, `${name} kept as typed`);
    }
    assert.equal(calendarState(), state, 'nothing saved');
  });
}

test('a week without any working day is refused (422) with its message, nothing saved', async () => {
  const state = calendarState();
  const res = await post('/jam', weekFields({}));
  assert.equal(res.status, 422, show(res));
  assert.equal(textById(res.body, 'e-pekan'), 'Kesalahan: Sekurang-kurangnya satu hari dalam sepekan harus memiliki jam kerja.');
  assert.equal(calendarState(), state, 'nothing saved');
  // Fields not sent at all are empty spans: the same answer.
  const res2 = await postForm(admin.jar, BP() + CAL + '/jam', [['csrf', admin.csrf]]);
  assert.equal(res2.status, 422, show(res2));
  assert.equal(calendarState(), state, 'nothing saved');
});

// ---- the clock of the waiting cases follows the calendar ----

test('a change of the week or of the holidays sets anew when the waiting cases\' steps run out', async () => {
  const c = await newCase();
  const due = () => sql(`SELECT step_due, DAYOFWEEK(step_due), TIME(step_due), DATE(step_due) FROM request WHERE id = ${c.id}`)[0];
  const [first] = due();
  assert.ok(first, `case ${c.id} has a due time at its step`);
  // Only Minggu 08.00-09.00 worked: the 3 minutes of step 2 run out on a Sunday in that hour.
  assertRedirect(await post('/jam', weekFields({ '7_1': ['08.00', '09.00'] })), CAL + '?pesan=jam', 'POST /jam (Minggu)');
  const [onSunday, dow, time] = due();
  assert.notEqual(onSunday, first, 'the due time moved');
  assert.equal(dow, '1', `due on a Sunday: ${onSunday}`);
  assert.ok(time >= '08:00:00' && time <= '09:00:00', `due within 08.00-09.00: ${onSunday}`);
  // Back to the shipped week: the due time as before.
  assertRedirect(await post('/jam', weekFields(DEFAULT_WEEK)), CAL + '?pesan=jam', 'POST /jam (defaults)');
  const [again, , , day] = due();
  assert.equal(again, first, 'the due time as before');
  // That day made a holiday: the due time moves to a later day; removed: back again.
  assertRedirect(await post('/libur', { tanggal: day, sampai: '', jenis: 'tutup_kantor', keterangan: 'Uji jam kerja' }),
    CAL + `?tahun=${day.slice(0, 4)}&pesan=libur`, 'POST /libur');
  assert.ok(due()[3] > day, `due after the holiday ${day}: ${due()[0]}`);
  assertRedirect(await post(`/libur/${day}/hapus`, {}), CAL + `?tahun=${day.slice(0, 4)}&pesan=hapus`, 'POST /libur/.../hapus');
  assert.equal(due()[0], first, 'the due time as before');
  // An import that makes it a holiday moves it too; nothing else of the case changes.
  assertRedirect(await importFile(`tanggal,jenis,keterangan\n${day},libur_nasional,Uji impor\n`),
    CAL + `?tahun=${day.slice(0, 4)}&pesan=impor&jumlah=1`, 'POST /impor');
  assert.ok(due()[3] > day, `due after the imported holiday ${day}: ${due()[0]}`);
  assertRedirect(await post(`/libur/${day}/hapus`, {}), CAL + `?tahun=${day.slice(0, 4)}&pesan=hapus`, 'POST /libur/.../hapus');
  assert.equal(due()[0], first, 'the due time as before');
});

// ---- holidays added and removed ----

test('a holiday is added (one day, then a range of days, a row each, by the admin) and removed', async () => {
  sql("DELETE FROM holiday WHERE YEAR(day) = 2091");
  const res = await post('/libur', { tanggal: '2091-03-12', sampai: '', jenis: 'tutup_kantor', keterangan: 'Kantor tutup karena banjir' });
  assertRedirect(res, CAL + '?tahun=2091&pesan=libur', 'POST /libur');
  assert.deepEqual(sql("SELECT day, kind, name, created_by FROM holiday WHERE YEAR(day) = 2091"),
    [['2091-03-12', 'tutup_kantor', 'Kantor tutup karena banjir', String(admin.id)]]);
  const shown = await page('?tahun=2091&pesan=libur');
  assert.match(textOf(shown.body), /Hari libur ditambahkan\./);
  assert.match(textOf(shown.body), /12 Maret 2091 Kantor tutup Kantor tutup karena banjir/);
  // A range: every day from the first to the last, 31 days at most.
  const res2 = await post('/libur', { tanggal: '2091-12-01', sampai: '2091-12-31', jenis: 'cuti_bersama', keterangan: 'Cuti bersama uji' });
  assertRedirect(res2, CAL + '?tahun=2091&pesan=libur', 'POST /libur (a range)');
  const days = holidayRows("day BETWEEN '2091-12-01' AND '2091-12-31'");
  assert.equal(days.length, 31);
  assert.deepEqual(days[0], ['2091-12-01', 'cuti_bersama', 'Cuti bersama uji']);
  assert.deepEqual(days[30], ['2091-12-31', 'cuti_bersama', 'Cuti bersama uji']);
  // Removed, one day.
  const del = await post('/libur/2091-03-12/hapus', {});
  assertRedirect(del, CAL + '?tahun=2091&pesan=hapus', 'POST /libur/2091-03-12/hapus');
  assert.deepEqual(holidayRows("day = '2091-03-12'"), []);
  assert.match(textOf((await page('?tahun=2091&pesan=hapus')).body), /Hari libur dihapus\./);
  assert.equal(holidayRows("YEAR(day) = 2091").length, 31, 'only that day');
  // A day that is not a holiday, or not a date: 404.
  const state = calendarState();
  for (const p of ['/libur/2091-03-12/hapus', '/libur/2091-02-30/hapus', '/libur/kemarin/hapus']) {
    const r = await post(p, {});
    assert.equal(r.status, 404, `POST ${p}: ${show(r)}`);
  }
  assert.equal(calendarState(), state, 'nothing removed');
  sql("DELETE FROM holiday WHERE YEAR(day) = 2091");
});

// Each rule of the holiday form.
const HOLIDAY_RULES = [
  { what: 'no date', fields: { tanggal: '' }, field: 'tanggal', msg: 'Tanggal wajib diisi.' },
  { what: 'a date that does not exist', fields: { tanggal: '2092-02-30' }, field: 'tanggal', msg: 'Tanggal bukan tanggal yang valid.' },
  { what: 'a last day that is not a date', fields: { sampai: '31-12-2092' }, field: 'sampai', msg: 'Tanggal terakhir bukan tanggal yang valid.' },
  { what: 'a last day before the first', fields: { tanggal: '2092-05-10', sampai: '2092-05-09' }, field: 'sampai',
    msg: 'Tanggal terakhir tidak boleh sebelum tanggal pertama.' },
  { what: 'a range of 32 days', fields: { tanggal: '2092-05-01', sampai: '2092-06-01' }, field: 'sampai', msg: 'paling lama 31 hari' },
  { what: 'no kind', fields: { jenis: '' }, field: 'jenis', msg: 'Jenis hari libur wajib dipilih.' },
  { what: 'a kind not offered', fields: { jenis: 'libur_daerah' }, field: 'jenis', msg: 'tidak sesuai dengan pilihan yang tersedia' },
  { what: 'no name', fields: { keterangan: '  ' }, field: 'keterangan', msg: 'Keterangan wajib diisi.' },
  { what: 'a name of 201 characters', fields: { keterangan: 'é'.repeat(201) }, field: 'keterangan', msg: 'Keterangan terlalu panjang.' },
  { what: 'a name with markup', fields: { keterangan: '<b>Libur</b>' }, field: 'keterangan', msg: 'tanda < atau >' },
  { what: 'a day that is already a holiday', fields: { tanggal: '2026-08-17' }, field: 'tanggal',
    msg: 'Tanggal 17 Agustus 2026 sudah ditetapkan sebagai hari libur: Proklamasi Kemerdekaan Republik Indonesia.' },
  { what: 'a range over days that are already holidays', fields: { tanggal: '2026-03-15', sampai: '2026-03-25' }, field: 'tanggal',
    msg: 'Dalam rentang itu 7 tanggal sudah ditetapkan sebagai hari libur, antara lain 18 Maret 2026: Cuti Bersama Hari Suci Nyepi.' },
];

for (const rule of HOLIDAY_RULES) {
  test(`a holiday is refused with ${rule.what}: 422, the message at its field, the input kept, nothing saved`, async () => {
    const state = calendarState();
    const fields = Object.assign({ tanggal: '2092-05-10', sampai: '', jenis: 'libur_nasional', keterangan: 'Hari uji "Kalender"' }, rule.fields);
    const res = await post('/libur', fields);
    assert.equal(res.status, 422, show(res));
    const msg = textById(res.body, `e-${rule.field}`);
    assert.ok(msg && msg.includes(rule.msg), `e-${rule.field}: "${msg}" has "${rule.msg}"`);
    assert.equal(calendarState(), state, 'nothing saved');
    // The form comes back as typed (values trimmed), the kind still chosen if it was one.
    for (const name of ['tanggal', 'sampai', 'keterangan']) {
      assert.equal(inputValue(res.body, name), fields[name].trim(), `${name} kept`);
    }
    const checked = inputs(res.body, 'jenis').filter((a) => /\bchecked\b/.test(a)).map((a) => attr(a, 'value'));
    assert.deepEqual(checked, ['libur_nasional', 'cuti_bersama', 'tutup_kantor'].includes(fields.jenis) ? [fields.jenis] : []);
    // The page shows the year of the date typed.
    if (/^2026/.test(fields.tanggal)) assert.match(textOf(res.body), /Hari libur tahun 2026/);
  });
}

// ---- the import ----

test('the CSV file of 2026 imports its 25 holidays, equal to the file, by the admin', async () => {
  sql('DELETE FROM holiday WHERE YEAR(day) = 2026');
  const res = await importFile(fs.readFileSync(CSV_FILE));
  assertRedirect(res, CAL + '?tahun=2026&pesan=impor&jumlah=25', 'POST /impor');
  assert.deepEqual(holidayRows('YEAR(day) = 2026'), CSV_ROWS);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM holiday WHERE YEAR(day) = 2026 AND created_by = ${admin.id}`)[0][0]), 25);
  const shown = await page('?tahun=2026&pesan=impor&jumlah=25');
  assert.match(textOf(shown.body), /25 hari libur diimpor\./);
  assert.match(textOf(shown.body), /Hari libur tahun 2026 \(25 hari\)/);
});

test('an import updates the dates that are set (kind and name) and adds the others; BOM, CRLF and quoted fields are read', async () => {
  const before0 = holidayRows('YEAR(day) = 2026');
  assert.equal(before0.length, 25);
  const text = '\ufefftanggal,jenis,keterangan\r\n'
    + '2026-08-17,libur_nasional,"Hari Proklamasi, ""HUT RI"" ke-81"\r\n'
    + '2026-12-24,tutup_kantor,Kantor tutup\r\n'
    + '"2026-12-31","cuti_bersama","Cuti Bersama\r\nAkhir Tahun"\r\n';
  const bad = await importFile(text);
  // A name with a line break is refused: the whole file, with the line it began on.
  assert.equal(bad.status, 422, show(bad));
  assert.deepEqual(importErrors(bad.body), ['Baris 4: keterangan memuat karakter yang tidak dapat diterima (baris baru, < atau >).']);
  assert.deepEqual(holidayRows('YEAR(day) = 2026'), before0, 'nothing saved');
  const good = text.replace('Cuti Bersama\r\nAkhir Tahun', 'Cuti Bersama Akhir Tahun');
  const res = await importFile(good);
  assertRedirect(res, CAL + '?tahun=2026&pesan=impor&jumlah=3', 'POST /impor (update)');
  const after0 = holidayRows('YEAR(day) = 2026');
  assert.equal(after0.length, 26);
  assert.deepEqual(after0.find((r) => r[0] === '2026-08-17'), ['2026-08-17', 'libur_nasional', 'Hari Proklamasi, "HUT RI" ke-81']);
  assert.deepEqual(after0.find((r) => r[0] === '2026-12-24'), ['2026-12-24', 'tutup_kantor', 'Kantor tutup']);
  assert.deepEqual(after0.find((r) => r[0] === '2026-12-31'), ['2026-12-31', 'cuti_bersama', 'Cuti Bersama Akhir Tahun']);
  // The file again: the 25 of the file, 2026-12-31 stays.
  assertRedirect(await importFile(CSV_TEXT), CAL + '?tahun=2026&pesan=impor&jumlah=25', 'POST /impor (again)');
  assert.deepEqual(holidayRows("YEAR(day) = 2026 AND day <> '2026-12-31'"), CSV_ROWS);
});

// Lines of the 2026 file with one changed: line numbers as in the file (the header is line 1).
function fileWith(changes) {
  const lines = CSV_TEXT.trim().split('\n');
  for (const [no, line] of Object.entries(changes)) lines[Number(no) - 1] = line;
  return lines.filter((l) => l !== null).join('\n') + '\n';
}

const BAD_FILES = [
  { what: 'a date that does not exist', content: () => fileWith({ 7: '2026-02-30,libur_nasional,Hari Suci Nyepi' }),
    errors: ['Baris 7: tanggal 2026-02-30 tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2026-08-17.'] },
  { what: 'a date written another way', content: () => fileWith({ 3: '16/01/2026,libur_nasional,Isra Mikraj' }),
    errors: ['Baris 3: tanggal 16/01/2026 tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2026-08-17.'] },
  { what: 'a kind not known', content: () => fileWith({ 4: '2026-02-16,libur_daerah,Cuti Bersama Tahun Baru Imlek' }),
    errors: ['Baris 4: jenis libur_daerah tidak dikenal; gunakan libur_nasional, cuti_bersama atau tutup_kantor.'] },
  { what: 'a date twice', content: () => fileWith({ 10: '2026-03-21,libur_nasional,Idul Fitri 1447 H' }),
    errors: ['Baris 10: tanggal 2026-03-21 sudah ada pada baris 9.'] },
  { what: 'an empty name', content: () => fileWith({ 5: '2026-02-17,libur_nasional,' }), errors: ['Baris 5: keterangan wajib diisi.'] },
  { what: 'a name of 201 characters', content: () => fileWith({ 5: `2026-02-17,libur_nasional,${'x'.repeat(201)}` }),
    errors: ['Baris 5: keterangan lebih dari 200 karakter.'] },
  { what: 'a line of two columns', content: () => fileWith({ 6: '2026-03-18,cuti_bersama' }),
    errors: ['Baris 6: harus berisi 3 kolom (tanggal, jenis, keterangan), terbaca 2.'] },
  { what: 'several wrong lines (each listed)', content: () => fileWith({ 2: '2026-13-01,libur_nasional,A', 3: '2026-01-16,libur,B', 26: ',,' }),
    errors: ['Baris 2: tanggal 2026-13-01 tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2026-08-17.',
      'Baris 3: jenis libur tidak dikenal; gunakan libur_nasional, cuti_bersama atau tutup_kantor.',
      'Baris 26: tanggal wajib diisi.',
      'Baris 26: jenis wajib diisi: libur_nasional, cuti_bersama atau tutup_kantor.',
      'Baris 26: keterangan wajib diisi.'] },
  { what: 'no header', content: () => CSV_TEXT.split('\n').slice(1).join('\n'),
    errors: ['Baris 1: baris pertama harus berisi judul kolom tanggal,jenis,keterangan.'] },
  { what: 'a stray quote', content: () => fileWith({ 8: '2026-03-20,cuti_bersama,Cuti "Bersama" Idul Fitri' }), errorsMatch: /^Baris 8: tanda petik/ },
  { what: 'a quote never closed', content: () => fileWith({ 25: '2026-12-24,cuti_bersama,"Cuti Bersama' }), errorsMatch: /^Baris 2[56]: tanda petik/ },
  { what: 'text that is not UTF-8 (Latin-1)', content: () => Buffer.from(fileWith({ 5: '2026-02-17,libur_nasional,Tahun Baru Imlek Caf\u00e9' }), 'latin1'),
    message: 'Berkas bukan teks UTF-8' },
  { what: 'a header only', content: () => 'tanggal,jenis,keterangan\n', message: 'Berkas tidak memuat satu pun hari libur.' },
  { what: 'an empty file', content: () => '', message: 'Berkas kosong.' },
  { what: 'no file chosen', content: () => null, message: 'Pilih berkas CSV yang akan diimpor.' },
  { what: 'no file chosen (an empty file input, as a browser sends it)', content: () => '', filename: '',
    message: 'Pilih berkas CSV yang akan diimpor.' },
  { what: 'more than 2000 lines', content: () => 'tanggal,jenis,keterangan\n'
    + Array.from({ length: 2001 }, (_, i) => `${new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10)},tutup_kantor,Uji ${i}`).join('\n'),
  message: 'Berkas memuat lebih dari 2000 baris hari libur.' },
  { what: 'more than 1 MB', content: () => 'tanggal,jenis,keterangan\n' + `2030-01-01,tutup_kantor,${'x'.repeat(190)}\n`.repeat(5600),
    status: 413, message: 'Berkas lebih besar dari 1 MB.' },
];

for (const f of BAD_FILES) {
  test(`an import is refused with ${f.what}: ${f.status || 422}, its message, nothing saved`, async () => {
    const state = calendarState();
    const res = await importFile(f.content(), f.filename === undefined ? {} : { filename: f.filename, type: 'application/octet-stream' });
    assert.equal(res.status, f.status || 422, show(res));
    const msg = textById(res.body, 'e-berkas');
    assert.ok(msg, 'a message at the field berkas');
    if (f.message) assert.ok(msg.includes(f.message), `e-berkas: "${msg}" has "${f.message}"`);
    const errors = importErrors(res.body);
    if (f.errors) {
      assert.deepEqual(errors, f.errors);
      assert.ok(msg.includes(`ada ${f.errors.length} kesalahan`), `e-berkas counts the errors: ${msg}`);
    }
    if (f.errorsMatch) {
      assert.equal(errors.length, 1, `one line error: ${errors.join(' | ')}`);
      assert.match(errors[0], f.errorsMatch);
    }
    assert.equal(calendarState(), state, 'nothing saved');
  });
}

test('an import with many wrong lines lists the first 50 and counts the others', async () => {
  const state = calendarState();
  const lines = Array.from({ length: 60 }, (_, i) => `2031-01-${String((i % 28) + 1).padStart(2, '0')},hari_raya,Uji ${i}`);
  const res = await importFile('tanggal,jenis,keterangan\n' + lines.join('\n'));
  assert.equal(res.status, 422, show(res));
  const errors = importErrors(res.body);
  // Each of the 60 lines has a wrong kind: the first 50 listed, then the count of the rest.
  assert.equal(errors.length, 51);
  assert.equal(errors[0], 'Baris 2: jenis hari_raya tidak dikenal; gunakan libur_nasional, cuti_bersama atau tutup_kantor.');
  assert.equal(errors[50], '… dan 10 kesalahan lain.');
  assert.match(textById(res.body, 'e-berkas'), /ada 60 kesalahan/);
  assert.equal(calendarState(), state, 'nothing saved');
});

test('the calendar is put back as it was (the shipped defaults for the other files)', async () => {
  await restoreCalendar();
  assert.deepEqual(sql('SELECT weekday, position, opens, closes FROM office_hours ORDER BY weekday, position'), saved.hours);
  assert.equal(holidayState(), JSON.stringify(saved.holidays));
  assert.ok(await poll(async () => (await standardsText()).includes(DEFAULT_HOURS_TEXT) || null, { ms: 5000 }), 'the shipped hours shown');
});
