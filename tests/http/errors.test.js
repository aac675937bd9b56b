// HTTP tests of the error pages: 404 (path shown escaped), 405 with Allow, 400 for bad paths, 500 with an incident id.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  SERVICE_PATH, request, get, textOf, assertSecurityHeaders, assertHtmlUtf8, privateConfig, readConfig, run, parseCgi, cgiEnv,
  exclusive, env,
} = require('./lib.js');

exclusive();

test('unknown path answers 404 with an Indonesian page that shows the path', async () => {
  const res = await get('/tidak-ada-halaman-xyz');
  assert.equal(res.status, 404);
  assertHtmlUtf8(res, '404');
  assert.match(res.body, /<html\b[^>]*\blang="id"/, 'the page is marked as Indonesian');
  const text = textOf(res.body);
  assert.ok(text.includes('/tidak-ada-halaman-xyz'), 'the page shows the requested path');
  assert.match(text, /tidak ditemukan/i, 'the page says "tidak ditemukan"');
});

test('404 page shows a path with markup escaped, never as markup', async () => {
  const res = await get('/%3Cscript%3Ex');
  assert.equal(res.status, 404);
  assert.doesNotMatch(res.body, /<script/i, 'no raw <script> in the page');
  assert.ok(res.body.includes('&lt;script&gt;x') || res.body.includes('%3Cscript%3Ex'),
    'the path is shown, escaped');
});

test('404 page does not echo a query string as markup', async () => {
  const res = await get('/tidak-ada?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
  assert.equal(res.status, 404);
  assert.doesNotMatch(res.body, /<script|<img/i);
});

for (const [method, p] of [['POST', '/'], ['POST', SERVICE_PATH], ['PUT', '/'], ['DELETE', SERVICE_PATH]]) {
  test(`${method} ${p} answers 405 with Allow: GET, HEAD`, async () => {
    // A form body for POST and PUT; DELETE, as clients send it, without one.
    const res = method === 'DELETE' ? await request(method, p)
      : await request(method, p, { body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assertHtmlUtf8(res, '405');
    assert.match(res.body, /<html\b[^>]*\blang="id"/, 'an Indonesian error page');
  });
}

test('a method the route does not take, sent with a body it does not read, still gets a complete 405 answer', async () => {
  for (let i = 0; i < 5; i++) {
    const res = await request('DELETE', '/', { body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.status, 405, `attempt ${i + 1}`);
    assert.match(res.body, /<\/html>\s*$/, `attempt ${i + 1}: the page is complete`);
  }
});

test('a NUL byte (%00) in the path answers 400', async () => {
  const res = await get('/layanan/%00x');
  // Apache's core rejects an encoded NUL itself, before any handler, with 404 (ap_unescape_url).
  if (env.server.startsWith('apache')) assert.ok([400, 404].includes(res.status), `status ${res.status}`);
  else assert.equal(res.status, 400);
  assert.doesNotMatch(res.body, /\u0000/);
});

test('invalid UTF-8 in the path (%ff, overlong %c0%af) answers 400', async () => {
  for (const p of ['/%ff', '/layanan/%ff', '/%c0%af', '/layanan/%ed%a0%80']) {
    const res = await get(p);
    assert.equal(res.status, 400, `GET ${p}`);
    assertHtmlUtf8(res, `GET ${p}`);
  }
});

test('invalid percent-encoding in the path answers 400', async () => {
  for (const p of ['/%zz', '/layanan/%4']) {
    const res = await get(p);
    assert.equal(res.status, 400, `GET ${p}`);
  }
});

// Runs the program as CGI for GET / with a private config whose templates directory holds only
// the files in `keep` (copied from the real one), and checks the 500 answer: "Kode insiden: XXXXXXXX"
// on the page, the same id with the detail (the missing template) in the log, no detail on the page.
function checkIncident(keep, missing) {
  assert.ok(env.cgiBin, 'SIBINA_CGI_BIN is set');
  const prog = path.join(env.cgiBin, 'sibina.fcgi');
  const realTemplates = readConfig()['Paths.Templates'];
  const templates = fs.mkdtempSync(path.join(env.testDir, 'templates-'));
  for (const f of keep) fs.copyFileSync(path.join(realTemplates, f), path.join(templates, f));
  const log = path.join(env.testDir, `incident-${process.pid}.log`);
  fs.writeFileSync(log, '');
  const conf = privateConfig(`incident-${process.pid}.hdf`, { 'Paths.Templates': templates, 'Paths.Log': log });
  try {
    const r = run(prog, [], { env: Object.assign(cgiEnv('GET', '/'), { SIBINA_CONFIG: conf }) });
    const res = parseCgi(r.stdout);
    assert.equal(res.status, 500, `Status: ${res.statusLine}`);
    assert.match(res.statusLine, /^500\b/);
    assert.match(String(res.headers['content-type']), /^text\/html;\s*charset=utf-8$/i);
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.ok(!res.body.includes(templates), 'the page does not show the template path');
    assert.doesNotMatch(res.body, /\b[a-z_]+\.cs\b/, 'the page does not name a template file');
    assert.doesNotMatch(res.body, /Traceback|neo_|NEOERR|\.c:\d+|NotFound/i, 'the page shows no traceback');
    const logText = fs.readFileSync(log, 'utf8');
    const m = textOf(res.body).match(/Kode insiden:?\s*([A-Za-z0-9]{8})\b/);
    assert.ok(m, `the page shows "Kode insiden: XXXXXXXX"; page: ${res.body.slice(0, 1000)}; log: ${logText}`);
    const id = m[1];
    const lines = logText.split('\n').filter((l) => l.includes(id));
    assert.ok(lines.length >= 1, `the log holds the incident id ${id}: ${logText}`);
    assert.ok(lines.some((l) => l.includes(missing)), `the log line with ${id} names the missing ${missing}: ${lines.join('\n')}`);
  } finally {
    fs.rmSync(templates, { recursive: true, force: true });
    fs.rmSync(conf, { force: true });
    fs.rmSync(log, { force: true });
  }
}

test('internal error answers 500 with an incident id; the detail goes only to the log', () => {
  // The page's own template is missing; the error page's templates are there.
  checkIncident(['layout.cs', 'macros.cs', 'error.cs'], 'home.cs');
});

test('internal error with no templates at all still shows the incident id (built-in page)', () => {
  checkIncident([], 'home.cs');
});

test('a configuration file that cannot be read answers 500 with an incident id, not a crash', () => {
  const prog = path.join(env.cgiBin, 'sibina.fcgi');
  const conf = path.join(env.testDir, `no-such-config-${process.pid}.hdf`);
  const r = run(prog, [], { env: Object.assign(cgiEnv('GET', '/'), { SIBINA_CONFIG: conf }) });
  assert.equal(r.status, 0, `the program exits normally: ${r.stderr}`);
  const res = parseCgi(r.stdout);
  assert.equal(res.status, 500);
  assert.match(textOf(res.body), /Kode insiden:?\s*[A-Z0-9]{8}\b/);
  assert.ok(!res.body.includes(conf), 'the page does not name the configuration file');
  // With no configuration there is no log file: the detail goes to stderr (the server's error log).
  assert.ok(r.stderr.includes(conf), `stderr names the unreadable file: ${r.stderr}`);
});
