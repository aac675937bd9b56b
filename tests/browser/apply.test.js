// Browser test of the online request (issue 3): on a phone, a person applies from the standards page,
// finding every field by its label, gets a tracking code, prints the receipt and tracks the request at /lacak.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const {
  launch, screenshotPath, url, axeViolations, sql, resetAttempts, samplePdf, submitRequest, fillRequestForm,
  SERVICE_PATH, FORM_PATH, CODE_RE,
} = require('./lib.js');

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SUBMIT = 'Kirim Permohonan';
const BUSINESS = 'Kedai Kopi Uda Sijunjung';
const CODE_PATH_RE = /^\/permohonan\/([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})$/;
const PDF = { name: 'surat.pdf', mimeType: 'application/pdf', buffer: samplePdf() };

let phone; // JavaScript on, CSP enforced: an ordinary phone browser
let plain; // JavaScript off
let axe; // CSP bypassed so that axe-core can be injected
let code; // the tracking code of the request sent by the first test

before(async () => {
  phone = await launch(PHONE);
  plain = await launch(Object.assign({ javaScriptEnabled: false }, PHONE));
  axe = await launch(Object.assign({ bypassCSP: true }, PHONE));
});

after(async () => {
  for (const c of [phone, plain, axe]) if (c) await c.close();
});

// Opens a new tab that records what went wrong while loading: failed requests, HTTP errors of
// sub-resources (stylesheets, icons), console errors (CSP violations show there).
async function newPage(ctx) {
  const page = await ctx.context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // "Failed to load resource" is also logged for a page answered 422: sub-resources are checked above.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  return { page, problems };
}

// Does what follows a tap or click that loads a page, and returns that page's response.
async function navigates(page, action) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  assert.ok(res, `a page was loaded (now at ${page.url()})`);
  return res;
}

async function assertNoSideScroll(page, what) {
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(sw <= 360, `${what}: the page is ${sw} px wide on a 360 px phone (it scrolls sideways)`);
}

async function shot(page, name) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

const mainText = (page) => page.locator('main').innerText();

// What the form says when the files chosen before must be chosen again.
const FILES_AGAIN = /pilih (kembali|lagi|ulang)/i;

// True if no person sees the control (hidden, outside the page, or 1 px at most) and screen readers skip it.
async function hiddenFromPeople(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const unseen = r.width * r.height === 0 || s.visibility === 'hidden' || s.display === 'none'
      || r.right <= 0 || r.bottom <= 0 || (r.width <= 1 && r.height <= 1) || el.closest('[hidden]') !== null;
    return unseen && el.closest('[aria-hidden="true"]') !== null;
  });
}

// Turns the browser's own checks (required, type, maxlength) off, as an old browser would, so
// that the server's answer is what is tested. Works with JavaScript disabled too (DevTools evaluation).
async function skipBrowserChecks(page) {
  await page.locator('form:has(input[name="submit_key"])').evaluate((f) => { f.noValidate = true; });
}

test('on a phone a person applies from the standards page, reads the tracking code, opens the receipt and sees "Diajukan" at /lacak', async () => {
  const { page, problems } = await newPage(phone);
  try {
    let res = await page.goto(url(SERVICE_PATH));
    assert.equal(res.status(), 200, `GET ${SERVICE_PATH}`);

    res = await navigates(page, () => page.getByRole('link', { name: 'Ajukan Permohonan' }).first().tap());
    assert.equal(new URL(page.url()).pathname, FORM_PATH, '"Ajukan Permohonan" leads to the form');
    assert.equal(res.status(), 200, `GET ${FORM_PATH}`);
    assert.match(res.headers()['cache-control'] || '', /no-store/, 'the form is not cached');
    assert.equal(await page.locator('script').count(), 0, 'the form needs no script');
    assert.ok(await page.locator('a[href$="/privasi"]').count() >= 1, 'the form links to the privacy notice');

    // The browser's hints (they help, the server decides).
    assert.equal(await page.getByLabel('Nomor HP').getAttribute('type'), 'tel', 'Nomor HP is type=tel');
    assert.equal(await page.getByLabel('Email').getAttribute('type'), 'email', 'Email is type=email');
    assert.equal(await page.getByLabel('NIB').getAttribute('inputmode'), 'numeric', 'NIB has inputmode=numeric');
    assert.equal(await page.getByLabel('Nama usaha atau koperasi').getAttribute('maxlength'), '200', 'Nama usaha has maxlength 200');
    assert.ok(await hiddenFromPeople(page.locator('[name="kosongkan"]')), 'the honeypot field is hidden from people and screen readers');
    assert.doesNotMatch(await mainText(page), FILES_AGAIN, 'a fresh form does not ask to choose files again');

    await fillRequestForm(page, { business: BUSINESS, letter: PDF });
    await assertNoSideScroll(page, 'the form');
    await shot(page, 'permohonan-formulir-360.png');

    resetAttempts();
    res = await navigates(page, () => page.getByRole('button', { name: SUBMIT }).tap());
    const m = new URL(page.url()).pathname.match(CODE_PATH_RE);
    assert.ok(m, `after sending, the confirmation page /permohonan/XXXXX-XXXXX (got ${page.url()})`);
    assert.equal(res.status(), 200, 'the confirmation page answers 200');
    const post = res.request().redirectedFrom();
    assert.ok(post && post.method() === 'POST', 'the confirmation page was reached by a redirect from the POST');
    assert.equal((await post.response()).status(), 303, 'the POST answers 303 See Other');

    const done = await mainText(page);
    const shown = (done.match(CODE_RE) || [])[1];
    assert.equal(shown, m[1], 'the page shows the tracking code of its address');
    code = shown;
    assert.ok(done.includes(BUSINESS), 'the confirmation page names the business');
    // Every field found by its label reached the right column.
    const row = sql(`SELECT applicant_type, business_name, contact_name, contact_position, phone, email, kecamatan, nagari, nib, aspects, status
      FROM request WHERE tracking_code = '${code}'`).trim().split('\t');
    assert.deepEqual(row, ['umkm', BUSINESS, 'Rina Marlina', 'Pemilik', '+6281266001234', 'rina.marlina@example.id',
      'Sijunjung', 'Muaro', '9120301234567', 'pemasaran,keuangan', 'diajukan'], 'the request as stored');
    await assertNoSideScroll(page, 'the confirmation page');
    await shot(page, 'permohonan-terkirim-360.png');

    res = await navigates(page, () => page.getByRole('link', { name: /tanda terima/i }).first().tap());
    assert.equal(new URL(page.url()).pathname, `/permohonan/${code}/tanda-terima`, 'the receipt link');
    assert.equal(res.status(), 200, 'the receipt answers 200');
    const receipt = await mainText(page);
    assert.ok(receipt.includes(code), 'the receipt shows the code');
    assert.ok(receipt.includes(BUSINESS), 'the receipt names the business');
    assert.match(receipt, /Surat Permohonan/, 'the receipt lists the letter received');
    assert.match(receipt, /PDF/, 'as a PDF');
    const sha = crypto.createHash('sha256').update(PDF.buffer).digest('hex');
    assert.ok(receipt.toLowerCase().includes(sha.slice(0, 16)), `the receipt shows the start of the letter's SHA-256 (${sha.slice(0, 16)})`);
    await assertNoSideScroll(page, 'the receipt');
    await shot(page, 'tanda-terima-360.png');

    res = await page.goto(url('/lacak'));
    assert.equal(res.status(), 200, 'GET /lacak');
    await assertNoSideScroll(page, 'the tracking form');
    await page.getByLabel('Kode pelacakan').fill(code.toLowerCase().replace('-', ' '));
    res = await navigates(page, () => page.getByRole('button', { name: 'Lacak', exact: true }).tap());
    assert.equal(new URL(page.url()).pathname, '/lacak', 'the tracking form is sent to /lacak');
    assert.equal(res.status(), 200, `the code, typed as "${code.toLowerCase().replace('-', ' ')}", is found`);
    const track = await mainText(page);
    assert.match(track, /Diajukan/, 'the status reads "Diajukan"');
    assert.ok(track.includes(BUSINESS), 'the business name is shown');
    assert.ok(!track.includes('Rina Marlina') && !track.includes('0812') && !track.includes('6600'),
      'no personal data beyond the business name');
    await assertNoSideScroll(page, 'the tracking result');
    await shot(page, 'lacak-hasil-360.png');

    assert.deepEqual(problems, [], 'no failed requests, HTTP errors of sub-resources or console errors (CSP)');
  } finally {
    await page.close();
  }
});

test('the form sent half-filled comes back with an error summary, a message at each wrong field, what was typed, and a word that files must be chosen again', async () => {
  const { page, problems } = await newPage(phone);
  try {
    await page.goto(url(FORM_PATH));
    const typed = 'Tenun Songket Nagari Muaro';
    await page.getByLabel('Nama usaha atau koperasi').fill(typed);
    await page.getByLabel('Surat Permohonan').setInputFiles(PDF);
    await skipBrowserChecks(page);
    resetAttempts();
    const res = await navigates(page, () => page.getByRole('button', { name: SUBMIT }).tap());
    assert.equal(res.status(), 422, 'the form comes back with 422');
    assert.equal(new URL(page.url()).pathname, FORM_PATH, 'on the form\'s address');

    const summaryLink = page.locator('a[href="#f-kontak"]');
    assert.equal(await summaryLink.count(), 1, 'the error summary links to the Nama penanggung jawab field');
    assert.ok(await summaryLink.isVisible(), 'the error summary is visible');
    assert.match(await summaryLink.innerText(), /Nama penanggung jawab/, 'the summary names the field');
    for (const [id, re] of [['kontak', /Nama penanggung jawab wajib diisi\./], ['aspek', /wajib dipilih/], ['setuju', /wajib dicentang/]]) {
      const msg = page.locator(`#e-${id}`);
      assert.ok(await msg.isVisible(), `a message is shown next to ${id}`);
      assert.match(await msg.innerText(), re, `the message next to ${id}`);
    }
    const described = (await page.getByLabel('Nama penanggung jawab').getAttribute('aria-describedby')) || '';
    assert.ok(described.split(/\s+/).includes('e-kontak'), `the field is described by its message (aria-describedby="${described}")`);
    assert.equal(await page.locator('#e-nama_usaha').count(), 0, 'no message next to the field filled in');
    assert.equal(await page.getByLabel('Nama usaha atau koperasi').inputValue(), typed, 'what was typed is kept');
    assert.match(await mainText(page), FILES_AGAIN, 'the page says the files must be chosen again');
    assert.equal(await page.getByLabel('Surat Permohonan').inputValue(), '', 'the file field is empty again');
    await assertNoSideScroll(page, 'the form with errors');
    await shot(page, 'permohonan-galat-360.png');
    assert.deepEqual(problems, [], 'no failed requests, HTTP errors of sub-resources or console errors (CSP)');
  } finally {
    await page.close();
  }
});

test('without JavaScript the empty form is sent and comes back with its errors', async () => {
  const { page } = await newPage(plain);
  try {
    const res0 = await page.goto(url(FORM_PATH));
    assert.equal(res0.status(), 200);
    await skipBrowserChecks(page);
    resetAttempts();
    const res = await navigates(page, () => page.getByRole('button', { name: SUBMIT }).click());
    assert.equal(res.status(), 422, 'the form comes back with 422');
    assert.ok(await page.locator('a[href="#f-nama_usaha"]').isVisible(), 'the error summary links to the first field');
    assert.match(await page.locator('#e-nama_usaha').innerText(), /Nama usaha atau koperasi wajib diisi\./, 'the message next to the field');
    assert.match(await page.locator('#e-surat').innerText(), /Surat Permohonan/, 'the letter is asked for');
    await assertNoSideScroll(page, 'the form with errors, without JavaScript');
  } finally {
    await page.close();
  }
});

test('axe-core finds no violations on the form, the form with errors, the confirmation, the receipt, /lacak and /privasi', async () => {
  if (!code) code = await submitRequest();
  const pages = [
    { what: 'the form', path: FORM_PATH, status: 200 },
    { what: 'the form with errors', path: FORM_PATH, status: 422, submit: true },
    { what: 'the confirmation page', path: `/permohonan/${code}`, status: 200 },
    { what: 'the receipt', path: `/permohonan/${code}/tanda-terima`, status: 200 },
    { what: 'the tracking form', path: '/lacak', status: 200 },
    { what: 'the tracking result', path: `/lacak?kode=${encodeURIComponent(code)}`, status: 200 },
    { what: 'the privacy notice', path: '/privasi', status: 200 },
  ];
  const found = {};
  for (const p of pages) {
    const { page } = await newPage(axe);
    try {
      let res = await page.goto(url(p.path));
      if (p.submit) {
        await skipBrowserChecks(page);
        resetAttempts();
        res = await navigates(page, () => page.getByRole('button', { name: SUBMIT }).click());
      }
      assert.equal(res.status(), p.status, `${p.what}: ${p.path}`);
      const v = await axeViolations(page);
      if (v.length) found[p.what] = v;
    } finally {
      await page.close();
    }
  }
  if (Object.keys(found).length) console.log(JSON.stringify(found, null, 2));
  assert.deepEqual(found, {}, 'axe-core violations');
});
