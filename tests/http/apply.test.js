// HTTP tests of the applicant's request form (issue 3): each class of bad input is refused with
// its 4xx and leaves no row and no stored file; a good request is stored once, byte for byte.
'use strict';

const { test, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  FORM_PATH, CODE_RE, NO_FILE, request, get, sql, q, readConfig, textOf, elements, attr, links,
  assertHtmlUtf8, assertSecurityHeaders, exclusive, loneWorker,
  inputValue, inputs, textById, parseForm, openForm, validFields, submission, submit, locationCode,
  uploadsDir, counts, assertUnchanged, resetAttempts,
} = require('./lib.js');
const fx = require('./fixtures.js');

exclusive();
// The per-address counters must not leak in from other files, nor between tests.
before(resetAttempts);
beforeEach(resetAttempts);
after(resetAttempts);

const pdfFile = (filename = 'surat-permohonan.pdf', content = fx.pdf()) => ({ filename, type: 'application/pdf', content });
const pngFile = (filename = 'foto-produk.png') => ({ filename, type: 'image/png', content: fx.png() });
const jpegFile = (filename = 'kemasan.jpg') => ({ filename, type: 'image/jpeg', content: fx.jpeg() });

// A file set as a browser sends it: the letter and three empty supporting-file inputs.
const withLetter = (surat = pdfFile()) => ({ surat, pendukung_1: NO_FILE, pendukung_2: NO_FILE, pendukung_3: NO_FILE });

const LABELS = {
  jenis: 'Jenis pemohon',
  nama_usaha: 'Nama usaha atau koperasi',
  kontak: 'Nama penanggung jawab',
  jabatan: 'Jabatan',
  hp: 'Nomor HP',
  email: 'Email',
  alamat: 'Alamat',
  kecamatan: 'Kecamatan',
  nagari: 'Nagari',
  sektor: 'Sektor usaha',
  nib: 'NIB',
  badan_hukum: 'Nomor badan hukum',
  aspek: 'Pembinaan yang dibutuhkan',
  uraian: 'Uraian singkat kebutuhan',
  surat: 'Surat Permohonan',
  setuju: 'Persetujuan pemrosesan data pribadi',
};
const TOO_MANY = 'Terlalu banyak berkas: paling banyak satu Surat Permohonan dan tiga berkas pendukung.';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const show = (res) => textOf(res.body).slice(0, 600);

// The page is the request form again, in Indonesian, valid UTF-8, not cached.
function assertFormPage(res, status, what) {
  assert.equal(res.status, status, `${what}: status (page: ${show(res)})`);
  assertHtmlUtf8(res, what);
  assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(res.bodyBytes), `${what}: the page is valid UTF-8`);
  assert.ok(!res.bodyBytes.includes(0), `${what}: the page holds no NUL byte`);
  assert.match(res.body, /<html\b[^>]*\blang="id"/, `${what}: an Indonesian page (html lang="id")`);
  const form = elements(res.body, 'form').find((f) => /multipart\/form-data/i.test(attr(f.attrs, 'enctype') || ''));
  assert.ok(form, `${what}: the request form (enctype multipart/form-data) comes back`);
  assert.equal(inputs(res.body, 'submit_key').length, 1, `${what}: the form keeps its submit_key`);
  assert.match(String(res.headers['cache-control'] || ''), /no-store/, `${what}: Cache-Control no-store`);
}

// The message next to a field (element id e-NAME).
function assertMessage(res, name, re, what) {
  const msg = textById(res.body, `e-${name}`);
  assert.ok(msg !== null, `${what}: no message e-${name} on the page (page: ${show(res)})`);
  assert.match(msg, re, `${what}: message e-${name}`);
  return msg;
}

// An error page of the program (not the form): status, Indonesian title.
function assertErrorPage(res, status, title, what) {
  assert.equal(res.status, status, `${what}: status (page: ${show(res)})`);
  assertHtmlUtf8(res, what);
  assert.match(res.body, /<html\b[^>]*\blang="id"/, `${what}: an Indonesian page`);
  assert.ok(textOf(res.body).includes(title), `${what}: the page says "${title}" (page: ${show(res)})`);
}

const sentFiles = (files) => (Array.isArray(files) ? files : Object.entries(files || {})).some(([, f]) => f.content.length > 0);

// Opens a form, sends it, and checks the refusal: the form again with the status, the message
// next to the field, what was typed kept (field `keep`), the files-lost notice when files were
// sent, and nothing recorded or stored.
async function refused(what, fields, files, { status = 422, field, message, keep = 'nama_usaha', opts = {} } = {}) {
  const form = await openForm();
  const before = counts();
  const res = await submit(form, fields, files, opts);
  assertFormPage(res, status, what);
  if (field) assertMessage(res, field, message, what);
  if (keep) assert.equal(inputValue(res.body, keep), fields[keep], `${what}: the ${keep} typed is kept in the form`);
  if (sentFiles(files)) {
    assert.match(textOf(res.body), /pilih(lah)?\s+kembali/i, `${what}: the form says the files must be chosen again`);
  }
  assertUnchanged(before, what);
  return res;
}

// ---- the form ----

test('the form: 200, not cached, not indexed, a csrf cookie, and every field of the contract', async () => {
  const res = await get(FORM_PATH);
  assert.equal(res.status, 200);
  assertHtmlUtf8(res, 'GET form');
  assertSecurityHeaders(res, { what: 'GET form' });
  assert.match(String(res.headers['cache-control'] || ''), /no-store/, 'Cache-Control no-store');
  assert.ok(/<meta\b[^>]*name="robots"[^>]*noindex/i.test(res.body) || /noindex/i.test(String(res.headers['x-robots-tag'] || '')),
    'the form is marked noindex');
  const setCookie = [].concat(res.headers['set-cookie'] || []).find((c) => c.startsWith('sibina_csrf='));
  assert.ok(setCookie, 'Set-Cookie sibina_csrf');
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  const form = parseForm(res.body, res.headers['set-cookie']);
  const f = elements(res.body, 'form').find((e) => /multipart\/form-data/i.test(attr(e.attrs, 'enctype') || ''));
  assert.ok(f, 'a form with enctype multipart/form-data');
  assert.equal((attr(f.attrs, 'method') || '').toLowerCase(), 'post');
  const named = (tag, name) => [...res.body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].some((m) => attr(m[1], 'name') === name);
  for (const name of ['nama_usaha', 'kontak', 'jabatan', 'hp', 'email', 'alamat', 'nagari', 'sektor', 'nib', 'badan_hukum',
    'setuju', 'kosongkan', 'surat', 'pendukung_1', 'pendukung_2', 'pendukung_3']) {
    assert.ok(inputs(res.body, name).length === 1, `one <input name="${name}">`);
  }
  assert.ok(named('select', 'kecamatan'), '<select name="kecamatan">');
  assert.ok(named('textarea', 'uraian'), '<textarea name="uraian">');
  assert.deepEqual(inputs(res.body, 'jenis').map((a) => attr(a, 'value')).sort(), ['koperasi', 'umkm']);
  assert.deepEqual(inputs(res.body, 'aspek').map((a) => attr(a, 'value')).sort(),
    ['digitalisasi', 'kelembagaan', 'keuangan', 'pemasaran', 'perizinan', 'produksi', 'sdm']);
  for (const name of ['surat', 'pendukung_1', 'pendukung_2', 'pendukung_3']) {
    assert.equal(attr(inputs(res.body, name)[0], 'type'), 'file', `${name} is a file input`);
  }
  const select = elements(res.body, 'select').find((s) => attr(s.attrs, 'name') === 'kecamatan');
  const options = [...select.inner.matchAll(/<option\b([^>]*)>/gi)].map((m) => attr(m[1], 'value')).filter(Boolean);
  assert.deepEqual(options.sort(), ['IV Nagari', 'Kamang Baru', 'Koto VII', 'Kupitan', 'Lubuk Tarok', 'Sijunjung', 'Sumpur Kudus', 'Tanjung Gadang']);
  // A browser that has the cookie keeps it; each opened form has its own submit_key.
  const again = await openForm({ cookie: form.cookie });
  assert.equal([].concat(again.res.headers['set-cookie'] || []).filter((c) => c.startsWith('sibina_csrf=')).length, 0,
    'no new csrf cookie for a browser that has one');
  assert.notEqual(again.submitKey, form.submitKey, 'a new submit_key per opened form');
});

// ---- a good request ----

test('a valid request: 303 to its code; confirmation, receipt, rows and stored files are right', async () => {
  const form = await openForm();
  const fields = validFields({ nama_usaha: 'Kedai Kopi Bundo Saiyo', aspek: ['pemasaran', 'digitalisasi'] });
  const files = { surat: pdfFile(), pendukung_1: pngFile(), pendukung_2: jpegFile(), pendukung_3: NO_FILE };
  const before = counts();
  const res = await submit(form, fields, files);
  const code = locationCode(res);
  assert.match(code, CODE_RE);

  const after = counts();
  assert.deepEqual(after, { request: before.request + 1, attachment: before.attachment + 3, event: before.event + 1, files: before.files + 3 },
    'one request, three attachments, one event, three stored files');

  const rows = sql(`SELECT id, status, step_no, phone, business_name, applicant_type, contact_name, contact_position, email,
    kecamatan, nagari, aspects, submit_key, description FROM request WHERE tracking_code = ${q(code)}`);
  assert.equal(rows.length, 1, `one request row with tracking_code ${code}`);
  const [id, status, stepNo, phone, business, type, contact, position, email, kecamatan, nagari, aspects, submitKey, description] = rows[0];
  assert.equal(status, 'diajukan');
  assert.equal(stepNo, '2', 'the request waits at step 2 (Front Office)');
  assert.equal(phone, '+6281234567890', 'the phone is stored normalised');
  assert.equal(business, fields.nama_usaha);
  assert.equal(type, 'umkm');
  assert.equal(contact, fields.kontak);
  assert.equal(position, fields.jabatan);
  assert.equal(email, fields.email);
  assert.equal(kecamatan, 'Sijunjung');
  assert.equal(nagari, fields.nagari);
  assert.equal(aspects, 'pemasaran,digitalisasi');
  assert.equal(submitKey, form.submitKey);
  assert.equal(description, fields.uraian);

  const atts = sql(`SELECT kind, stored_name, sha256, mime, size, original_name FROM attachment WHERE request_id = ${id} ORDER BY id`);
  const sent = [['surat_permohonan', files.surat, 'application/pdf'], ['pendukung', files.pendukung_1, 'image/png'], ['pendukung', files.pendukung_2, 'image/jpeg']];
  assert.equal(atts.length, 3, 'three attachments (the empty file input adds none)');
  const byHash = new Map(atts.map((a) => [a[2], a]));
  for (const [kind, file, mime] of sent) {
    const hash = fx.sha256(file.content);
    const a = byHash.get(hash);
    assert.ok(a, `an attachment with the sha256 of ${file.filename}`);
    const [k, stored, , m, size, original] = a;
    assert.equal(k, kind, `${file.filename}: kind`);
    assert.equal(m, mime, `${file.filename}: type read from the content`);
    assert.equal(Number(size), file.content.length, `${file.filename}: size`);
    assert.equal(original, file.filename, `${file.filename}: original name kept for staff`);
    assert.match(stored, /^[0-9a-f]{64}$/, `${file.filename}: stored under 64 hex digits`);
    assert.notEqual(stored, file.filename);
    const onDisk = fs.readFileSync(path.join(uploadsDir(), stored));
    assert.ok(onDisk.equals(file.content), `${file.filename}: the stored file has the bytes sent`);
    assert.equal(fx.sha256(onDisk), hash);
  }
  for (const name of fs.readdirSync(uploadsDir())) {
    assert.ok(!Object.values(files).some((f) => f.filename && name.includes(f.filename)), `no stored file is named after the original (${name})`);
  }

  const events = sql(`SELECT step_no, action, actor_role FROM event WHERE request_id = ${id}`);
  assert.deepEqual(events, [['1', 'diajukan', 'pemohon']], 'one event: step 1, diajukan, by the applicant');

  const done = await get(`/permohonan/${code}`);
  assert.equal(done.status, 200, `GET /permohonan/${code}: ${show(done)}`);
  assertHtmlUtf8(done, 'confirmation');
  assertSecurityHeaders(done, { what: 'confirmation' });
  assert.match(String(done.headers['cache-control'] || ''), /no-store/, 'confirmation: no-store');
  const doneText = textOf(done.body);
  assert.ok(doneText.includes('Permohonan terkirim'), `confirmation says "Permohonan terkirim": ${doneText.slice(0, 300)}`);
  assert.ok(doneText.includes(code), 'confirmation shows the code');
  assert.ok(doneText.includes(fields.nama_usaha), 'confirmation shows the business name');
  assert.ok(links(done.body).some((h) => h.endsWith(`/permohonan/${code}/tanda-terima`)), 'confirmation links to the receipt');

  const receipt = await get(`/permohonan/${code}/tanda-terima`);
  assert.equal(receipt.status, 200, `GET receipt: ${show(receipt)}`);
  assertHtmlUtf8(receipt, 'receipt');
  assert.match(String(receipt.headers['cache-control'] || ''), /no-store/, 'receipt: no-store');
  const rText = textOf(receipt.body);
  for (const s of [code, fields.nama_usaha, readConfig()['Office.Name'], 'Surat Permohonan', 'Berkas pendukung', 'PDF', 'PNG', 'JPEG']) {
    assert.ok(rText.includes(s), `the receipt shows "${s}": ${rText.slice(0, 400)}`);
  }
});

test('SQL metacharacters in a valid business name are stored byte for byte', async () => {
  const name = 'Kedai Mak\'Etek "Bundo"; -- 1=1';
  const form = await openForm();
  const before = counts();
  const res = await submit(form, validFields({ nama_usaha: name }), withLetter());
  const code = locationCode(res);
  assert.equal(counts().request, before.request + 1);
  assert.deepEqual(sql(`SELECT business_name FROM request WHERE tracking_code = ${q(code)}`), [[name]]);
  assert.deepEqual(sql(`SELECT HEX(business_name) FROM request WHERE tracking_code = ${q(code)}`), [[Buffer.from(name).toString('hex').toUpperCase()]]);
  const done = await get(`/permohonan/${code}`);
  assert.equal(done.status, 200);
  assert.ok(textOf(done.body).includes(name), 'the confirmation shows the name as typed');
});

test('a PDF of exactly 5 MiB is accepted', { timeout: 60000 }, async () => {
  const big = fx.pdf('Surat Permohonan 5 MiB', fx.MAX_FILE);
  assert.equal(big.length, 5242880);
  const form = await openForm();
  const before = counts();
  const res = await submit(form, validFields({ nama_usaha: 'Koperasi Lima Mega' }), withLetter(pdfFile('surat-besar.pdf', big)), { timeout: 60000 });
  const code = locationCode(res);
  assert.equal(counts().files, before.files + 1);
  assert.deepEqual(sql(`SELECT a.size, a.mime, a.sha256 FROM attachment a JOIN request r ON r.id = a.request_id WHERE r.tracking_code = ${q(code)}`),
    [['5242880', 'application/pdf', fx.sha256(big)]]);
});

// ---- bad input: each class refused, nothing recorded or stored ----

test('missing fields: 422, a message next to each required field', async () => {
  const fields = {
    nama_usaha: '', kontak: '', jabatan: '', hp: '', email: '', alamat: '', kecamatan: '', nagari: '   ', sektor: '',
    nib: '', badan_hukum: '', uraian: '', kosongkan: '',
  };
  const res = await refused('missing fields', fields, withLetter(NO_FILE), { keep: null });
  const wanted = {
    jenis: /wajib (diisi|dipilih)/, nama_usaha: /wajib diisi/, kontak: /wajib diisi/, jabatan: /wajib diisi/, hp: /wajib diisi/,
    alamat: /wajib diisi/, kecamatan: /wajib (diisi|dipilih)/, nagari: /wajib diisi/, sektor: /wajib diisi/,
    aspek: /wajib dipilih, sekurang-kurangnya satu/, uraian: /wajib diisi/, surat: /wajib/, setuju: /wajib dicentang/,
  };
  for (const [name, re] of Object.entries(wanted)) {
    const msg = assertMessage(res, name, re, `missing ${name}`);
    assert.ok(msg.includes(LABELS[name]), `the message of ${name} names the field "${LABELS[name]}": ${msg}`);
  }
  for (const name of ['email', 'nib', 'badan_hukum', 'pendukung_1', 'pendukung_2', 'pendukung_3', 'kosongkan', 'berkas']) {
    assert.ok(!textById(res.body, `e-${name}`), `no message for the optional ${name}`);
  }
});

test('over-long text: 422 "terlalu panjang", the text kept', async () => {
  await refused('nama_usaha of 201 characters', validFields({ nama_usaha: 'K'.repeat(201) }), withLetter(),
    { field: 'nama_usaha', message: /^.*Nama usaha atau koperasi.*terlalu panjang/ });
  await refused('uraian of 1001 characters', validFields({ uraian: 'é'.repeat(1001) }), withLetter(),
    { field: 'uraian', message: /terlalu panjang/ });
});

test('invalid UTF-8 in a field: 422, the page stays valid UTF-8', async () => {
  const bad = Buffer.from([0x4b, 0x65, 0x64, 0x61, 0x69, 0x20, 0xc3, 0x28, 0xff, 0xfe]);
  await refused('invalid UTF-8 in nama_usaha', validFields({ nama_usaha: bad }), withLetter(),
    { field: 'nama_usaha', message: /karakter yang tidak dapat diterima/, keep: 'kontak' });
  // An overlong "/" and a UTF-16 surrogate, in the textarea.
  const overlong = Buffer.from([0x61, 0xc0, 0xaf, 0x62, 0xed, 0xa0, 0x80]);
  await refused('invalid UTF-8 in uraian', validFields({ uraian: overlong }), withLetter(),
    { field: 'uraian', message: /karakter yang tidak dapat diterima/ });
});

test('a NUL byte in a field: 422', async () => {
  await refused('NUL in nama_usaha', validFields({ nama_usaha: 'Kedai\0Bundo' }), withLetter(),
    { field: 'nama_usaha', message: /karakter yang tidak dapat diterima/, keep: 'kontak' });
  await refused('NUL in uraian', validFields({ uraian: 'Kami butuh\0pelatihan' }), withLetter(),
    { field: 'uraian', message: /karakter yang tidak dapat diterima/ });
});

test('HTML and script in the business name: 422, shown escaped, never as markup', async () => {
  const name = '<script>alert("x")</script>Kedai';
  const uraian = 'Produk <b>tebal</b> & <script>alert(2)</script> "enak"';
  const res = await refused('script in nama_usaha', validFields({ nama_usaha: name, uraian }), withLetter(),
    { field: 'nama_usaha', message: /tidak boleh memuat tanda < atau >/ });
  assert.ok(!/<script/i.test(res.body), 'no <script> element in the page');
  assert.ok(!res.body.includes('<b>tebal'), 'the description\'s markup is not rendered');
  assert.ok(res.body.includes('&lt;script&gt;'), 'the typed text is there, escaped');
  assert.equal(inputValue(res.body, 'uraian'), uraian, 'the description (which may hold < and >) is kept');
  assert.ok(!textById(res.body, 'e-uraian'), 'the textarea accepts < and >');
});

test('SQL metacharacters in the phone number: 422, and the table is still there', async () => {
  await refused('SQL in hp', validFields({ hp: "0812'; DROP TABLE request;--" }), withLetter(),
    { field: 'hp', message: /Nomor HP/, keep: 'hp' });
  assert.ok(Number(sql('SELECT COUNT(*) FROM request')[0][0]) >= 0);
});

test('a file that is not a PDF, JPEG or PNG, though named .pdf: 422', async () => {
  await refused('HTML named .pdf', validFields(), withLetter(pdfFile('surat.pdf', fx.htmlAsPdf())),
    { field: 'surat', message: /Surat Permohonan harus berupa PDF, JPEG, atau PNG/ });
  await refused('text named .pdf', validFields(), withLetter(pdfFile('surat.pdf', fx.textAsPdf())),
    { field: 'surat', message: /Surat Permohonan harus berupa PDF, JPEG, atau PNG/ });
  await refused('text named .png as pendukung_1', validFields(),
    { surat: pdfFile(), pendukung_1: { filename: 'foto.png', type: 'image/png', content: fx.textAsPdf() }, pendukung_2: NO_FILE, pendukung_3: NO_FILE },
    { field: 'pendukung_1', message: /harus berupa PDF, JPEG, atau PNG/ });
});

test('an empty file: 422 "kosong"', async () => {
  await refused('empty surat', validFields(), withLetter(pdfFile('surat.pdf', Buffer.alloc(0))),
    { field: 'surat', message: /Surat Permohonan kosong/ });
});

test('a file one byte over 5 MiB: 413, the form with "lebih besar dari 5 MB"', { timeout: 60000 }, async () => {
  const big = fx.pdf('Surat Permohonan terlalu besar', fx.MAX_FILE + 1);
  assert.equal(big.length, 5242881);
  await refused('surat of 5 MiB + 1', validFields(), withLetter(pdfFile('surat-besar.pdf', big)),
    { status: 413, field: 'surat', message: /Surat Permohonan lebih besar dari 5 MB/, opts: { timeout: 60000 } });
});

test('a path-traversal file name: 422 "tidak valid"', async () => {
  for (const filename of ['../../etc/passwd.pdf', '..\\..\\x.pdf']) {
    await refused(`file name ${filename}`, validFields(), withLetter(pdfFile(filename)),
      { field: 'surat', message: /Nama berkas.*tidak valid/ });
  }
  assert.ok(!fs.existsSync(path.join(uploadsDir(), '..', '..', 'etc', 'passwd.pdf')));
  assert.ok(!fs.existsSync(path.join(uploadsDir(), '..', '..', 'x.pdf')));
});

test('too many files (five file parts): 422 "Terlalu banyak berkas"', async () => {
  const files = [['surat', pdfFile()], ['pendukung_1', pngFile()], ['pendukung_2', jpegFile()], ['pendukung_3', pdfFile('lampiran-3.pdf')],
    ['pendukung_1', pdfFile('lampiran-lagi.pdf')]];
  const res = await refused('five file parts', validFields(), files);
  assert.ok(textOf(res.body).includes(TOO_MANY), `the page says "${TOO_MANY}"`);
});

test('a file under a name the form does not have: 422 "Terlalu banyak berkas"', async () => {
  const res = await refused('file part "lampiran"', validFields(), [['surat', pdfFile()], ['lampiran', pdfFile('lain.pdf')]]);
  assert.ok(textOf(res.body).includes(TOO_MANY), `the page says "${TOO_MANY}"`);
});

test('the honeypot filled in: 422', async () => {
  await refused('honeypot', validFields({ kosongkan: 'http://spam.example/' }), withLetter());
});

// ---- the gate: CSRF token and submit_key ----

async function forbidden(what, opts, form = null) {
  form = form || await openForm();
  const before = counts();
  const res = await submit(form, validFields(), withLetter(), opts);
  assertErrorPage(res, 403, 'Formulir tidak dapat diterima', what);
  assertUnchanged(before, what);
}

test('no CSRF token: 403', async () => {
  await forbidden('no csrf field', { csrf: null });
  await forbidden('an empty csrf field', { csrf: '' });
});

test('a wrong CSRF token: 403', async () => {
  const form = await openForm();
  const flipped = form.csrf.slice(0, -1) + (form.csrf.endsWith('0') ? '1' : '0');
  await forbidden('a token with its last digit changed', { csrf: flipped }, form);
  await forbidden('a made-up token', { csrf: 'f'.repeat(form.csrf.length) }, form);
});

test('a CSRF token of another browser\'s cookie, or no cookie: 403', async () => {
  const a = await openForm();
  const b = await openForm();
  assert.notEqual(a.cookie, b.cookie, 'two browsers get two cookies');
  await forbidden('token of cookie B sent with cookie A', { csrf: b.csrf }, a);
  await forbidden('no cookie', { cookie: null }, a);
});

test('no or garbled submit_key: 400', async () => {
  for (const [what, submitKey] of [['no submit_key', null], ['an empty submit_key', ''], ['a submit_key of 63 hex', 'a'.repeat(63)],
    ['a submit_key that is not hex', 'z'.repeat(64)]]) {
    const form = await openForm();
    const before = counts();
    const res = await submit(form, validFields(), withLetter(), { submitKey });
    assertErrorPage(res, 400, 'Permintaan tidak valid', what);
    assertUnchanged(before, what);
  }
});

// ---- nothing doubled ----

test('the same form sent twice: both 303 to the same code, one request', async () => {
  const form = await openForm();
  const { body, headers } = submission(form, validFields({ nama_usaha: 'Koperasi Klik Dua Kali' }), withLetter());
  const before = counts();
  const r1 = await request('POST', FORM_PATH, { headers, body, timeout: 30000 });
  const r2 = await request('POST', FORM_PATH, { headers, body, timeout: 30000 });
  const c1 = locationCode(r1);
  assert.equal(locationCode(r2), c1, 'the second POST leads to the same request');
  assert.deepEqual(counts(), { request: before.request + 1, attachment: before.attachment + 1, event: before.event + 1, files: before.files + 1 },
    'one request, one attachment, one event, one stored file');
});

test('the same form sent twice at once: one request, both 303 to its code', async () => {
  const form = await openForm();
  const { body, headers } = submission(form, validFields({ nama_usaha: 'Koperasi Dua Jari' }), withLetter());
  const before = counts();
  const [r1, r2] = await Promise.all([1, 2].map(() => request('POST', FORM_PATH, { headers, body, timeout: 30000 })));
  const c1 = locationCode(r1);
  assert.equal(locationCode(r2), c1, 'both POSTs lead to the same request');
  assert.deepEqual(counts(), { request: before.request + 1, attachment: before.attachment + 1, event: before.event + 1, files: before.files + 1 },
    'one request, one attachment, one event, one stored file');
});

// ---- the per-address limit, on a lone worker with Limits.Submissions = 2 ----

const limited = loneWorker('apply-limit', { overrides: { 'Limits.Submissions': 2, 'Limits.SubmitWindow': 3600 } });

test('over the per-address limit of submissions: 429 with Retry-After, nothing recorded', { skip: limited.skip }, () => {
  resetAttempts();
  const w = limited.worker();
  const post = (n) => {
    const page = w.request('GET', FORM_PATH);
    assert.equal(page.status, 200, `GET form on the lone worker: ${page.body.slice(0, 300)}`);
    const form = parseForm(page.body, page.headers['set-cookie']);
    const { body, headers } = submission(form, validFields({ nama_usaha: `Koperasi Batas ${n}` }), withLetter());
    return w.request('POST', FORM_PATH, { CONTENT_TYPE: headers['Content-Type'], HTTP_COOKIE: headers.Cookie }, body);
  };
  try {
    for (const n of [1, 2]) {
      const r = post(n);
      assert.equal(r.status, 303, `submission ${n}: ${textOf(r.body).slice(0, 300)}`);
    }
    const before = counts();
    const third = post(3);
    assert.equal(third.status, 429, `the third submission: ${textOf(third.body).slice(0, 300)}`);
    const retry = (third.headers['retry-after'] || [])[0];
    assert.match(String(retry), /^[1-9][0-9]*$/, `Retry-After: ${retry}`);
    assert.ok(Number(retry) <= 3600, `Retry-After ${retry} is within the window`);
    assert.ok(textOf(third.body).includes('Terlalu banyak percobaan'), 'the 429 page says "Terlalu banyak percobaan"');
    assertUnchanged(before, '429');
  } finally {
    resetAttempts();
  }
});
