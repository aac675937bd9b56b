// Shared helpers for the browser tests: launching Debian's Chromium through playwright-core, the pages, the output folder.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const env = {
  baseUrl: (process.env.SIBINA_BASE_URL || 'http://127.0.0.1:18080').replace(/\/+$/, ''),
  testDir: process.env.SIBINA_TEST_DIR || os.tmpdir(),
};
env.out = process.env.SIBINA_OUT || path.join(env.testDir, 'out');
env.config = process.env.SIBINA_CONFIG || '';
env.dbName = process.env.SIBINA_DB_NAME || 'sibina';
env.dbSocket = process.env.SIBINA_DB_SOCKET || configValue(env.config, 'Database', 'Socket');

const SERVICE_PATH = '/layanan/pembinaan-umkm-koperasi';
const FORM_PATH = SERVICE_PATH + '/permohonan';
// A tracking code as shown: XXXXX-XXXXX without 0/O/1/I.
const CODE_RE = /\b([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})\b/;

const PAGES = [
  { name: 'beranda', path: '/' },
  { name: 'standar-pelayanan', path: SERVICE_PATH },
  { name: 'permohonan', path: FORM_PATH },
  { name: 'lacak', path: '/lacak' },
  { name: 'privasi', path: '/privasi' },
  { name: 'statistik', path: '/statistik' },
];

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Launches Chromium with a fresh profile; returns the context and a close() that also removes the profile.
async function launch(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-chromium-'));
  const context = await chromium.launchPersistentContext(dir, Object.assign({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale: 'id-ID',
  }, options));
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function screenshotPath(name) {
  const dir = path.join(env.out, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

const url = (p) => env.baseUrl + p;

// Runs axe-core on the page (its context must have bypassCSP) and returns the violations, short.
async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
}

// ---- the test database (mariadb client over its socket, as root with socket auth) ----

// Returns the value of KEY in the block BLOCK of an HDF file ('' if absent or unreadable).
function configValue(file, block, key) {
  if (!file) return '';
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return ''; }
  let inside = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    if (new RegExp(`^${block}\\s*\\{$`).test(line)) { inside = true; continue; }
    if (line === '}') { inside = false; continue; }
    const m = line.match(/^([A-Za-z0-9_.]+)\s*=\s?(.*)$/);
    if (!m) continue;
    if ((inside && m[1] === key) || m[1] === `${block}.${key}`) return m[2].trim();
  }
  return '';
}

// Runs one SQL statement on the test database; returns its output in batch form.
function sql(statement) {
  if (!env.dbSocket) throw new Error('SIBINA_DB_SOCKET (or Database.Socket in SIBINA_CONFIG) is needed to reach the test database');
  return execFileSync('mariadb', ['--no-defaults', '-uroot', `--socket=${env.dbSocket}`, '--default-character-set=utf8mb4',
    env.dbName, '-N', '-B', '-e', statement], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Forgets the per-address counters (submissions, tracking misses), so that a test never meets the limits.
function resetAttempts() {
  sql('DELETE FROM attempt');
}

// ---- an applicant's request, sent without a browser ----

// Returns a small valid one-page PDF (a letter), with a correct cross-reference table.
function samplePdf(text = 'Surat Permohonan Pembinaan UMKM') {
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// A complete, valid request (the contract's field names); aspek is a list.
const SAMPLE_REQUEST = {
  jenis: 'umkm',
  nama_usaha: 'Kedai Kopi Uda Sijunjung',
  kontak: 'Rina Marlina',
  jabatan: 'Pemilik',
  hp: '0812-6600-1234',
  email: 'rina.marlina@example.id',
  alamat: 'Jl. Lintas Sumatera No. 12',
  kecamatan: 'Sijunjung',
  nagari: 'Muaro',
  sektor: 'Kuliner',
  nib: '',
  badan_hukum: '',
  aspek: ['pemasaran', 'keuangan'],
  uraian: 'Kami ingin belajar memasarkan kopi bubuk secara daring dan mencatat keuangan usaha.',
  setuju: '1',
  kosongkan: '',
};

// Opens the request form as a browser would: returns the csrf cookie ("name=value") and the hidden fields.
async function openForm() {
  const res = await fetch(url(FORM_PATH), { redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`GET ${FORM_PATH}: ${res.status}`);
  const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [res.headers.get('set-cookie') || ''];
  const cookie = setCookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('sibina_csrf=')) || '';
  const hidden = (name) => {
    const tag = (html.match(new RegExp(`<input[^>]*\\bname="${name}"[^>]*>`)) || [''])[0];
    return (tag.match(/\bvalue="([^"]*)"/) || [null, ''])[1];
  };
  return { cookie, csrf: hidden('csrf'), submitKey: hidden('submit_key'), html };
}

// POSTs the form (multipart) with the given fields over SAMPLE_REQUEST's (null leaves a field out;
// files: { surat: Buffer|null, ... }, default a PDF as surat). Resolves to the raw response (redirects not followed).
async function postForm(fields = SAMPLE_REQUEST, files = { surat: samplePdf() }, form = null) {
  const f = form || await openForm();
  const body = new FormData();
  body.append('csrf', f.csrf);
  body.append('submit_key', f.submitKey);
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    for (const v of [].concat(value)) body.append(name, v);
  }
  for (const [name, buf] of Object.entries(files)) {
    if (buf) body.append(name, new Blob([buf], { type: 'application/pdf' }), `${name}.pdf`);
  }
  return fetch(url(FORM_PATH), { method: 'POST', body, redirect: 'manual', headers: { Cookie: f.cookie } });
}

// Submits a complete request after resetting the per-address limits; returns its tracking code.
async function submitRequest(fields = SAMPLE_REQUEST) {
  resetAttempts();
  const res = await postForm(fields);
  const location = res.headers.get('location') || '';
  await res.arrayBuffer();
  const m = location.match(/\/permohonan\/([^/?#]+)$/);
  if (res.status !== 303 || !m) throw new Error(`POST ${FORM_PATH}: expected 303 to /permohonan/CODE, got ${res.status} ${location}`);
  return decodeURIComponent(m[1]);
}

// ---- a request through the public form, in a browser ----

// Fills every field of the request form by its label, as a person would.
// fields: { business, contact, letter (a { name, mimeType, buffer } file) }.
async function fillRequestForm(page, fields = {}) {
  await page.getByRole('radio', { name: 'UMKM', exact: true }).check();
  await page.getByLabel('Nama usaha atau koperasi').fill(fields.business || SAMPLE_REQUEST.nama_usaha);
  await page.getByLabel('Nama penanggung jawab').fill(fields.contact || 'Rina Marlina');
  await page.getByLabel('Jabatan').fill('Pemilik');
  await page.getByLabel('Nomor HP').fill('0812 6600 1234');
  await page.getByLabel('Email').fill('rina.marlina@example.id');
  await page.getByLabel('Alamat').fill('Jl. Lintas Sumatera No. 12');
  await page.getByLabel('Kecamatan').selectOption('Sijunjung');
  await page.getByLabel('Nagari').fill('Muaro');
  await page.getByLabel('Sektor usaha').fill('Kuliner');
  await page.getByLabel('NIB').fill('9120301234567');
  await page.getByRole('checkbox', { name: 'Pemasaran', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Keuangan dan permodalan', exact: true }).check();
  await page.getByLabel('Uraian singkat kebutuhan').fill('Kami ingin belajar memasarkan kopi bubuk secara daring dan mencatat keuangan usaha.');
  await page.getByLabel('Surat Permohonan').setInputFiles(fields.letter || { name: 'surat.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await page.getByRole('checkbox', { name: /setuju|persetujuan/i }).check();
}

// Goes from the standards page to the form ("Ajukan Permohonan"), fills it (fillRequestForm),
// sends it after forgetting the per-address limits, and returns the tracking code shown on the
// confirmation page.
async function applyThroughForm(page, fields = {}) {
  await page.goto(url(SERVICE_PATH));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('link', { name: 'Ajukan Permohonan' }).first().click()]);
  if (new URL(page.url()).pathname !== FORM_PATH) throw new Error(`"Ajukan Permohonan" led to ${page.url()}, not ${FORM_PATH}`);
  await fillRequestForm(page, fields);
  resetAttempts();
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: 'Kirim Permohonan' }).click()]);
  const m = new URL(page.url()).pathname.match(/^\/permohonan\/([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})$/);
  if (!res || res.status() !== 200 || !m) {
    throw new Error(`after sending the form: expected the confirmation page /permohonan/CODE, got ${res && res.status()} ${page.url()}`);
  }
  return m[1];
}

// ---- staff made for a test (./dev test has no demo users) ----

// Makes, with the CLI sibina-user (the HTTP tests' addStaff) and SQL, a bidang with a seksi and a
// user of every lane role with a known password: fo, sek, kadis (a signer, with NIP), bo, kabid
// (of the bidang), kasi (of the seksi, with NIP: signs the Laporan) and officer (a staff member of the seksi with NIP, pangkat
// and jabatan, to be named in the Surat Tugas). Returns { units, unitNames, fo, sek, ... }.
function addDemoTeam(sfx = require('node:crypto').randomBytes(3).toString('hex')) {
  const h = require('../http/lib.js');
  const unitNames = { bidang: `Bidang Uji Peramban ${sfx}`, seksi: `Seksi Uji Peramban ${sfx}` };
  const units = {};
  units.bidang = h.addUnit('bidang', unitNames.bidang);
  units.seksi = h.addUnit('seksi', unitNames.seksi, units.bidang);
  const official = (position, rank = 'Penata Tk. I (III/d)') => ({ nip: h.testNip(), rank, position });
  const spec = {
    fo: { role: 'front_office', name: `Fani Front ${sfx}` },
    sek: { role: 'sekretaris', name: `Sari Sekretaris ${sfx}` },
    kadis: { role: 'kepala_dinas', name: `Kamal Kadis ${sfx}`, official: official('Kepala Dinas', 'Pembina Utama Muda (IV/c)') },
    bo: { role: 'back_office', name: `Bima Back ${sfx}` },
    kabid: { role: 'kepala_bidang', unit: unitNames.bidang, name: `Kiki Kabid ${sfx}`, official: official('Kepala Bidang') },
    kasi: { role: 'kasi', unit: unitNames.seksi, name: `Kasih Kasi ${sfx}`, official: official('Kepala Seksi Pemberdayaan UMKM') },
    officer: { role: 'kasi', unit: unitNames.seksi, name: `Oki Petugas ${sfx}`, official: official('Analis Pemberdayaan Koperasi') },
  };
  const team = { units, unitNames };
  for (const [key, s] of Object.entries(spec)) {
    const o = s.official;
    const extra = o ? ['--nip', o.nip, '--rank', o.rank, '--position', o.position] : [];
    const u = h.addStaff({ role: s.role, unit: s.unit || null, name: s.name, extra });
    team[key] = Object.assign(u, { key }, o || {});
  }
  return team;
}

// The office's date (WIB, as the programs keep it) today and `days` later, as YYYY-MM-DD.
function officeDate(days = 0) {
  return sql(`SET time_zone = '+07:00'; SELECT CURDATE() + INTERVAL ${Number(days)} DAY`).trim();
}

// ---- documents ----

// Where a document (PDF) made by a test is kept: the output folder's documents/.
function documentPath(name) {
  const dir = path.join(env.out, 'documents');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

// The text of a PDF file as pdftotext (poppler-utils) reads it, whitespace collapsed, and its pages.
function pdfText(file) {
  const out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { text: out.replace(/\s+/g, ' ').trim(), pages: (out.match(/\f/g) || []).length };
}

module.exports = {
  env, PAGES, VIEWPORTS, SERVICE_PATH, FORM_PATH, CODE_RE, SAMPLE_REQUEST,
  launch, screenshotPath, url, axeViolations, sql, resetAttempts, samplePdf, openForm, postForm, submitRequest,
  applyThroughForm, fillRequestForm, addDemoTeam, officeDate, documentPath, pdfText, configValue,
};
