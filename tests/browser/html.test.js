// Every page (and the stylesheets) passes the Nu Html Checker (vnu-jar) with zero errors, in one JVM run.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { url } = require('./lib.js');

const VNU_JAR = String(require('vnu-jar'));

const DOCUMENTS = [
  { file: 'beranda.html', path: '/', status: 200 },
  { file: 'standar-pelayanan.html', path: '/layanan/pembinaan-umkm-koperasi', status: 200 },
  { file: 'admin.html', path: '/admin/', status: 200 },
  { file: 'galat-404.html', path: '/tidak-ada/%3Cb%3E?x=%22y%22', status: 404 },
  { file: 'galat-405.html', path: '/', method: 'POST', status: 405 },
  { file: 'galat-400.html', path: '/%ff', status: 400 },
  { file: 'sibina.css', path: '/static/sibina.css', status: 200 },
  { file: 'print.css', path: '/static/print.css', status: 200 },
];

test('every page and stylesheet passes the Nu Html Checker with zero errors', { timeout: 180000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-vnu-'));
  try {
    for (const d of DOCUMENTS) {
      const res = await fetch(url(d.path), { method: d.method || 'GET', redirect: 'manual', body: d.method === 'POST' ? 'a=1' : undefined });
      assert.equal(res.status, d.status, `${d.method || 'GET'} ${d.path}`);
      fs.writeFileSync(path.join(dir, d.file), Buffer.from(await res.arrayBuffer()));
    }
    const files = DOCUMENTS.map((d) => path.join(dir, d.file));
    const r = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--also-check-css', '--format', 'json', ...files],
      { encoding: 'utf8', maxBuffer: 16 << 20, timeout: 170000 });
    assert.ok(!r.error, `java: ${r.error}`);
    const out = (r.stderr || '') + (r.stdout || '');
    const start = out.indexOf('{');
    assert.ok(start >= 0, `vnu printed no JSON (exit ${r.status}): ${out}`);
    const report = JSON.parse(out.slice(start));
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${path.basename(m.url || '')}:${m.lastLine || '?'}:${m.firstColumn || '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
    if (errors.length) console.log(errors.join('\n'));
    assert.deepEqual(errors, [], 'Nu Html Checker errors');
    assert.equal(r.status, 0, `vnu exit status (output: ${out.slice(0, 2000)})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
