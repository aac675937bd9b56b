// Every page (and the stylesheets) passes the Nu Html Checker (vnu-jar) with zero errors, in one JVM run.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { url, FORM_PATH, resetAttempts, submitRequest, postForm, samplePdf } = require('./lib.js');
const { nuErrors } = require('../http/lib.js');


const DOCUMENTS = [
  { file: 'beranda.html', path: '/', status: 200 },
  { file: 'standar-pelayanan.html', path: '/layanan/pembinaan-umkm-koperasi', status: 200 },
  { file: 'permohonan.html', path: FORM_PATH, status: 200 },
  { file: 'lacak.html', path: '/lacak', status: 200 },
  { file: 'privasi.html', path: '/privasi', status: 200 },
  // The public statistics (the dashboard and the figures with data: stats.test.js).
  { file: 'statistik.html', path: '/statistik', status: 200 },
  { file: 'admin-login.html', path: '/admin/masuk', status: 200 },
  { file: 'galat-404.html', path: '/tidak-ada/%3Cb%3E?x=%22y%22', status: 404 },
  { file: 'galat-405.html', path: '/', method: 'POST', status: 405 },
  { file: 'galat-400.html', path: '/%ff', status: 400 },
  { file: 'sibina.css', path: '/static/sibina.css', status: 200 },
  { file: 'print.css', path: '/static/print.css', status: 200 },
];

// The pages of an applicant's request: sends one (and a form with errors), then lists what to fetch.
async function requestDocuments() {
  const code = await submitRequest();
  const unknown = 'ABCDE-FGHJK';
  return [
    { file: 'permohonan-terkirim.html', path: `/permohonan/${code}`, status: 200 },
    { file: 'tanda-terima.html', path: `/permohonan/${code}/tanda-terima`, status: 200 },
    { file: 'lacak-hasil.html', path: `/lacak?kode=${code}`, status: 200 },
    {
      file: 'permohonan-galat-422.html', what: `POST ${FORM_PATH} (half-filled, with HTML)`, status: 422,
      load: () => postForm({ nama_usaha: 'Kedai "Kopi" <Uda>', uraian: '<script>alert(1)</script> & </textarea>' }, { surat: samplePdf() }),
    },
    { file: 'lacak-galat-400.html', path: '/lacak?kode=%3Cb%3E', status: 400 },
    { file: 'lacak-galat-404.html', path: `/lacak?kode=${unknown}`, status: 404 },
    { file: 'permohonan-galat-404.html', path: `/permohonan/${unknown}`, status: 404 },
    { file: 'galat-429.html', what: 'GET /lacak?kode=... after too many misses', status: 429, load: tooManyMisses },
  ];
}

// Misses unknown codes at /lacak until the answer is 429 (at most 100 tries); returns that answer.
async function tooManyMisses() {
  let res;
  for (let i = 0; i < 100; i++) {
    res = await fetch(url('/lacak?kode=22222-22222'), { redirect: 'manual' });
    if (res.status === 429) break;
    await res.arrayBuffer();
  }
  return res;
}

test('every page and stylesheet passes the Nu Html Checker with zero errors', { timeout: 180000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-vnu-'));
  try {
    const documents = DOCUMENTS.concat(await requestDocuments());
    for (const d of documents) {
      const res = d.load ? await d.load()
        : await fetch(url(d.path), { method: d.method || 'GET', redirect: 'manual', body: d.method === 'POST' ? 'a=1' : undefined });
      assert.equal(res.status, d.status, d.what || `${d.method || 'GET'} ${d.path}`);
      fs.writeFileSync(path.join(dir, d.file), Buffer.from(await res.arrayBuffer()));
    }
    resetAttempts();
    const files = documents.map((d) => path.join(dir, d.file));
    const errors = nuErrors(files, ['--also-check-css']);
    if (errors.length) console.log(errors.join('\n'));
    assert.deepEqual(errors, [], 'Nu Html Checker errors');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
