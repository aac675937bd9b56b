// HTTP tests of the exports (issue 5, point 6): the agenda book and the case list of a date range,
// downloaded as CSV and XLSX by staff and parsed back (csv-parse, exceljs), compared row by row with
// the database; the BOM, CRLF, quoting and the CSV-injection mark; the headers of the download; the
// form's 422s; who may export what (the agenda book for the office-wide roles, the case list for
// every lane role within their scope, nothing for the admin); an empty range (the header only).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { parse } = require('csv-parse/sync');
const ExcelJS = require('exceljs');
const {
  sql, q, readConfig, textOf, inputValue, textById, exclusive, resetAttempts, staffGet, randomHex,
  NOT_ALLOWED, officeClock, addLaneTeam, actFields, doStep, advanceTo, newCase, nuErrors,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 400)}`;

const AGENDA_HEADER = ['Nomor Agenda', 'Tanggal Terima', 'Asal Surat', 'Nomor Surat', 'Tanggal Surat', 'Perihal', 'Sifat'];
const AGENDA_DATES = [1, 4];
const CASES_HEADER = ['Kode', 'Tanggal Pengajuan', 'Nama Usaha', 'Jenis Pemohon', 'Kecamatan', 'Nagari', 'Aspek Pembinaan',
  'Status', 'Langkah', 'Nomor Agenda', 'Bidang', 'Seksi'];
const CASES_DATES = [1];

// The labels of src/domain.c.
const TYPE_LABELS = { umkm: 'UMKM', koperasi: 'Koperasi' };
const ASPECT_LABELS = { kelembagaan: 'Kelembagaan', produksi: 'Produksi', pemasaran: 'Pemasaran', keuangan: 'Keuangan dan permodalan',
  sdm: 'Sumber daya manusia', perizinan: 'Perizinan dan legalitas', digitalisasi: 'Digitalisasi' };
const STATUS_LABELS = { diajukan: 'Diajukan', diproses: 'Diproses', dikembalikan: 'Dikembalikan', dijadwalkan: 'Dijadwalkan', selesai: 'Selesai' };
const SIFAT_LABELS = { biasa: 'Biasa', segera: 'Segera', sangat_segera: 'Sangat segera', rahasia: 'Rahasia' };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// A range of our own: a month of a far year (each run its own, so runs against the three
// servers, which share the database, do not meet), the cases' dates moved into it.
const YEAR = 2040 + Math.floor(Math.random() * 50);
const MONTH = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
const day = (d) => `${YEAR}-${MONTH}-${String(d).padStart(2, '0')}`;
const FROM = day(1);
const TO = day(28);

const SFX = randomHex(3);
// The cases and their business names: a comma and quotes, non-ASCII, a formula, an @, a line break
// (set in SQL: the form takes no line break in a name), and a plain one.
const NAMES = {
  comma: `Usaha "Maju", Jaya ${SFX}`,
  unicode: `Kopi Bundo — Minang ${SFX}`,
  formula: `=SUM(1+2) Kopi ${SFX}`,
  at: `@Toko Sebelah ${SFX}`,
  lines: `Toko Baris ${SFX}\nKedua`,
  plain: `Rumah Rendang ${SFX}`,
};

let T;
const ids = {};
let saved = [];

before(async () => {
  T = await addLaneTeam();
  for (const [key, name] of Object.entries(NAMES)) {
    const c = await newCase({ nama_usaha: key === 'lines' ? `Toko Baris ${SFX}` : name,
      jenis: key === 'unicode' ? 'koperasi' : 'umkm', aspek: key === 'plain' ? ['kelembagaan'] : ['pemasaran', 'keuangan', 'sdm'] });
    ids[key] = c.id;
  }
  sql(`UPDATE request SET business_name = ${q(NAMES.lines)} WHERE id = ${ids.lines}`);
  // A contact name of 100 two-byte letters: an Asal Surat longer than the column buffer of db.c.
  sql(`UPDATE request SET contact_name = ${q('Ä'.repeat(99) + 'Z')} WHERE id = ${ids.at}`);
  // Agenda numbers for all but the plain one; the perihal with a comma and quotes.
  for (const key of ['comma', 'unicode', 'formula', 'at', 'lines']) {
    await doStep(T, ids[key], key === 'comma' ? { perihal: 'Permohonan "pembinaan", pemasaran daring' } : {});
  }
  // A perihal of 200 two-byte letters: longer than the column buffer of db.c (256 bytes).
  sql(`UPDATE request SET perihal = ${q('Ö'.repeat(199) + 'Z')} WHERE id = ${ids.at}`);
  // To the Kasi's seksi (step 7), and to the bidang only (step 6).
  await advanceTo(T, ids.unicode, 7);
  await advanceTo(T, ids.formula, 6);
  // Dates in our month: submitted on the 3rd..8th, received and written a day later. The
  // dates as they were come back after the tests (others count on submitted_at following id).
  saved = sql(`SELECT id, submitted_at, received_on, letter_date FROM request WHERE id IN (${Object.values(ids).join(',')})`);
  Object.keys(NAMES).forEach((key, i) => {
    sql(`UPDATE request SET submitted_at = ${q(day(3 + i) + ' 10:15:00')},
      received_on = IF(agenda_no IS NULL, NULL, ${q(day(4 + i))}), letter_date = IF(agenda_no IS NULL, NULL, ${q(day(2 + i))})
      WHERE id = ${ids[key]}`);
  });
  // One submitted in the last second of the range's last day (WIB).
  sql(`UPDATE request SET submitted_at = ${q(TO + ' 23:59:59')} WHERE id = ${ids.plain}`);
}, { timeout: 180000 });

after(() => {
  for (const [id, submitted, received, letter] of saved) {
    sql(`UPDATE request SET submitted_at = ${q(submitted)}, received_on = ${q(received)}, letter_date = ${q(letter)} WHERE id = ${Number(id)}`);
  }
});

// ---- downloads ----

function exportPath(params) {
  return BP() + '/admin/ekspor/unduh?' + new URLSearchParams(params).toString();
}

async function download(who, jenis, format, from = FROM, to = TO) {
  const res = await staffGet(who.jar, exportPath({ jenis, dari: from, sampai: to, format }));
  assert.equal(res.status, 200, `${who.key}: ${jenis} ${format} ${from}..${to}: ${show(res)}`);
  return res;
}

// The download's headers: an attachment named by kind and range, never sniffed nor cached.
function assertFileHeaders(res, jenis, format, from = FROM, to = TO) {
  const base = jenis === 'agenda' ? 'buku-agenda' : 'daftar-permohonan';
  assert.equal(res.headers['content-disposition'], `attachment; filename="${base}-${from}_${to}.${format}"`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.match(String(res.headers['cache-control']), /(^|[ ,])no-store($|[ ,])/);
  if (format === 'csv') assert.match(String(res.headers['content-type']), /^text\/csv; ?charset=utf-8$/i);
  else assert.equal(res.headers['content-type'], XLSX_TYPE);
  // Apache's mod_cgi may send the body chunked instead; a length sent is the file's.
  if (res.headers['content-length'] !== undefined || process.env.SIBINA_SERVER !== 'apache-cgi') {
    assert.equal(Number(res.headers['content-length']), res.bodyBytes.length, 'Content-Length is the file\'s size');
  }
}

// The CSV's records after checking its bytes: a UTF-8 BOM, CRLF after every record (a line break
// only inside a quoted field), and every field quoted exactly when it must be.
function csvRecords(res) {
  const bytes = res.bodyBytes;
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV begins with a UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  const records = parse(text, { record_delimiter: '\r\n', relax_column_count: false });
  // Written again by the rules, the records give the same bytes: quoting only where needed.
  const again = records.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n').join('');
  assert.equal(text, again, 'fields are quoted when they hold a comma, quote, CR or LF, and only then');
  return records;
}

// What a CSV cell holds for a value: a leading ' before = + - @ TAB CR (CSV injection).
const guarded = (v) => (/^[=+\-@\t\r]/.test(v) ? "'" + v : v);

// The rows of the first worksheet (values as text, dates as YYYY-MM-DD), after checking the sheet:
// its name, a bold frozen header, widths, dates as real dates in dd/mm/yyyy, text as text.
async function xlsxRows(res, sheetName, header, dateCols) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.bodyBytes);
  assert.equal(wb.worksheets.length, 1, 'one worksheet');
  const ws = wb.worksheets[0];
  assert.equal(ws.name, sheetName);
  const view = (ws.views || [])[0] || {};
  assert.equal(view.state, 'frozen', 'the header row is frozen');
  assert.equal(view.ySplit, 1, 'the header row is frozen (one row)');
  for (let c = 1; c <= header.length; c++) {
    assert.ok(ws.getColumn(c).width >= 10, `column ${c} has a width (${ws.getColumn(c).width})`);
  }
  const rows = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const out = [];
    for (let c = 1; c <= header.length; c++) {
      const cell = row.getCell(c);
      const v = cell.value;
      if (n === 1) {
        assert.equal(cell.font && cell.font.bold, true, `header cell ${c} is bold`);
      }
      if (n > 1 && dateCols.includes(c - 1) && v !== null) {
        assert.ok(v instanceof Date, `row ${n} col ${c} is a date cell (${JSON.stringify(v)})`);
        assert.equal(cell.numFmt, 'dd/mm/yyyy', `row ${n} col ${c} is shown dd/mm/yyyy`);
        out.push(v.toISOString().slice(0, 10));
      } else if (v === null || v === undefined) {
        out.push('');
      } else {
        assert.equal(typeof v, 'string', `row ${n} col ${c} is a string (${JSON.stringify(v)})`);
        out.push(v);
      }
    }
    rows.push(out);
  });
  return rows;
}

// ---- what the database says the files hold ----

function agendaExpected(from = FROM, to = TO) {
  return sql(`SELECT agenda_no, DATE_FORMAT(received_on, '%Y-%m-%d'), business_name, contact_name, COALESCE(letter_no, ''),
      COALESCE(DATE_FORMAT(letter_date, '%Y-%m-%d'), ''), COALESCE(perihal, ''), COALESCE(sifat, '')
    FROM request WHERE agenda_no IS NOT NULL AND received_on BETWEEN ${q(from)} AND ${q(to)} ORDER BY received_on, agenda_no`)
    .map((r) => [r[0], r[1], `${r[2]} (${r[3]})`, r[4], r[5], r[6], SIFAT_LABELS[r[7]] || '']);
}

function casesExpected(where, from = FROM, to = TO) {
  return sql(`SELECT r.tracking_code, DATE_FORMAT(r.submitted_at, '%Y-%m-%d'), r.business_name, r.applicant_type, r.kecamatan,
      r.nagari, r.aspects, r.status, r.step_no, s.activity, COALESCE(r.agenda_no, ''), COALESCE(b.name, ''), COALESCE(k.name, '')
    FROM request r JOIN service_step s ON s.version_id = r.version_id AND s.no = r.step_no
    LEFT JOIN unit b ON b.id = r.bidang_id LEFT JOIN unit k ON k.id = r.seksi_id
    WHERE r.submitted_at >= ${q(from)} AND r.submitted_at < ${q(to)} + INTERVAL 1 DAY AND (${where})
    ORDER BY r.submitted_at, r.id`)
    .map((r) => [r[0], r[1], r[2], TYPE_LABELS[r[3]], r[4], r[5], r[6].split(',').map((a) => ASPECT_LABELS[a]).join('; '),
      STATUS_LABELS[r[7]], `${r[8]}. ${r[9]}`, r[10], r[11], r[12]]);
}

const codeOf = (key) => sql(`SELECT tracking_code FROM request WHERE id = ${ids[key]}`)[0][0];

// ---- tests ----

test('the form: the staff menu links it, this month so far by default, the agenda book only for the office-wide roles', async () => {
  const d = officeClock();
  for (const who of [T.fo, T.sek, T.kadis, T.bo, T.kabid, T.kasi]) {
    const res = await staffGet(who.jar, BP() + '/admin/ekspor');
    assert.equal(res.status, 200, `${who.key}: ${show(res)}`);
    assert.match(res.body, new RegExp(`href="${BP()}/admin/ekspor"[^>]*aria-current="page"[^>]*>Ekspor<`), `${who.key}: the menu's Ekspor is current`);
    assert.equal(inputValue(res.body, 'dari'), d.today.slice(0, 8) + '01', `${who.key}: from the first of the month`);
    assert.equal(inputValue(res.body, 'sampai'), d.today, `${who.key}: to today`);
    assert.match(res.body, /<form[^>]*method="get"[^>]*action="[^"]*\/admin\/ekspor\/unduh"/, 'the form is sent by GET to /admin/ekspor/unduh');
    const agenda = /name="jenis" value="agenda"/.test(res.body);
    assert.equal(agenda, !['kepala_bidang', 'kasi'].includes(who.role), `${who.key}: the agenda book is offered only to the office-wide roles`);
    assert.match(res.body, /name="jenis" value="permohonan"/);
    assert.match(res.body, /name="format" value="csv"/);
    assert.match(res.body, /name="format" value="xlsx"/);
  }
  const admin = await staffGet(T.admin.jar, BP() + '/admin/ekspor');
  assert.equal(admin.status, 403, show(admin));
  assert.ok(textOf(admin.body).includes(NOT_ALLOWED));
  const home = await staffGet(T.admin.jar, BP() + '/admin/');
  assert.ok(!home.body.includes('/admin/ekspor'), 'the admin\'s menu has no Ekspor');
});

test('the agenda book as CSV: BOM, CRLF, header, quoting, CSV-injection mark, rows as in the database', async () => {
  const res = await download(T.fo, 'agenda', 'csv');
  assertFileHeaders(res, 'agenda', 'csv');
  const records = csvRecords(res);
  assert.deepEqual(records[0], AGENDA_HEADER);
  const expected = agendaExpected();
  assert.ok(expected.length >= 5, `our five cases with an agenda number are in the range (${expected.length})`);
  assert.deepEqual(records.slice(1), expected.map((r) => r.map(guarded)));
  const raw = res.bodyBytes.toString('utf8');
  const comma = sql(`SELECT agenda_no, contact_name FROM request WHERE id = ${ids.comma}`)[0];
  assert.ok(raw.includes(`\r\n${comma[0]},`), 'the agenda number starts its record, unquoted');
  assert.ok(raw.includes(`,"Usaha ""Maju"", Jaya ${SFX} (${comma[1]})",`), 'a name with a comma and quotes is quoted, quotes doubled');
  assert.ok(raw.includes(',"Permohonan ""pembinaan"", pemasaran daring",Segera\r\n'), 'the perihal likewise; the sifat by its label');
  assert.ok(raw.includes(`,'=SUM(1+2) Kopi ${SFX} (`), 'a name beginning with = gets a leading \'');
  assert.ok(raw.includes(`,'@Toko Sebelah ${SFX} (${'Ä'.repeat(99)}Z),`), 'a name beginning with @ gets a leading \'; a long value whole');
  assert.ok(raw.includes(`,${'Ö'.repeat(199)}Z,Segera\r\n`), 'a value longer than 256 bytes, whole');
  assert.ok(raw.includes(`,"Toko Baris ${SFX}\nKedua (`), 'a name with a line break is quoted, the break kept');
  assert.ok(raw.includes(`,Kopi Bundo — Minang ${SFX} (`), 'UTF-8 text as it is');
  assert.ok(!raw.includes(NAMES.plain), 'a request without an agenda number is not in the agenda book');
  // Dates: YYYY-MM-DD, received in order.
  const mine = records.slice(1).filter((r) => r[2].includes(SFX));
  assert.deepEqual(mine.map((r) => r[1]), [day(4), day(5), day(6), day(7), day(8)]);
  assert.deepEqual(mine.map((r) => r[4]), [day(2), day(3), day(4), day(5), day(6)]);
});

test('the agenda book as XLSX: strings as strings, dates as dates, bold frozen header, rows as in the database', async () => {
  const res = await download(T.sek, 'agenda', 'xlsx');
  assertFileHeaders(res, 'agenda', 'xlsx');
  assert.equal(res.bodyBytes.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP container');
  const rows = await xlsxRows(res, 'Buku Agenda', AGENDA_HEADER, AGENDA_DATES);
  assert.deepEqual(rows[0], AGENDA_HEADER);
  assert.deepEqual(rows.slice(1), agendaExpected(), 'the rows, unguarded: a formula-like name is a string cell, not a formula');
  assert.ok(rows.some((r) => r[2].startsWith(NAMES.formula)), 'the name beginning with = is there as text');
  assert.ok(rows.some((r) => r[2].startsWith(NAMES.lines)), 'the name with a line break is there whole');
});

test('the case list as CSV and XLSX: every case of the range, labels, step, unit; the day\'s last second included', async () => {
  const expected = casesExpected('1 = 1');
  assert.ok(expected.length >= 6, `our six cases are in the range (${expected.length})`);
  const csv = await download(T.kadis, 'permohonan', 'csv');
  assertFileHeaders(csv, 'permohonan', 'csv');
  const records = csvRecords(csv);
  assert.deepEqual(records[0], CASES_HEADER);
  assert.deepEqual(records.slice(1), expected.map((r) => r.map(guarded)));
  const xlsx = await download(T.bo, 'permohonan', 'xlsx');
  assertFileHeaders(xlsx, 'permohonan', 'xlsx');
  const rows = await xlsxRows(xlsx, 'Daftar Permohonan', CASES_HEADER, CASES_DATES);
  assert.deepEqual(rows, [CASES_HEADER].concat(expected));
  // Known values of our cases.
  const byCode = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
  const unicode = byCode[codeOf('unicode')];
  assert.equal(unicode[2], NAMES.unicode);
  assert.equal(unicode[3], 'Koperasi');
  assert.equal(unicode[6], 'Pemasaran; Keuangan dan permodalan; Sumber daya manusia');
  assert.equal(unicode[7], 'Diproses');
  assert.match(unicode[8], /^7\. Membuat Surat Tugas/);
  assert.equal(unicode[10], T.unitNames.bidang);
  assert.equal(unicode[11], T.unitNames.seksi);
  const plain = byCode[codeOf('plain')];
  assert.equal(plain[1], TO, 'submitted at 23:59:59 WIB on the last day: in the range');
  assert.equal(plain[3], 'UMKM');
  assert.equal(plain[6], 'Kelembagaan');
  assert.equal(plain[7], 'Diajukan');
  assert.match(plain[8], /^2\. Menerima Surat Permohonan/);
  assert.deepEqual([plain[9], plain[10], plain[11]], ['', '', '']);
  // A range that ends the day before does not hold it; one that starts that day does.
  const before = csvRecords(await download(T.kadis, 'permohonan', 'csv', FROM, day(27)));
  assert.ok(!before.some((r) => r[0] === codeOf('plain')));
  const last = csvRecords(await download(T.kadis, 'permohonan', 'csv', TO, TO));
  assert.deepEqual(last.slice(1).map((r) => r[0]), [codeOf('plain')]);
});

test('the case list of a Kepala Bidang and of a Kasi: only the cases of their unit', async () => {
  const kabid = csvRecords(await download(T.kabid, 'permohonan', 'csv'));
  assert.deepEqual(kabid.slice(1), casesExpected(`r.bidang_id = ${T.units.bidang}`).map((r) => r.map(guarded)));
  assert.deepEqual(kabid.slice(1).map((r) => r[0]).sort(), [codeOf('unicode'), codeOf('formula')].sort());
  const kasi = await xlsxRows(await download(T.kasi, 'permohonan', 'xlsx'), 'Daftar Permohonan', CASES_HEADER, CASES_DATES);
  assert.deepEqual(kasi.slice(1), casesExpected(`r.seksi_id = ${T.units.seksi}`));
  assert.deepEqual(kasi.slice(1).map((r) => r[0]), [codeOf('unicode')]);
  const far = csvRecords(await download(T.kasiJauh, 'permohonan', 'csv'));
  assert.deepEqual(far, [CASES_HEADER], 'a Kasi of another seksi: the header only');
  // The agenda book is not theirs.
  for (const who of [T.kabid, T.kasi]) {
    const res = await staffGet(who.jar, exportPath({ jenis: 'agenda', dari: FROM, sampai: TO, format: 'csv' }));
    assert.equal(res.status, 403, `${who.key}: ${show(res)}`);
    assert.match(textOf(res.body), /Buku Agenda hanya dapat diunduh oleh Front Office, Sekretaris, Kepala Dinas dan Back Office/);
    assert.ok(!res.bodyBytes.includes(Buffer.from(SFX)), 'no data in the refusal');
  }
  const admin = await staffGet(T.admin.jar, exportPath({ jenis: 'permohonan', dari: FROM, sampai: TO, format: 'csv' }));
  assert.equal(admin.status, 403, show(admin));
  assert.ok(textOf(admin.body).includes(NOT_ALLOWED));
});

test('an empty range: the header only, in both formats', async () => {
  const from = '2001-01-01';
  const to = '2001-01-31';
  for (const jenis of ['agenda', 'permohonan']) {
    const csv = await download(T.fo, jenis, 'csv', from, to);
    assertFileHeaders(csv, jenis, 'csv', from, to);
    const header = jenis === 'agenda' ? AGENDA_HEADER : CASES_HEADER;
    assert.equal(csv.bodyBytes.toString('utf8'), '\ufeff' + header.join(',') + '\r\n');
    const xlsx = await download(T.fo, jenis, 'xlsx', from, to);
    assertFileHeaders(xlsx, jenis, 'xlsx', from, to);
    const rows = await xlsxRows(xlsx, jenis === 'agenda' ? 'Buku Agenda' : 'Daftar Permohonan', header, []);
    assert.deepEqual(rows, [header]);
  }
});

test('wrong input: the form again with 422, a message at each wrong field, the input kept', async () => {
  const cases = [
    [{ jenis: 'agenda', dari: `${YEAR}-02-30`, sampai: TO, format: 'csv' }, { dari: 'Tanggal awal bukan tanggal yang valid.' }],
    [{ jenis: 'agenda', dari: FROM, sampai: '31/01/2026', format: 'csv' }, { sampai: 'Tanggal akhir bukan tanggal yang valid.' }],
    [{ jenis: 'agenda', dari: TO, sampai: FROM, format: 'xlsx' }, { sampai: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }],
    [{ jenis: 'permohonan', dari: '2024-01-01', sampai: '2025-01-01', format: 'csv' }, { sampai: 'Rentang tanggal paling panjang 366 hari' }],
    [{ jenis: 'semua', dari: FROM, sampai: TO, format: 'csv' }, { jenis: 'Jenis data tidak sesuai dengan pilihan yang tersedia.' }],
    [{ jenis: 'agenda', dari: FROM, sampai: TO, format: 'pdf' }, { format: 'Format berkas tidak sesuai dengan pilihan yang tersedia.' }],
    [{}, { jenis: 'Jenis data wajib dipilih.', dari: 'Tanggal awal wajib diisi.', sampai: 'Tanggal akhir wajib diisi.', format: 'Format berkas wajib dipilih.' }],
  ];
  for (const [params, errors] of cases) {
    const res = await staffGet(T.fo.jar, exportPath(params));
    const what = JSON.stringify(params);
    assert.equal(res.status, 422, `${what}: ${show(res)}`);
    assert.match(String(res.headers['content-type']), /^text\/html/, what);
    for (const f of ['jenis', 'dari', 'sampai', 'format']) {
      const msg = textById(res.body, `e-${f}`);
      if (errors[f]) assert.ok(msg && msg.includes(errors[f]), `${what}: the message at ${f}: ${msg}`);
      else assert.equal(msg, null, `${what}: no message at ${f}`);
    }
    for (const f of ['dari', 'sampai']) {
      if (params[f] !== undefined) assert.equal(inputValue(res.body, f), params[f], `${what}: ${f} kept`);
      // A value that is no date comes back in a text box (a date input may not hold it).
      const type = (res.body.match(new RegExp(`<input type="([a-z]+)" id="f-${f}"`)) || [])[1];
      assert.equal(type, errors[f] && errors[f].includes('bukan tanggal') ? 'text' : 'date', `${what}: the type of ${f}`);
    }
    if (['csv', 'xlsx'].includes(params.format)) assert.match(res.body, new RegExp(`value="${params.format}"[^>]*checked`), `${what}: format kept`);
    assert.ok(textOf(res.body).includes('Berkas belum dapat dibuat'), `${what}: the summary above the form`);
  }
  // 366 days (a leap year whole) is the longest range allowed.
  const year = await staffGet(T.fo.jar, exportPath({ jenis: 'agenda', dari: '2024-01-01', sampai: '2024-12-31', format: 'csv' }));
  assert.equal(year.status, 200, show(year));
  const one = await staffGet(T.fo.jar, exportPath({ jenis: 'agenda', dari: FROM, sampai: FROM, format: 'csv' }));
  assert.equal(one.status, 200, show(one));
});

// The form as served (200) and sent back with errors (422) is valid HTML; once, against nginx
// (the pages are the same from every server).
test('the form and its 422 page pass the Nu Html Checker', { skip: process.env.SIBINA_SERVER && process.env.SIBINA_SERVER !== 'nginx' ? 'nginx only' : false, timeout: 120000 }, async () => {
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-export-vnu-'));
  try {
    const pages = {
      'ekspor.html': [await staffGet(T.fo.jar, BP() + '/admin/ekspor'), 200],
      'ekspor-kasi.html': [await staffGet(T.kasi.jar, BP() + '/admin/ekspor'), 200],
      'ekspor-422.html': [await staffGet(T.fo.jar, exportPath({ jenis: 'x"<b>', dari: '2026-13-01', sampai: '<i>', format: '' })), 422],
    };
    for (const [file, [res, status]] of Object.entries(pages)) {
      assert.equal(res.status, status, `${file}: ${show(res)}`);
      fs.writeFileSync(path.join(dir, file), res.bodyBytes);
    }
    assert.deepEqual(nuErrors(Object.keys(pages).map((f) => path.join(dir, f))), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
