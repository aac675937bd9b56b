// HTTP tests of public tracking (issue 3): /lacak finds a request by its code and shows the SOP
// timeline without personal data; unknown and malformed codes are answered kindly, and too
// many misses from one address are slowed down with 429.
'use strict';

const { test, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  SEED, CODE_ALPHABET, get, sql, q, readConfig, textOf, elements, attr, assertHtmlUtf8, assertSecurityHeaders, exclusive,
  inputValue, inputs, submitValid, resetAttempts,
} = require('./lib.js');

exclusive();
// The per-address counters must not leak in from other files, nor between tests.
before(resetAttempts);
beforeEach(resetAttempts);
after(resetAttempts);

const show = (res) => textOf(res.body).slice(0, 600);
const lacak = (kode) => get('/lacak?kode=' + kode);

// One request made for this file, on first use.
let fresh = null;
async function freshRequest() {
  if (!fresh) fresh = await submitValid({ nama_usaha: 'Rumah Rendang Uni Lis', kontak: 'Lisnawati Chaniago', email: 'uni.lis@example.com' });
  return fresh;
}

// A code in the right form that no request has.
function unknownCode() {
  for (;;) {
    let s = '';
    for (let i = 0; i < 10; i++) s += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    const code = s.slice(0, 5) + '-' + s.slice(5);
    if (sql(`SELECT COUNT(*) FROM request WHERE tracking_code = ${q(code)}`)[0][0] === '0') return code;
  }
}

// The tracking form: a GET form with a field "kode".
function assertTrackForm(res, what) {
  assertHtmlUtf8(res, what);
  assert.match(res.body, /<html\b[^>]*\blang="id"/, `${what}: an Indonesian page`);
  const form = elements(res.body, 'form').find((f) => inputs(f.inner, 'kode').length === 1);
  assert.ok(form, `${what}: a form with an input "kode" (page: ${show(res)})`);
  assert.notEqual((attr(form.attrs, 'method') || 'get').toLowerCase(), 'post', `${what}: the tracking form is a GET form`);
}

test('/lacak without a code: 200, the tracking form', async () => {
  const res = await get('/lacak');
  assert.equal(res.status, 200, show(res));
  assertSecurityHeaders(res, { what: '/lacak' });
  assertTrackForm(res, '/lacak');
});

test('/lacak?kode=CODE: "Diajukan", the business name, the nine steps, no personal data', async () => {
  const { code, fields } = await freshRequest();
  const res = await lacak(code);
  assert.equal(res.status, 200, show(res));
  assertHtmlUtf8(res, 'found');
  assertSecurityHeaders(res, { what: 'found' });
  const text = textOf(res.body);
  assert.ok(text.includes('Diajukan'), `the status "Diajukan": ${text.slice(0, 400)}`);
  assert.ok(text.includes(code), 'the code');
  assert.ok(text.includes(fields.nama_usaha), 'the business name');
  // The timeline: the nine SOP steps, in order.
  let at = -1;
  for (const [activity] of SEED.steps) {
    const i = text.indexOf(activity, at + 1);
    assert.ok(i > at, `the timeline shows "${activity}" after the step before it`);
    at = i;
  }
  const lists = [...elements(res.body, 'ol'), ...elements(res.body, 'table')];
  assert.ok(lists.some((l) => SEED.steps.every(([a]) => textOf(l.html).includes(a))), 'one list or table holds all nine steps');
  // No personal data beyond the business name.
  for (const s of [fields.kontak, fields.email, fields.hp, '081234567890', '+6281234567890', '6281234567890', '812 3456', fields.alamat]) {
    assert.ok(!res.body.includes(s) && !text.includes(s), `the tracking page does not show "${s}"`);
  }
});

test('a code typed in lower case, with spaces, is found too', async () => {
  const { code, fields } = await freshRequest();
  const lower = code.toLowerCase();
  for (const kode of [lower.replace('-', '+'), encodeURIComponent(`  ${lower.replace('-', ' ')} `), lower.replace('-', ''), lower]) {
    const res = await lacak(kode);
    assert.equal(res.status, 200, `kode=${kode}: ${show(res)}`);
    assert.ok(textOf(res.body).includes(fields.nama_usaha), `kode=${kode}: the business name`);
    assert.ok(textOf(res.body).includes(code), `kode=${kode}: the code as printed`);
  }
});

test('an unknown code: 404, a friendly Indonesian answer with the form', async () => {
  const code = unknownCode();
  const res = await lacak(code);
  assert.equal(res.status, 404, show(res));
  assertTrackForm(res, 'unknown code');
  assert.match(textOf(res.body), /tidak (ditemukan|terdaftar|dikenal)/i, `the page says the code is not found: ${show(res)}`);
  assert.equal(inputValue(res.body, 'kode'), code, 'the code typed is kept');
  for (const p of [`/permohonan/${code}`, `/permohonan/${code}/tanda-terima`]) {
    const r = await get(p);
    assert.equal(r.status, 404, `GET ${p}: ${show(r)}`);
    assertHtmlUtf8(r, p);
    assert.match(r.body, /<html\b[^>]*\blang="id"/, `${p}: an Indonesian page`);
  }
});

test('malformed codes: 400, the form with a message, the code kept', async () => {
  const before = sql('SELECT COUNT(*) FROM request')[0][0];
  for (const kode of ['abc', "' OR 1=1--", 'ABCDE-FGHJK-LMNPQ', '<script>alert(1)</script>']) {
    const res = await lacak(encodeURIComponent(kode));
    assert.equal(res.status, 400, `kode=${kode}: ${show(res)}`);
    assertTrackForm(res, `kode=${kode}`);
    assert.equal(inputValue(res.body, 'kode'), kode, `kode=${kode}: the code typed is kept`);
    assert.ok(!/<script/i.test(res.body), `kode=${kode}: no <script> in the page`);
    assert.ok(textOf(res.body).length > 0);
  }
  assert.equal(sql('SELECT COUNT(*) FROM request')[0][0], before);
});

test('after too many misses from one address: 429 with Retry-After, even for a good code', async () => {
  const { code } = await freshRequest();
  const conf = readConfig();
  const misses = Number(conf['Limits.TrackMisses'] || 10);
  const window = Number(conf['Limits.TrackWindow'] || 900);
  resetAttempts();
  try {
    for (let i = 0; i < misses; i++) {
      // Unknown and malformed codes, on /lacak and on the confirmation page, all count.
      const p = [`/lacak?kode=${unknownCode()}`, '/lacak?kode=abc', `/permohonan/${unknownCode()}`][i % 3];
      const r = await get(p);
      assert.ok([400, 404].includes(r.status), `miss ${i + 1} (${p}): ${r.status}`);
    }
    for (const p of [`/lacak?kode=${code}`, `/lacak?kode=${unknownCode()}`, `/permohonan/${code}`, `/permohonan/${code}/tanda-terima`]) {
      const r = await get(p);
      assert.equal(r.status, 429, `after ${misses} misses, GET ${p}: ${show(r)}`);
      assert.equal(r.headers['retry-after'], String(window), `GET ${p}: Retry-After`);
      assertHtmlUtf8(r, p);
      assert.ok(textOf(r.body).includes('Terlalu banyak percobaan'), `GET ${p}: "Terlalu banyak percobaan"`);
      assert.ok(!textOf(r.body).includes('Rumah Rendang'), `GET ${p}: nothing of the request is shown`);
    }
  } finally {
    resetAttempts();
  }
  const again = await lacak(code);
  assert.equal(again.status, 200, 'once the counter is reset the code is found again');
});
