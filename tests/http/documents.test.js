// HTTP tests of the case's documents as PDF downloads (issue 4, point 6): the Lembar Disposisi,
// Surat Tugas and Laporan of a case taken through the SOP come as application/pdf attachments
// whose text (pdftotext) has the kop and the same facts as the printable pages; a document not
// made yet is 404, a case outside the user's unit 404, the admin 403, anonymous to the login.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const {
  get, request, sql, readConfig, textOf, links, exclusive, resetAttempts, assertSecurityHeaders, locationPath,
  staffGet, NOT_ALLOWED, ADMIN_PATH, CASES_PATH, addLaneTeam, actFields, requestRow, doStep, advanceTo, newCase,
  openCase,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const DOCS = [
  { name: 'lembar-disposisi', after: 2 },
  { name: 'surat-tugas', after: 7 },
  { name: 'laporan', after: 9 },
];
const docPath = (id, name) => `${BP()}${CASES_PATH}/${Number(id)}/${name}`;
const pdfPath = (id, name) => docPath(id, name) + '.pdf';
const show = (res) => `${res.status} ${res.headers['content-type']} ${textOf(res.body).slice(0, 300)}`;

// The text of a PDF as pdftotext reads it, whitespace collapsed.
function pdfText(bytes) {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, encoding: 'utf8' });
  assert.equal(r.error, undefined, `pdftotext could not run (poppler-utils): ${r.error}`);
  assert.equal(r.status, 0, `pdftotext: ${r.stderr}`);
  return { text: r.stdout.replace(/\s+/g, ' ').trim(), pages: (r.stdout.match(/\f/g) || []).length };
}

const squash = (s) => String(s).replace(/\s+/g, ' ').trim();

// Asserts a PDF download of a case: status, type, bytes, attachment name, headers; returns its text.
function assertPdf(res, id, name, what) {
  assert.equal(res.status, 200, `${what}: ${show(res)}`);
  assert.match(String(res.headers['content-type']), /^application\/pdf$/, `${what}: Content-Type`);
  assert.equal(res.bodyBytes.subarray(0, 5).toString('latin1'), '%PDF-', `${what}: the body begins with %PDF-`);
  // Apache's plain CGI sends the body chunked, without the program's length.
  if (res.headers['content-length'] !== undefined) {
    assert.equal(Number(res.headers['content-length']), res.bodyBytes.length, `${what}: Content-Length`);
  }
  const cd = String(res.headers['content-disposition'] || '');
  assert.match(cd, /^attachment\s*;/i, `${what}: Content-Disposition attachment (${cd})`);
  assert.match(cd, new RegExp(`filename="${name}-${id}\\.pdf"`), `${what}: the file name ${name}-${id}.pdf (${cd})`);
  assert.match(String(res.headers['cache-control'] || ''), /no-store/, `${what}: Cache-Control no-store`);
  assertSecurityHeaders(res, { what });
  return pdfText(res.bodyBytes);
}

// Asserts that every string of `wanted` is in the text (whitespace collapsed; the kop in capitals).
function assertHas(text, wanted, what) {
  for (const w of wanted.filter((x) => x !== null && x !== undefined && x !== '')) {
    assert.ok(text.includes(squash(w)), `${what}: the PDF's text has "${w}"\n--- text: ${text.slice(0, 3000)}`);
  }
}

function kopLines() {
  const c = readConfig();
  return {
    upper: [c['Office.Government'], c['Office.Name']].filter(Boolean).map((s) => s.toUpperCase()),
    plain: [c['Office.Address'], c['Office.Phone'], c['Office.Website'], c['Office.Email']].filter(Boolean),
  };
}

let T;
before(async () => { T = await addLaneTeam(); }, { timeout: 120000 });

test('the three documents of a finished case as PDF: 200, application/pdf, an attachment, the kop and the facts of the printed documents', { timeout: 300000 }, async () => {
  // Text that looks like markup (the multi-line fields take < and >) comes out as text.
  const name = 'Kopi "Kawa" & Daun \'Uni\' Ros';
  const overrides = {
    3: { saran: 'Mohon <b>didisposisikan</b> & dibina;\n<i>segera</i> &amp; <span foreground="red">tuntas</span>.' },
    9: { hasil: 'Pemohon paham <script>alert(1)</script> & siap.' },
  };
  const c = await newCase({ nama_usaha: name });
  const id = c.id;
  for (let step = 2; step <= 9; step++) await doStep(T, id, overrides[step] || {});
  const row = requestRow(id);
  assert.equal(row.status, 'selesai', 'the case went through the nine steps');
  const kop = kopLines();
  const f = (step) => actFields(T, step, overrides[step] || {});
  const nip = (who) => sql(`SELECT COALESCE(nip, '') FROM staff WHERE id = ${Number(who.id)}`)[0][0];
  const [[stNumber]] = sql(`SELECT number FROM surat_tugas WHERE request_id = ${id}`);
  assert.ok(stNumber, 'the Surat Tugas has a number');

  const texts = {};
  for (const d of DOCS) {
    const res = await staffGet(T.fo.jar, pdfPath(id, d.name));
    texts[d.name] = assertPdf(res, id, d.name, `GET ${d.name}.pdf`);
    const { text } = texts[d.name];
    assertHas(text.toUpperCase(), kop.upper, `${d.name}.pdf: the kop`);
    assertHas(text, kop.plain, `${d.name}.pdf: the kop`);
    // The HTML document of the same case says the same facts.
    const html = await staffGet(T.fo.jar, docPath(id, d.name));
    assert.equal(html.status, 200, `GET ${d.name}: ${show(html)}`);
  }

  assertHas(texts['lembar-disposisi'].text, [
    'LEMBAR DISPOSISI', name, row.agenda_no, f(2).nomor_surat, f(2).perihal, '☑ Segera', '☐ Biasa', '☐ Sangat segera',
    '☐ Rahasia', T.unitNames.bidang, T.unitNames.seksi, 'Saran Sekretaris kepada Kepala Dinas', f(3).saran,
    'Disposisi Kepala Dinas', f(4).disposisi, 'Disposisi Kepala Bidang', f(6).disposisi, T.sek.name, T.kadis.name,
    T.kabid.name, c.code,
  ], 'lembar-disposisi.pdf');

  assertHas(texts['surat-tugas'].text, [
    'SURAT TUGAS', `Nomor: ${stNumber}`, f(7).dasar, 'MENUGASKAN', T.officer.name, nip(T.officer), 'Penata Tk. I (III/d)',
    'Analis Pemberdayaan Koperasi', f(7).untuk, f(7).tempat, 'sampai dengan', 'Dikeluarkan di', 'Pada tanggal',
    T.kadis.name, `NIP. ${nip(T.kadis)}`, 'Kepala Dinas',
  ], 'surat-tugas.pdf');

  assertHas(texts.laporan.text, [
    'LAPORAN HASIL PEMBINAAN DAN RENCANA TINDAK LANJUT', name, c.code, row.agenda_no, `Nomor ${stNumber}`,
    f(8).hadir, f(8).catatan, f(9).hasil, f(9).saran, 'Tanggal target', f(9).tindak_lanjut_1, f(9).tindak_lanjut_2,
    T.kasi.name,
  ], 'laporan.pdf');
  // The follow-up actions in their order.
  const t = texts.laporan.text;
  assert.ok(t.indexOf(f(9).tindak_lanjut_1) < t.indexOf(f(9).tindak_lanjut_2), `laporan.pdf: the follow-up actions in order: ${t}`);

  // Every role who may see the case gets the same document; HEAD gets the headers only.
  for (const who of [T.sek, T.kadis, T.bo, T.kabid, T.kasi]) {
    const res = await staffGet(who.jar, pdfPath(id, 'surat-tugas'));
    assert.equal(res.status, 200, `${who.role}: ${show(res)}`);
    assert.ok(pdfText(res.bodyBytes).text.includes(stNumber), `${who.role}: the Surat Tugas`);
  }
  const head = await request('HEAD', pdfPath(id, 'laporan'), { headers: { Cookie: T.kasi.jar } });
  assert.equal(head.status, 200, `HEAD laporan.pdf: ${head.status}`);
  assert.equal(head.bodyBytes.length, 0, 'HEAD: no body');
  assert.match(String(head.headers['content-type']), /^application\/pdf$/, 'HEAD: Content-Type');
});

test('the case page and each document page link to the PDF', { timeout: 300000 }, async () => {
  const c = await newCase({ nama_usaha: 'Rendang Daun Kayu Uni Upik' });
  await advanceTo(T, c.id, 10);
  const page = await openCase(T.fo, c.id);
  assert.equal(page.status, 200, show(page));
  const hrefs = links(page.body);
  for (const d of DOCS) {
    assert.ok(hrefs.includes(pdfPath(c.id, d.name)), `the case page links to ${pdfPath(c.id, d.name)}: ${hrefs.join(' ')}`);
    const doc = await staffGet(T.fo.jar, docPath(c.id, d.name));
    assert.equal(doc.status, 200, show(doc));
    assert.ok(links(doc.body).includes(pdfPath(c.id, d.name)), `the page ${d.name} links to its PDF`);
    assert.ok(textOf(doc.body).includes('Unduh PDF'), `the page ${d.name} says "Unduh PDF"`);
  }
});

test('a document not made yet is 404 as PDF, as on its page; each comes with its step', { timeout: 300000 }, async () => {
  const c = await newCase({ nama_usaha: 'Galamai Uni Nurbaiti' });
  const id = c.id;
  const available = async (label) => {
    const out = {};
    for (const d of DOCS) {
      const pdf = await staffGet(T.fo.jar, pdfPath(id, d.name));
      const html = await staffGet(T.fo.jar, docPath(id, d.name));
      assert.ok([200, 404].includes(pdf.status), `${label}: ${d.name}.pdf ${show(pdf)}`);
      assert.equal(pdf.status, html.status, `${label}: ${d.name}.pdf answers as its page (${pdf.status} vs ${html.status})`);
      if (pdf.status === 404) assert.match(String(pdf.headers['content-type']), /^text\/html/, `${label}: the 404 is a page`);
      out[d.name] = pdf.status;
    }
    return out;
  };
  assert.deepEqual(await available('a new request'), { 'lembar-disposisi': 404, 'surat-tugas': 404, laporan: 404 });
  await doStep(T, id);
  assert.deepEqual(await available('on the agenda'), { 'lembar-disposisi': 200, 'surat-tugas': 404, laporan: 404 });
  await advanceTo(T, id, 8);
  assert.deepEqual(await available('with its Surat Tugas'), { 'lembar-disposisi': 200, 'surat-tugas': 200, laporan: 404 });
  await advanceTo(T, id, 10);
  assert.deepEqual(await available('finished'), { 'lembar-disposisi': 200, 'surat-tugas': 200, laporan: 200 });
  // A case that does not exist, or an id that is not one.
  const maxId = Number(sql('SELECT COALESCE(MAX(id), 0) FROM request')[0][0]);
  for (const p of [pdfPath(maxId + 1000, 'laporan'), `${BP()}${CASES_PATH}/abc/laporan.pdf`]) {
    const res = await staffGet(T.fo.jar, p);
    assert.equal(res.status, 404, `GET ${p}: ${show(res)}`);
  }
});

test('a Kasi or Kepala Bidang of another unit gets 404, the admin 403, anonymous the login page', { timeout: 300000 }, async () => {
  const c = await newCase({ nama_usaha: 'Dakak-Dakak Uni Santi' });
  await advanceTo(T, c.id, 10);
  for (const d of DOCS) {
    const p = pdfPath(c.id, d.name);
    for (const who of [T.kasiLain, T.kasiJauh, T.kabidLain]) {
      const res = await staffGet(who.jar, p);
      assert.equal(res.status, 404, `${who.role} ${who.key} on ${d.name}.pdf: ${show(res)}`);
      assert.ok(!res.bodyBytes.subarray(0, 5).equals(Buffer.from('%PDF-')), `${who.key}: no PDF`);
    }
    const own = await staffGet(T.kasi2.jar, p);
    assert.equal(own.status, 200, `another Kasi of the case's seksi on ${d.name}.pdf: ${show(own)}`);
    const admin = await staffGet(T.admin.jar, p);
    assert.equal(admin.status, 403, `admin on ${d.name}.pdf: ${show(admin)}`);
    assert.ok(textOf(admin.body).includes(NOT_ALLOWED), 'admin: the role page');
    const anon = await get(p);
    assert.equal(anon.status, 303, `anonymous on ${d.name}.pdf: ${show(anon)}`);
    assert.equal((locationPath(anon) || '').split('?')[0], BP() + ADMIN_PATH + '/masuk', 'anonymous: to the login page');
  }
});
