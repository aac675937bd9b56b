// Shared helpers for the HTTP tests: raw requests, the test database, the HDF config, HTML text.
'use strict';

const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { before, after } = require('node:test');

const env = {
  baseUrl: (process.env.SIBINA_BASE_URL || 'http://127.0.0.1:18080').replace(/\/+$/, ''),
  server: process.env.SIBINA_SERVER || 'nginx',
  dbSocket: process.env.SIBINA_DB_SOCKET || '',
  dbName: process.env.SIBINA_DB_NAME || 'sibina',
  config: process.env.SIBINA_CONFIG || '',
  cgiBin: process.env.SIBINA_CGI_BIN || '',
  testDir: process.env.SIBINA_TEST_DIR || os.tmpdir(),
  buildDir: process.env.SIBINA_BUILD_DIR || '',
  ci: process.env.CI === 'true' || process.env.CI === '1',
};

const SERVICE_SLUG = 'pembinaan-umkm-koperasi';
const SERVICE_PATH = '/layanan/' + SERVICE_SLUG;

// The security headers every response must carry (contract: "Behaviour the C programs implement").
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy'];

const base = new URL(env.baseUrl);

// Sends one HTTP/1.1 request with an exact, unnormalised path; resolves to
// { status, headers, rawHeaders, body } (body as a UTF-8 string, bodyBytes as a Buffer).
function request(method, reqPath, options = {}) {
  const headers = Object.assign({ Connection: 'close' }, options.headers || {});
  let payload = null;
  if (options.body !== undefined) {
    payload = Buffer.from(options.body);
    // { chunked: true }: sent without a length, as a browser streams an upload it cannot size.
    if (options.chunked) headers['Transfer-Encoding'] = 'chunked';
    else headers['Content-Length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: base.hostname,
      port: base.port || 80,
      method,
      path: reqPath,
      headers,
      agent: false,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const bodyBytes = Buffer.concat(chunks);
        resolve({
          status: res.statusCode,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          bodyBytes,
          body: bodyBytes.toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(options.timeout || 10000, () => req.destroy(new Error(`timeout: ${method} ${reqPath}`)));
    req.on('error', reject);
    if (payload !== null && options.chunked) {
      for (let i = 0; i < payload.length; i += 65536) req.write(payload.subarray(i, i + 65536));
    } else if (payload !== null) {
      req.write(payload);
    }
    req.end();
  });
}

const get = (p, options) => request('GET', p, options);

// Writes a request verbatim on a TCP socket (send Connection: close) and returns every byte
// the server sent until it closed.
function rawRequest(text, timeout = 10000) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const sock = net.connect(Number(base.port || 80), base.hostname, () => sock.write(text));
    sock.setTimeout(timeout, () => sock.destroy(new Error('raw request timeout')));
    sock.on('data', (c) => chunks.push(c));
    sock.on('error', reject);
    sock.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

// Returns how many times a header (case-insensitive) was sent.
function headerCount(res, name) {
  let n = 0;
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    if (res.rawHeaders[i].toLowerCase() === name.toLowerCase()) n++;
  }
  return n;
}

// Asserts the contract's security headers, each sent exactly once. Program responses
// (pages and their error pages) also carry X-Frame-Options: DENY.
function assertSecurityHeaders(res, { program = true, what = '' } = {}) {
  const names = program ? SECURITY_HEADERS.concat('x-frame-options') : SECURITY_HEADERS;
  for (const name of names) {
    assert.equal(headerCount(res, name), 1, `${what}: header ${name} must be sent exactly once (headers: ${JSON.stringify(res.headers)})`);
  }
  const csp = res.headers['content-security-policy'];
  const directives = parseCsp(csp);
  assert.deepEqual(directives['default-src'], ["'none'"], `${what}: CSP default-src 'none' (got ${csp})`);
  assert.deepEqual(directives['frame-ancestors'], ["'none'"], `${what}: CSP frame-ancestors 'none' (got ${csp})`);
  assert.ok(!/unsafe-inline|unsafe-eval/.test(csp), `${what}: CSP must not allow unsafe-inline/unsafe-eval (got ${csp})`);
  assert.ok(!directives['script-src'] || !directives['script-src'].some((s) => s === '*' || /^(https?|data):?$/.test(s)),
    `${what}: CSP script-src must not be wide open (got ${csp})`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(res.headers['referrer-policy'], 'same-origin', `${what}: Referrer-Policy`);
  if (program) assert.equal(res.headers['x-frame-options'], 'DENY', `${what}: X-Frame-Options`);
}

function parseCsp(csp) {
  const out = {};
  for (const part of String(csp || '').split(';')) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (words.length) out[words[0].toLowerCase()] = words.slice(1);
  }
  return out;
}

function assertHtmlUtf8(res, what = '') {
  assert.match(String(res.headers['content-type'] || ''), /^text\/html;\s*charset=utf-8$/i,
    `${what}: Content-Type must be text/html; charset=utf-8 (got ${res.headers['content-type']})`);
}

// Polls fn() every `interval` ms until it returns a truthy value or `ms` elapse; returns the last value.
async function poll(fn, { ms = 2500, interval = 100 } = {}) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = undefined;
      if (Date.now() >= deadline) throw e;
    }
    if (Date.now() >= deadline) return last;
    await sleep(interval);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- database (mariadb client over the test socket, as root with socket auth) ----

function dbArgs() {
  if (!env.dbSocket) throw new Error('SIBINA_DB_SOCKET is not set: the HTTP tests need the test database socket');
  return ['--no-defaults', '-uroot', `--socket=${env.dbSocket}`, '--default-character-set=utf8mb4', env.dbName, '-N', '-B', '-e'];
}

// Runs SQL and returns the rows as arrays of strings (NULL as null).
function sql(statement) {
  const out = execFileSync('mariadb', dbArgs().concat(statement), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.split('\n').filter((l) => l !== '').map((line) => line.split('\t').map((v) => (v === 'NULL' ? null : unescapeBatch(v))));
}

// Undoes the mariadb client's batch-mode escaping (backslash-n, -t, -0, and a doubled backslash).
function unescapeBatch(v) {
  return v.replace(/\\([nt0\\])/g, (all, c) => ({ n: '\n', t: '\t', 0: '\0', '\\': '\\' })[c]);
}

// Quotes a string as an SQL literal.
function q(s) {
  if (s === null || s === undefined) return 'NULL';
  return "'" + String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

// ---- HDF config ----

// Parses the subset of HDF that the config uses: nested "Name {", "}", "a.b = value", "#" comments,
// "<<" heredocs. Later assignments win, as in ClearSilver.
function parseHdf(text) {
  const out = {};
  const stack = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line === '}') { stack.pop(); continue; }
    let m = line.match(/^([A-Za-z0-9_.\-*]+)\s*\{$/);
    if (m) { stack.push(m[1]); continue; }
    m = line.match(/^([A-Za-z0-9_.\-*]+)\s*<<\s*(\S+)$/);
    if (m) {
      const val = [];
      for (i++; i < lines.length && lines[i].trim() !== m[2]; i++) val.push(lines[i]);
      out[stack.concat(m[1]).join('.')] = val.join('\n');
      continue;
    }
    m = line.match(/^([A-Za-z0-9_.\-*]+)\s*[:!]?=\s?(.*)$/);
    if (m) out[stack.concat(m[1]).join('.')] = m[2].trim();
  }
  return out;
}

function readConfig(file = env.config) {
  if (!file) throw new Error('SIBINA_CONFIG is not set');
  return parseHdf(fs.readFileSync(file, 'utf8'));
}

// Writes a private copy of the config with some keys overridden (appended: the last value wins).
function privateConfig(name, overrides) {
  const text = fs.readFileSync(env.config, 'utf8');
  const extra = Object.entries(overrides).map(([k, v]) => `${k} = ${v}`).join('\n');
  const file = path.join(env.testDir, name);
  fs.writeFileSync(file, text.replace(/\s*$/, '\n') + extra + '\n', { mode: 0o600 });
  return file;
}

// ---- HTML ----

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const v = ENTITIES[e.toLowerCase()];
    return v === undefined ? all : v;
  });
}

// The visible text of an HTML fragment: no comments, scripts, styles or tags; entities decoded;
// whitespace collapsed.
function textOf(html) {
  return decodeEntities(String(html)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

// Every element <tag ...>...</tag> (not nested in itself) as { attrs, inner, html }.
function elements(html, tag) {
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  const out = [];
  let m;
  while ((m = re.exec(html)) !== null) out.push({ attrs: m[1], inner: m[2], html: m[0] });
  return out;
}

// The table cells (th and td) of a row, in order, as { tag, attrs, text }.
function cells(rowHtml) {
  const re = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<(?:td|th)\b|<\/tr\s*>|$)/gi;
  const out = [];
  let m;
  while ((m = re.exec(rowHtml)) !== null) out.push({ tag: m[1].toLowerCase(), attrs: m[2], text: textOf(m[3]) });
  return out;
}

function attr(attrs, name) {
  const m = String(attrs).match(new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  if (!m) return null;
  return decodeEntities(m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4]);
}

// Every href of an <a> element.
function links(html) {
  return [...String(html).matchAll(/<a\b([^>]*)>/gi)].map((m) => attr(m[1], 'href')).filter((h) => h !== null);
}

// ---- running one file's tests alone ----

// The HTTP test files change shared state (the database, MariaDB itself): each file holds
// an exclusive lock for its whole run, so files never overlap even if the runner runs them
// in parallel, or the suite runs against several servers at once.
const LOCK_DIR = path.join(env.testDir, 'http-tests.lock');

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

async function acquireLock() {
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try { owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8')); } catch { /* being written */ }
      if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      await sleep(100);
    }
  }
}

function releaseLock() {
  try {
    if (Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8')) === process.pid) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  } catch { /* not ours */ }
}

function exclusive() {
  before(acquireLock, { timeout: 600000 });
  after(releaseLock);
  process.on('exit', releaseLock);
}

// The standards page, as the test expects it from the seed (shared/seed/standar-pelayanan-pembinaan-umkm-koperasi.txt).
const SEED = {
  steps: [
    ['Surat Permohonan dari UMKM dan Koperasi', ''],
    ['Menerima Surat Permohonan, Mengagendakan, dan Memberikan lembar Disposisi', '3 menit'],
    ['Menganalisa dan Memberikan Saran pada Lembaran Disposisi ke Kepala Dinas', '5 menit'],
    ['Meneliti dan Memberikan Disposisi ke Kepala Bidang', '5 menit'],
    ['Meneruskan Berkas Permohonan yang telah di disposisikan oleh Kepala Dinas ke Bidang', '3 menit'],
    ['Menerima Surat Permohonan dan Mendisposisikan ke Kasi', '3 menit'],
    ['Membuat Surat Tugas untuk Melakukan Pembinaan', '15 menit'],
    ['Melakukan Pembinaan', '1 hari'],
    ['Membuat Laporan Hasil Pembinaan dan Rencana Tindak Lanjut', '15 menit'],
  ],
  lanes: ['UMKM dan Koperasi', 'Front Office', 'Back Office', 'Kasi', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas'],
};

// Runs a program and returns { status, stdout (Buffer), stderr (string) }.
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, Object.assign({ maxBuffer: 16 << 20, timeout: 30000 }, options));
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr ? r.stderr.toString() : '' };
}

// Splits a CGI response (headers, blank line, body) into { status, headers (lower-case name -> [values]), body }.
function parseCgi(buf) {
  const s = buf.toString('utf8');
  const m = s.match(/\r?\n\r?\n/);
  assert.ok(m, `CGI output has no blank line after the headers: ${JSON.stringify(s.slice(0, 500))}`);
  const head = s.slice(0, m.index);
  const body = s.slice(m.index + m[0].length);
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    assert.ok(i > 0, `malformed CGI header line: ${JSON.stringify(line)}`);
    const name = line.slice(0, i).trim().toLowerCase();
    (headers[name] = headers[name] || []).push(line.slice(i + 1).trim());
  }
  const status = headers.status ? parseInt(headers.status[0], 10) : 200;
  return { status, statusLine: headers.status ? headers.status[0] : null, headers, head, body };
}

// The CGI environment for one request to the program, as a web server would set it.
function cgiEnv(method, uri, extra = {}) {
  const qi = uri.indexOf('?');
  const p = qi < 0 ? uri : uri.slice(0, qi);
  return Object.assign({
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    SERVER_SOFTWARE: 'sibina-test',
    SERVER_NAME: '127.0.0.1',
    SERVER_PORT: '80',
    SERVER_ADDR: '127.0.0.1',
    REMOTE_ADDR: '127.0.0.1',
    REMOTE_PORT: '40000',
    REQUEST_METHOD: method,
    REQUEST_URI: uri,
    SCRIPT_NAME: '',
    PATH_INFO: decodeURIComponentSafe(p),
    QUERY_STRING: qi < 0 ? '' : uri.slice(qi + 1),
    DOCUMENT_URI: p,
    HTTP_HOST: '127.0.0.1',
  }, extra);
}

// Starts one FastCGI worker of the public program on $SIBINA_TEST_DIR/NAME.sock with the given
// environment; returns { pid, request(method, uri, extra, body), stop() }.
function startWorker(name, workerEnv) {
  const sock = path.join(env.testDir, `${name}.sock`);
  const pidfile = path.join(env.testDir, `${name}.pid`);
  fs.rmSync(sock, { force: true });
  fs.rmSync(pidfile, { force: true });
  const r = run('/usr/bin/spawn-fcgi', ['-s', sock, '-M', '0600', '-F', '1', '-P', pidfile, '--',
    path.join(env.cgiBin, 'sibina.fcgi')], { env: Object.assign({ PATH: '/usr/bin:/bin' }, workerEnv) });
  assert.equal(r.status, 0, `spawn-fcgi failed: ${r.stdout} ${r.stderr}`);
  const pid = Number(fs.readFileSync(pidfile, 'utf8').trim().split(/\s+/)[0]);
  assert.ok(pid > 0, 'spawn-fcgi wrote the worker pid');
  return {
    pid,
    // Sends one request through cgi-fcgi and returns the parsed response (and .raw).
    request(method, uri, extra = {}, body = '') {
      const e = cgiEnv(method, uri, extra);
      if (body) {
        // A CONTENT_LENGTH in extra may promise more than the body holds (a body cut short).
        e.CONTENT_LENGTH = extra.CONTENT_LENGTH || String(Buffer.byteLength(body));
        e.CONTENT_TYPE = e.CONTENT_TYPE || 'application/x-www-form-urlencoded';
      }
      // The body comes from a file: cgi-fcgi may stop reading when the program has answered
      // without reading it all (a 413), and a pipe would then fail with EPIPE.
      const bodyFile = path.join(env.testDir, `${name}.body`);
      fs.writeFileSync(bodyFile, body);
      const fd = fs.openSync(bodyFile, 'r');
      let res;
      try {
        res = run('/usr/bin/cgi-fcgi', ['-bind', '-connect', sock], { env: e, stdio: [fd, 'pipe', 'pipe'], timeout: 10000 });
      } finally {
        fs.closeSync(fd);
        fs.rmSync(bodyFile, { force: true });
      }
      assert.equal(res.status, 0, `cgi-fcgi ${method} ${uri} exited ${res.status}: ${res.stderr}`);
      return Object.assign(parseCgi(res.stdout), { raw: res.stdout.toString('utf8') });
    },
    async stop() {
      try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 50; i++) {
        try { process.kill(pid, 0); } catch { break; }
        await sleep(100);
      }
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      fs.rmSync(sock, { force: true });
      fs.rmSync(pidfile, { force: true });
    },
  };
}

// For a test file about a lone worker: registers hooks that start one (with its own config and
// log, in the nginx pass only, since it does not depend on the web server) and stop it. The
// config path reaches the worker in its environment, or, with { configInEnv: false }, only
// per request (the test passes conf() itself); `overrides` are further config keys of its own.
// Returns { skip, worker(), conf() }.
function loneWorker(name, { configInEnv = true, overrides = {} } = {}) {
  const skip = env.server !== 'nginx' ? `run once, with the nginx pass (SIBINA_SERVER=${env.server})` : false;
  let worker = null;
  let conf = '';
  before(() => {
    if (skip) return;
    assert.ok(env.cgiBin, 'SIBINA_CGI_BIN is set');
    conf = privateConfig(`${name}.hdf`, Object.assign({ 'Paths.Log': path.join(env.testDir, `${name}.log`) }, overrides));
    worker = startWorker(name, configInEnv ? { SIBINA_CONFIG: conf } : {});
  });
  after(async () => {
    if (worker) await worker.stop();
    if (conf) fs.rmSync(conf, { force: true });
  });
  return { skip, worker: () => worker, conf: () => conf };
}

// ---- the applicant's request (issue 3) ----

const FORM_PATH = SERVICE_PATH + '/permohonan';
// Tracking codes as shown: XXXXX-XXXXX from an alphabet without 0/O/1/I.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{5}-[${CODE_ALPHABET}]{5}$`);
const CSRF_COOKIE = 'sibina_csrf';

// The value attribute of the first <input> (or the text of the <textarea>) named `name`; null if none.
function inputValue(html, name) {
  for (const m of String(html).matchAll(/<input\b([^>]*)>/gi)) {
    if (attr(m[1], 'name') === name) return attr(m[1], 'value') ?? '';
  }
  const ta = elements(html, 'textarea').find((t) => attr(t.attrs, 'name') === name);
  return ta ? decodeEntities(ta.inner.replace(/^\r?\n/, '')) : null;
}

// Every <input> named `name`, as attribute strings.
function inputs(html, name) {
  return [...String(html).matchAll(/<input\b([^>]*)>/gi)].map((m) => m[1]).filter((a) => attr(a, 'name') === name);
}

// The text of the element with id="ID" (e.g. a field's message e-NAME); null if none.
function textById(html, id) {
  const re = new RegExp(`<([a-z][a-z0-9]*)\\b([^>]*\\bid\\s*=\\s*["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*)>`, 'i');
  const m = String(html).match(re);
  if (!m) return null;
  const rest = String(html).slice(m.index + m[0].length);
  const end = rest.search(new RegExp(`</${m[1]}\\s*>`, 'i'));
  return textOf(end < 0 ? rest : rest.slice(0, end));
}

// The "name=value" of the csrf cookie in a response's Set-Cookie (an array or a string); null if none.
function csrfCookie(setCookie) {
  for (const c of [].concat(setCookie || [])) {
    const m = String(c).match(new RegExp(`^\\s*${CSRF_COOKIE}=([^;]*)`));
    if (m) return `${CSRF_COOKIE}=${m[1]}`;
  }
  return null;
}

// The hidden inputs of a served form and the browser's cookie: { cookie, csrf, submitKey }.
function parseForm(html, setCookie, cookie = null) {
  const form = { cookie: csrfCookie(setCookie) || cookie, csrf: inputValue(html, 'csrf'), submitKey: inputValue(html, 'submit_key') };
  assert.ok(form.cookie, `the form page set no ${CSRF_COOKIE} cookie (Set-Cookie: ${JSON.stringify(setCookie)})`);
  assert.ok(form.csrf, 'the form page has a hidden input name="csrf" with a value');
  assert.match(form.submitKey || '', /^[0-9a-f]{64}$/, 'the form page has a hidden input name="submit_key" of 64 lowercase hex');
  return form;
}

// Opens the request form as a browser would (with { cookie }, as a browser that has the cookie):
// returns { cookie, csrf, submitKey, res }.
async function openForm({ cookie = null } = {}) {
  const res = await get(FORM_PATH, cookie ? { headers: { Cookie: cookie } } : {});
  assert.equal(res.status, 200, `GET ${FORM_PATH}: ${res.body.slice(0, 300)}`);
  return Object.assign(parseForm(res.body, res.headers['set-cookie'], cookie), { res });
}

// A complete, valid set of the form's fields (aspek: several ticked boxes), with overrides.
function validFields(overrides = {}) {
  return Object.assign({
    jenis: 'umkm',
    nama_usaha: 'Kedai Kopi Bundo Saiyo',
    kontak: 'Siti Rahmawati',
    jabatan: 'Pemilik',
    hp: '0812 3456 7890',
    email: 'siti.rahmawati@example.com',
    alamat: 'Jl. Lintas Sumatera No. 12, Muaro',
    kecamatan: 'Sijunjung',
    nagari: 'Muaro',
    sektor: 'Makanan dan minuman',
    nib: '',
    badan_hukum: '',
    aspek: ['pemasaran', 'digitalisasi'],
    uraian: 'Kami ingin belajar memasarkan kopi bubuk secara daring dan mengurus izin edar.',
    setuju: '1',
    kosongkan: '',
  }, overrides);
}

// What a browser sends for a file input left empty: a part with an empty file name and no bytes.
const NO_FILE = Object.freeze({ filename: '', type: 'application/octet-stream', content: Buffer.alloc(0) });

const entriesOf = (x) => (Array.isArray(x) ? x : Object.entries(x || {}));

// Escapes a file name in a Content-Disposition as browsers do (WHATWG: " CR LF as %22 %0D %0A).
function dispositionName(name) {
  return Buffer.isBuffer(name) ? name : Buffer.from(String(name).replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

// Builds a multipart/form-data body by hand. fields: { name: value } or [[name, value], ...], a
// value a string, a Buffer (raw bytes) or an array (repeated parts); files: { name: { filename,
// type, content } } or [[name, file], ...]. Returns { body (Buffer), contentType, boundary }.
function multipart(fields, files = {}, boundary = '----SibinaTest' + require('node:crypto').randomBytes(12).toString('hex')) {
  const parts = [];
  const open = (head) => parts.push(Buffer.from(`--${boundary}\r\n`), Buffer.isBuffer(head) ? head : Buffer.from(head));
  for (const [name, value] of entriesOf(fields)) {
    for (const v of [].concat(value)) {
      open(`Content-Disposition: form-data; name="${name}"\r\n\r\n`);
      parts.push(Buffer.isBuffer(v) ? v : Buffer.from(String(v)), Buffer.from('\r\n'));
    }
  }
  for (const [name, file] of entriesOf(files)) {
    open(Buffer.concat([Buffer.from(`Content-Disposition: form-data; name="${name}"; filename="`),
      dispositionName(file.filename), Buffer.from(`"\r\nContent-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`)]));
    parts.push(Buffer.from(file.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}`, boundary };
}

// The request a browser would send for a form: { body, headers }. The hidden inputs come first;
// opts.csrf / opts.submitKey / opts.cookie replace the form's (null: left out).
function submission(form, fields, files = {}, opts = {}) {
  const hidden = [];
  const csrf = 'csrf' in opts ? opts.csrf : form.csrf;
  const key = 'submitKey' in opts ? opts.submitKey : form.submitKey;
  if (csrf !== null && csrf !== undefined) hidden.push(['csrf', csrf]);
  if (key !== null && key !== undefined) hidden.push(['submit_key', key]);
  const { body, contentType } = multipart(hidden.concat(entriesOf(fields)), files);
  const headers = { 'Content-Type': contentType };
  const cookie = 'cookie' in opts ? opts.cookie : form.cookie;
  if (cookie) headers.Cookie = cookie;
  return { body, headers };
}

// POSTs a form (see submission) to the request form's URL; resolves to the response.
function submit(form, fields, files = {}, opts = {}) {
  const { body, headers } = submission(form, fields, files, opts);
  return request('POST', opts.path || FORM_PATH, { headers, body, timeout: opts.timeout || 30000 });
}

// The tracking code of a 303's Location ({BasePath}/permohonan/CODE); fails the test otherwise.
function locationCode(res) {
  assert.equal(res.status, 303, `expected 303, got ${res.status}: ${textOf(res.body).slice(0, 400)}`);
  const loc = String(res.headers.location || '');
  const basePath = readConfig()['Site.BasePath'] || '';
  const m = loc.match(new RegExp(`^(?:https?://[^/]+)?${basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/permohonan/([^/?#]+)$`));
  assert.ok(m, `Location ${JSON.stringify(loc)} is {BasePath}/permohonan/CODE`);
  assert.match(m[1], CODE_RE, `the tracking code in ${loc}`);
  return m[1];
}

// Opens a form and submits it with valid fields (overrides) and a small PDF: { code, form, fields, res }.
async function submitValid(overrides = {}, files = null) {
  const { pdf } = require('./fixtures.js');
  const form = await openForm();
  const fields = validFields(overrides);
  const res = await submit(form, fields, files || { surat: { filename: 'surat.pdf', type: 'application/pdf', content: pdf() } });
  return { code: locationCode(res), form, fields, res };
}

// Paths.Uploads of the config: where the applicants' files are stored.
function uploadsDir() {
  const dir = readConfig()['Paths.Uploads'];
  assert.ok(dir, `Paths.Uploads is set in ${env.config}`);
  return dir;
}

// The rows of request, attachment and event and the files stored under Paths.Uploads.
function counts() {
  const [[request, attachment, event]] = sql('SELECT (SELECT COUNT(*) FROM request), (SELECT COUNT(*) FROM attachment), (SELECT COUNT(*) FROM event)');
  return { request: Number(request), attachment: Number(attachment), event: Number(event), files: fs.readdirSync(uploadsDir()).length };
}

// Asserts that nothing was recorded or stored since `before` (a counts() value).
function assertUnchanged(before, what = '') {
  assert.deepEqual(counts(), before, `${what}: rows of request/attachment/event and stored files must be unchanged`);
}

// Forgets the per-address counters (misses of tracking codes, accepted submissions).
function resetAttempts() {
  sql('DELETE FROM attempt');
}

// ---- the staff area (issue 4) ----

const ADMIN_PATH = '/admin';
const SESSION_COOKIE = 'sibina_sess';
const ROLES = ['front_office', 'sekretaris', 'kepala_dinas', 'back_office', 'kepala_bidang', 'kasi', 'admin'];
const LOGIN_FAILED = 'Nama pengguna atau kata sandi salah.';
const SESSION_ENDED = 'Sesi Anda telah berakhir';
const NOT_ALLOWED = 'Anda tidak berwenang membuka halaman ini.';

const sha256hex = (s) => require('node:crypto').createHash('sha256').update(String(s)).digest('hex');
const randomHex = (bytes) => require('node:crypto').randomBytes(bytes).toString('hex');

// A username of a test account: "uji" and a random suffix, so that the three server passes
// (same database) and reruns never collide.
const testUsername = (prefix = 'uji') => prefix + randomHex(5);
// A password of a test account: long enough, unique, easy to look for in a page or a log.
const testPassword = () => 'Uji-Sandi-' + randomHex(8);

// The Cookie header a browser would send next: `jar` ("a=1; b=2") updated with a response's
// Set-Cookie (later values replace earlier ones; an emptied or expired cookie is dropped).
function mergeCookies(jar, setCookie) {
  const map = new Map();
  for (const part of String(jar || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) map.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  for (const c of [].concat(setCookie || [])) {
    const [pair, ...attrs] = String(c).split(';');
    const i = pair.indexOf('=');
    if (i <= 0) continue;
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    const expired = value === '' || attrs.some((a) => {
      const m = a.match(/^\s*(max-age|expires)\s*=\s*(.*)$/i);
      if (!m) return false;
      return m[1].toLowerCase() === 'max-age' ? Number(m[2]) <= 0 : Date.parse(m[2]) <= Date.now();
    });
    if (expired) map.delete(name);
    else map.set(name, value);
  }
  return [...map].map(([k, v]) => `${k}=${v}`).join('; ');
}

// The value of cookie `name` in a jar; null if none.
function cookieValue(jar, name) {
  for (const part of String(jar || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}

// The whole Set-Cookie line of a response for cookie `name`; null if none.
function setCookieLine(res, name) {
  return [].concat(res.headers['set-cookie'] || []).find((c) => String(c).trim().startsWith(name + '=')) || null;
}

// The path (and query) of a redirect's Location, without scheme and host; null if none.
function locationPath(res) {
  const loc = res.headers.location;
  if (!loc) return null;
  return String(loc).replace(/^https?:\/\/[^/]+/i, '');
}

// Asserts a 303 to `where` ({BasePath} + where; a RegExp is matched against the path instead).
function assertRedirect(res, where, what = '') {
  assert.equal(res.status, 303, `${what}: expected 303 to ${where}, got ${res.status} (Location ${res.headers.location}; page: ${textOf(res.body).slice(0, 300)})`);
  const loc = locationPath(res);
  if (where instanceof RegExp) assert.match(loc || '', where, `${what}: Location`);
  else assert.equal(loc, (readConfig()['Site.BasePath'] || '') + where, `${what}: Location`);
}

// A URL-encoded body from { name: value } or [[name, value], ...] (array values repeat the name).
function formBody(fields) {
  const p = new URLSearchParams();
  for (const [k, v] of entriesOf(fields)) for (const x of [].concat(v)) p.append(k, String(x));
  return p.toString();
}

// POSTs fields URL-encoded with the jar as Cookie (none if empty).
function postForm(jar, p, fields) {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (jar) headers.Cookie = jar;
  return request('POST', p, { headers, body: formBody(fields) });
}

// GET of a staff page with the jar as Cookie.
function staffGet(jar, p) {
  return get(p, jar ? { headers: { Cookie: jar } } : {});
}

// The csrf token of a logged-in browser: from the change-password page, which every staff
// member may open (even one who must change their password); null if it is not served.
async function staffCsrf(jar) {
  const res = await staffGet(jar, ADMIN_PATH + '/sandi');
  return res.status === 200 ? inputValue(res.body, 'csrf') : null;
}

// POSTs a staff form: the csrf field first (opts.csrf: a given token, or null to leave it out;
// by default one from staffCsrf), then the fields.
async function staffPost(jar, p, fields = {}, opts = {}) {
  const token = 'csrf' in opts ? opts.csrf : await staffCsrf(jar);
  const all = (token === null || token === undefined ? [] : [['csrf', token]]).concat(entriesOf(fields));
  return postForm(jar, p, all);
}

// Opens the login page with the jar: { res, jar (with the csrf cookie), csrf }.
async function loginPage(jar = '') {
  const res = await staffGet(jar, ADMIN_PATH + '/masuk');
  return { res, jar: mergeCookies(jar, res.headers['set-cookie']), csrf: inputValue(res.body, 'csrf') };
}

// Opens the login page and sends username and password: { res, jar (updated), page }.
async function loginAttempt(username, password, { jar = '' } = {}) {
  const page = await loginPage(jar);
  assert.equal(page.res.status, 200, `GET ${ADMIN_PATH}/masuk: ${textOf(page.res.body).slice(0, 300)}`);
  assert.ok(page.csrf, `GET ${ADMIN_PATH}/masuk: the login form has a hidden input name="csrf"`);
  const res = await postForm(page.jar, ADMIN_PATH + '/masuk', [['csrf', page.csrf], ['username', username], ['password', password]]);
  return { res, jar: mergeCookies(page.jar, res.headers['set-cookie']), page };
}

// Logs in and returns the browser's cookies (sibina_sess and sibina_csrf) as a Cookie header.
async function login(username, password, opts = {}) {
  const { res, jar } = await loginAttempt(username, password, opts);
  assert.equal(res.status, 303, `login as ${username}: expected 303, got ${res.status}: ${textOf(res.body).slice(0, 300)}`);
  assert.match(cookieValue(jar, SESSION_COOKIE) || '', /^[0-9a-f]{32}$/, `login as ${username}: a ${SESSION_COOKIE} cookie`);
  return jar;
}

// The staff-account tool (sibina-user) of the build, run with the test config; `input` is its stdin.
function sibinaUser(args, input = '') {
  assert.ok(env.buildDir, 'SIBINA_BUILD_DIR is set (the HTTP tests need the sibina-user tool)');
  const tool = path.join(env.buildDir, 'src', 'sibina-user');
  return run(tool, args, { input, env: Object.assign({}, process.env, { SIBINA_CONFIG: env.config }) });
}

// Makes a staff account with sibina-user: { id, username, password, role, name }.
function addStaff({ role, name = null, unit = null, username = testUsername(), password = testPassword(), extra = [] }) {
  const fullName = name || `Uji ${role} ${username.slice(3)}`;
  const args = ['add', username, '--role', role, '--name', fullName].concat(unit ? ['--unit', unit] : [], extra);
  const r = sibinaUser(args, password + '\n');
  assert.equal(r.status, 0, `sibina-user ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  const rows = sql(`SELECT id FROM staff WHERE username = ${q(username)}`);
  assert.equal(rows.length, 1, `sibina-user made the account ${username}`);
  return { id: Number(rows[0][0]), username, password, role, name: fullName };
}

// Makes a unit in the database (a seksi: with its bidang's id); returns its id.
function addUnit(kind, name, parentId = null) {
  sql(`INSERT INTO unit (kind, parent_id, name, active) VALUES (${q(kind)}, ${parentId === null ? 'NULL' : Number(parentId)}, ${q(name)}, 1)`);
  return Number(sql(`SELECT id FROM unit WHERE kind = ${q(kind)} AND name = ${q(name)}`)[0][0]);
}

// The options of the <select name="NAME">: [{ value, label, selected }].
function selectOptions(html, name) {
  const sel = elements(html, 'select').find((s) => attr(s.attrs, 'name') === name);
  if (!sel) return null;
  return [...sel.inner.matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|<\/optgroup|$)/gi)].map((m) => ({
    value: attr(m[1], 'value') ?? textOf(m[2].replace(/<\/option\s*>[\s\S]*$/i, '')),
    label: textOf(m[2].replace(/<\/option\s*>[\s\S]*$/i, '')),
    selected: /\bselected\b/i.test(m[1]),
  }));
}

// ---- the SOP steps (issue 4, part B): cases, acts, inboxes ----

const CASES_PATH = ADMIN_PATH + '/permohonan';
const FILES_PATH = ADMIN_PATH + '/berkas';
const LANE_ROLES = ROLES.filter((r) => r !== 'admin');
const ACT_DONE = 'Tindakan disimpan.';
const ACT_DENIED = 'Anda tidak dapat melakukan tindakan ini pada langkah sekarang.';
const ACTED_FIRST = 'sudah ditindaklanjuti oleh';

// The acts of the SOP's steps 2..9 (contract part B): the lane role that acts, the aksi sent,
// the status after it (null: not fixed by the contract).
const STEP_ACTS = {
  2: { role: 'front_office', aksi: 'terima', status: 'diproses' },
  3: { role: 'sekretaris', aksi: 'saran', status: 'diproses' },
  4: { role: 'kepala_dinas', aksi: 'disposisi', status: 'diproses' },
  5: { role: 'back_office', aksi: 'teruskan', status: 'diproses' },
  6: { role: 'kepala_bidang', aksi: 'disposisi_kasi', status: 'diproses' },
  7: { role: 'kasi', aksi: 'surat_tugas', status: 'dijadwalkan' },
  8: { role: 'kasi', aksi: 'pembinaan', status: null },
  9: { role: 'kasi', aksi: 'laporan', status: 'selesai' },
};

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// The office's clock (WIB, as the programs set their sessions): { now, today, year, month,
// tomorrow, inMonth, inTwoMonths } (dates YYYY-MM-DD, now YYYY-MM-DD HH:MM:SS).
function officeClock() {
  const [[now, today, tomorrow, inMonth, inTwoMonths]] = sql("SET time_zone = '+07:00'; SELECT NOW(), CURDATE(), " +
    'CURDATE() + INTERVAL 1 DAY, CURDATE() + INTERVAL 30 DAY, CURDATE() + INTERVAL 60 DAY');
  return { now, today, tomorrow, inMonth, inTwoMonths, year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

const REQUEST_COLUMNS = ['id', 'tracking_code', 'business_name', 'status', 'step_no', 'version', 'step_since', 'agenda_no',
  'received_on', 'letter_no', 'letter_date', 'sifat', 'perihal', 'return_reason', 'bidang_id', 'seksi_id', 'waiting', 'submitted_at'];
const NUMERIC = new Set(['id', 'step_no', 'version', 'bidang_id', 'seksi_id', 'waiting', 'actor_id', 'target_unit_id', 'request_id', 'size',
  'signer_id', 'created_by', 'recorded_by', 'written_by', 'position', 'staff_id', 'surat_tugas_id']);

function rowObjects(cols, rows) {
  return rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i] !== null && NUMERIC.has(c) ? Number(r[i]) : r[i]])));
}

// The request row (the columns above) by id; null if none.
function requestRow(id) {
  const rows = sql(`SELECT ${REQUEST_COLUMNS.join(', ')} FROM request WHERE id = ${Number(id)}`);
  return rows.length ? rowObjects(REQUEST_COLUMNS, rows)[0] : null;
}

// The id of the request with a tracking code.
function requestIdOf(code) {
  const rows = sql(`SELECT id FROM request WHERE tracking_code = ${q(code)}`);
  assert.equal(rows.length, 1, `a request with the code ${code}`);
  return Number(rows[0][0]);
}

const EVENT_COLUMNS = ['id', 'step_no', 'action', 'actor_role', 'actor_id', 'note', 'target_unit_id', 'at'];

// The events of a request, oldest first.
function eventsOf(id) {
  return rowObjects(EVENT_COLUMNS, sql(`SELECT ${EVENT_COLUMNS.join(', ')} FROM event WHERE request_id = ${Number(id)} ORDER BY id`));
}

const ATTACHMENT_COLUMNS = ['id', 'kind', 'stored_name', 'sha256', 'mime', 'size', 'original_name'];

// The files of a request (optionally of one kind), by id.
function attachmentsOf(id, kind = null) {
  return rowObjects(ATTACHMENT_COLUMNS, sql(`SELECT ${ATTACHMENT_COLUMNS.join(', ')} FROM attachment WHERE request_id = ${Number(id)}` +
    (kind ? ` AND kind = ${q(kind)}` : '') + ' ORDER BY id'));
}

// Everything an act on request `id` may write, as one string: its row, events, surat tugas and
// officers, coaching, report and actions, files, and the number counters. Equal strings: nothing changed.
function caseState(id) {
  const n = Number(id);
  return JSON.stringify(sql([
    `SELECT 'request', r.* FROM request r WHERE r.id = ${n}`,
    `SELECT 'event', e.* FROM event e WHERE e.request_id = ${n} ORDER BY e.id`,
    `SELECT 'surat_tugas', s.* FROM surat_tugas s WHERE s.request_id = ${n}`,
    `SELECT 'officer', o.* FROM surat_tugas_officer o JOIN surat_tugas s ON s.id = o.surat_tugas_id WHERE s.request_id = ${n} ORDER BY o.position`,
    `SELECT 'coaching', c.* FROM coaching c WHERE c.request_id = ${n}`,
    `SELECT 'report', p.* FROM report p WHERE p.request_id = ${n}`,
    `SELECT 'report_action', a.* FROM report_action a WHERE a.request_id = ${n} ORDER BY a.position`,
    `SELECT 'attachment', f.* FROM attachment f WHERE f.request_id = ${n} ORDER BY f.id`,
    "SELECT 'counter', c.* FROM counter c ORDER BY c.name, c.year",
  ].join('; ')));
}

// A NIP (18 digits: birth date, appointment month, sex, number), random in its last digits.
function testNip() {
  const rnd = require('node:crypto').randomInt(0, 1000);
  return `19850312201001${1 + (rnd % 2)}${String(rnd).padStart(3, '0')}`;
}

// A logged-in member of a lane team: the account with its browser (jar) and csrf token.
async function loggedIn(u) {
  const jar = await login(u.username, u.password);
  const csrf = await staffCsrf(jar);
  assert.ok(csrf, `${u.username}: a csrf token`);
  return Object.assign({}, u, { jar, csrf });
}

// Makes units and a logged-in user of every role for the SOP's lanes, all new (suffix `sfx`):
//   units: bidang (B) with seksi (S) and seksiLain (S'), bidangLain (B2) with seksiJauh (S2);
//   fo, fo2 (front office), sek, kadis (with NIP: a signer), bo, kabid (B), kabidLain (B2),
//   kasi, kasi2 (S), kasiLain (S'), kasiJauh (S2), officer (NIP, rank, position; in S),
//   officerNoNip (in S), admin.
async function addLaneTeam(sfx = randomHex(4)) {
  const names = {
    bidang: `Bidang Uji Alur ${sfx}`, seksi: `Seksi Uji Alur ${sfx}`, seksiLain: `Seksi Uji Lain ${sfx}`,
    bidangLain: `Bidang Uji Jauh ${sfx}`, seksiJauh: `Seksi Uji Jauh ${sfx}`,
  };
  const units = {};
  units.bidang = addUnit('bidang', names.bidang);
  units.seksi = addUnit('seksi', names.seksi, units.bidang);
  units.seksiLain = addUnit('seksi', names.seksiLain, units.bidang);
  units.bidangLain = addUnit('bidang', names.bidangLain);
  units.seksiJauh = addUnit('seksi', names.seksiJauh, units.bidangLain);
  const official = (position) => ['--nip', testNip(), '--rank', 'Penata Tk. I (III/d)', '--position', position];
  const spec = {
    fo: { role: 'front_office', name: `Fani Front ${sfx}` },
    fo2: { role: 'front_office', name: `Fikri Front ${sfx}` },
    sek: { role: 'sekretaris', name: `Sari Sekretaris ${sfx}` },
    kadis: { role: 'kepala_dinas', name: `Kamal Kadis ${sfx}`, extra: official('Kepala Dinas') },
    bo: { role: 'back_office', name: `Bima Back ${sfx}` },
    kabid: { role: 'kepala_bidang', unit: names.bidang, name: `Kiki Kabid ${sfx}`, extra: official('Kepala Bidang') },
    kabidLain: { role: 'kepala_bidang', unit: names.bidangLain, name: `Kurnia Kabid ${sfx}` },
    kasi: { role: 'kasi', unit: names.seksi, name: `Kasih Kasi ${sfx}` },
    kasi2: { role: 'kasi', unit: names.seksi, name: `Kusno Kasi ${sfx}` },
    kasiLain: { role: 'kasi', unit: names.seksiLain, name: `Kartini Kasi ${sfx}` },
    kasiJauh: { role: 'kasi', unit: names.seksiJauh, name: `Kasim Kasi ${sfx}` },
    officer: { role: 'kasi', unit: names.seksi, name: `Oki Petugas ${sfx}`, extra: official('Analis Pemberdayaan Koperasi') },
    officerNoNip: { role: 'kasi', unit: names.seksi, name: `Ola Tanpa NIP ${sfx}` },
    admin: { role: 'admin', name: `Ari Admin ${sfx}` },
  };
  const team = { units, unitNames: names };
  for (const [key, s] of Object.entries(spec)) {
    const u = addStaff({ role: s.role, unit: s.unit || null, name: s.name, extra: s.extra || [] });
    team[key] = await loggedIn(Object.assign(u, { key, unitId: s.unit ? units[Object.keys(names).find((k) => names[k] === s.unit)] : null }));
  }
  return team;
}

// The member of `team` who acts at `step` (the Kasi of the case's seksi for 7..9).
function actorOf(team, step) {
  return { 2: team.fo, 3: team.sek, 4: team.kadis, 5: team.bo, 6: team.kabid, 7: team.kasi, 8: team.kasi, 9: team.kasi }[step];
}

// Valid fields of the act of `step`, for `team` (its bidang, seksi, officer and signer), with overrides
// (a value undefined removes the field). Step 8 also has { files }.
function actFields(team, step, overrides = {}) {
  const d = officeClock();
  const f = {
    2: { tanggal_terima: d.today, nomor_surat: '017/KBS/XI/' + d.year, tanggal_surat: d.today, sifat: 'segera',
      perihal: 'Permohonan pembinaan pemasaran daring' },
    3: { saran: 'Mohon didisposisikan ke bidang terkait.\nPemohon layak dibina.' },
    4: { disposisi: 'Tindak lanjuti dengan pembinaan pemasaran.', bidang: String(team.units.bidang) },
    5: { catatan: 'Berkas diteruskan ke bidang.' },
    6: { disposisi: 'Buat surat tugas dan laksanakan pembinaan.', seksi: String(team.units.seksi) },
    7: { dasar: 'Surat Permohonan pemohon dan disposisi Kepala Dinas.', petugas: [String(team.officer.id)],
      tanggal_mulai: d.tomorrow, tanggal_selesai: d.inMonth, tempat: 'Nagari Muaro, Kecamatan Sijunjung',
      untuk: 'Melakukan pembinaan pemasaran daring.', penandatangan: String(team.kadis.id) },
    8: { tanggal_pelaksanaan: d.today, hadir: 'Pemilik usaha dan dua karyawan', catatan: 'Pembinaan berjalan lancar.' },
    9: { hasil: 'Pemohon memahami pemasaran daring.', saran: 'Gunakan lokapasar resmi.',
      tindak_lanjut_1: 'Membuat akun lokapasar', tanggal_1: d.inMonth,
      tindak_lanjut_2: 'Mengurus izin edar PIRT', tanggal_2: d.inTwoMonths },
  }[step];
  assert.ok(f, `no act at step ${step}`);
  const out = Object.assign({}, f, overrides);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

// The path of a case page.
const casePath = (id) => (readConfig()['Site.BasePath'] || '') + CASES_PATH + '/' + Number(id);

// GET of a case page by a member (or { jar: '' }).
const openCase = (who, id) => staffGet(who.jar, casePath(id));

// POSTs an act on case `id` as `who` ({ jar, csrf }): csrf, versi (by default the row's version;
// null: left out), aksi, then the fields. With opts.files (or opts.multipart) the form goes as
// multipart/form-data (the coaching form, with its file inputs).
function act(who, id, aksi, fields = {}, opts = {}) {
  const versi = 'versi' in opts ? opts.versi : requestRow(id).version;
  const csrf = 'csrf' in opts ? opts.csrf : who.csrf;
  const all = [];
  if (csrf !== null && csrf !== undefined) all.push(['csrf', csrf]);
  if (versi !== null && versi !== undefined) all.push(['versi', String(versi)]);
  if (aksi !== null && aksi !== undefined) all.push(['aksi', aksi]);
  for (const e of entriesOf(fields)) all.push(e);
  if (opts.files || opts.multipart) {
    const { body, contentType } = multipart(all, opts.files || {});
    const headers = { 'Content-Type': contentType };
    if (who.jar) headers.Cookie = who.jar;
    return request('POST', casePath(id), { headers, body, timeout: 30000 });
  }
  return postForm(who.jar, casePath(id), all);
}

// The coaching's file inputs as a browser sends them: `foto_1` a JPEG (or what is given), the others empty.
function coachingFiles(foto1 = null) {
  const { jpeg } = require('./fixtures.js');
  return { foto_1: foto1 || { filename: 'pembinaan.jpg', type: 'image/jpeg', content: jpeg() }, foto_2: NO_FILE, foto_3: NO_FILE };
}

// Does the valid act of the case's step, as the team's member of that step; asserts 303. Returns the response.
async function doStep(team, id, overrides = {}) {
  const step = requestRow(id).step_no;
  const a = STEP_ACTS[step];
  assert.ok(a, `case ${id} waits at step ${step}, which has no act`);
  const opts = step === 8 ? { files: coachingFiles() } : {};
  const res = await act(actorOf(team, step), id, a.aksi, actFields(team, step, overrides), opts);
  assert.equal(res.status, 303, `step ${step} (${a.aksi}) on case ${id}: expected 303, got ${res.status}: ${textOf(res.body).slice(0, 400)}`);
  return res;
}

// Takes case `id` by valid acts until it waits at step `to` (10: through the report).
async function advanceTo(team, id, to) {
  for (let i = 0; i < 10; i++) {
    const row = requestRow(id);
    if (row.step_no >= to || !row.waiting) return row;
    await doStep(team, id);
  }
  throw new Error(`case ${id} did not reach step ${to}`);
}

// A new request through the public form (the per-address submission limit forgotten first): { id, code, fields }.
async function newCase(overrides = {}, files = null) {
  resetAttempts();
  const s = await submitValid(overrides, files);
  return Object.assign(s, { id: requestIdOf(s.code) });
}

// The case ids a list page (inbox, case list) links to, in order, each once.
function caseIdsOf(html) {
  const bp = (readConfig()['Site.BasePath'] || '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^(?:https?://[^/]+)?${bp}${CASES_PATH}/(\\d+)(?:[?#].*)?$`);
  const out = [];
  for (const h of links(html)) {
    const m = h.match(re);
    if (m && !out.includes(Number(m[1]))) out.push(Number(m[1]));
  }
  return out;
}

// The link to the next page (?setelah=TOKEN) of a list served at `from`, as a path; null on the last page.
function nextPageOf(html, from) {
  const h = links(html).find((l) => /[?&]setelah=/.test(l));
  if (!h) return null;
  const u = new URL(h, env.baseUrl + from);
  return u.pathname + u.search;
}

// Walks a paged list from `first` (a path with BasePath) following the next links:
// { pages: [{ path, ids, res }], ids (all, in order) }.
async function walkList(who, first, { max = 400 } = {}) {
  const pages = [];
  const seen = new Set();
  let p = first;
  while (p) {
    assert.ok(pages.length < max, `more than ${max} pages from ${first}`);
    assert.ok(!seen.has(p), `the next link goes back to ${p}`);
    seen.add(p);
    const res = await staffGet(who.jar, p);
    assert.equal(res.status, 200, `GET ${p}: ${res.status} ${textOf(res.body).slice(0, 300)}`);
    pages.push({ path: p, ids: caseIdsOf(res.body), res });
    p = nextPageOf(res.body, p);
  }
  return { pages, ids: pages.flatMap((x) => x.ids) };
}

// Every case id of a member's inbox (all its pages).
async function inboxIds(who) {
  return (await walkList(who, (readConfig()['Site.BasePath'] || '') + ADMIN_PATH + '/')).ids;
}

// Every case id of /admin/permohonan with a query ({ q, status }), all pages.
async function caseListIds(who, query = {}) {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null)).toString();
  return (await walkList(who, (readConfig()['Site.BasePath'] || '') + CASES_PATH + (qs ? '?' + qs : ''))).ids;
}

function decodeURIComponentSafe(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

// The Nu Html Checker's errors in files (vnu-jar run with Java; extra: more options such as
// --also-check-css), one line each, "file:line:column: message [extract]"; [] for valid HTML.
function nuErrors(files, extra = []) {
  const r = spawnSync('java', ['-jar', String(require('vnu-jar')), '--errors-only', ...extra, '--format', 'json', ...files],
    { encoding: 'utf8', maxBuffer: 16 << 20, timeout: 170000 });
  assert.ok(!r.error, `java: ${r.error}`);
  const out = (r.stderr || '') + (r.stdout || '');
  const start = out.indexOf('{');
  assert.ok(start >= 0, `vnu printed no JSON (exit ${r.status}): ${out.slice(0, 2000)}`);
  const errors = JSON.parse(out.slice(start)).messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => `${path.basename(m.url || '')}:${m.lastLine || '?'}:${m.firstColumn || '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
  if (errors.length === 0) assert.equal(r.status, 0, `vnu exit status (output: ${out.slice(0, 2000)})`);
  return errors;
}

module.exports = {
  nuErrors,
  env, SERVICE_SLUG, SERVICE_PATH, SEED, SECURITY_HEADERS,
  request, get, rawRequest, headerCount, assertSecurityHeaders, assertHtmlUtf8, parseCsp,
  poll, sleep, sql, q, parseHdf, readConfig, privateConfig,
  decodeEntities, textOf, elements, cells, attr, links,
  exclusive, run, parseCgi, cgiEnv, startWorker, loneWorker,
  FORM_PATH, CODE_ALPHABET, CODE_RE, CSRF_COOKIE, NO_FILE, inputValue, inputs, textById, csrfCookie, parseForm, openForm,
  validFields, multipart, submission, submit, locationCode, submitValid, uploadsDir, counts, assertUnchanged, resetAttempts,
  ADMIN_PATH, SESSION_COOKIE, ROLES, LOGIN_FAILED, SESSION_ENDED, NOT_ALLOWED, sha256hex, randomHex, testUsername, testPassword,
  mergeCookies, cookieValue, setCookieLine, locationPath, assertRedirect, formBody, postForm, staffGet, staffCsrf, staffPost,
  loginPage, loginAttempt, login, sibinaUser, addStaff, addUnit, selectOptions,
  CASES_PATH, FILES_PATH, LANE_ROLES, ACT_DONE, ACT_DENIED, ACTED_FIRST, STEP_ACTS, ROMAN_MONTHS, officeClock,
  requestRow, requestIdOf, eventsOf, attachmentsOf, caseState, testNip, loggedIn, addLaneTeam, actorOf, actFields,
  casePath, openCase, act, coachingFiles, doStep, advanceTo, newCase, caseIdsOf, nextPageOf, walkList, inboxIds, caseListIds,
};
