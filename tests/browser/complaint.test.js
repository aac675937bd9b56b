// Browser tests of complaints (issue 6 part B): a person files a complaint on a phone (360 px,
// JavaScript off) and looks it up by its code; the pages (the form, the form with errors, the
// status, a lookup miss, the staff's list and complaint) pass the Nu Html Checker and axe-core at
// 360 and 1280 px without sideways scroll.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { VIEWPORTS, launch, screenshotPath, url, axeViolations } = require('./lib.js');
const h = require('../http/lib.js');


let plain; // JavaScript off, CSP enforced
let axe; // CSP bypassed so that axe-core can be injected
let jar = '';
let filed = null; // { code, id } of the complaint filed through the browser

before(async () => {
  h.resetAttempts();
  const sek = h.addStaff({ role: 'sekretaris' });
  jar = await h.login(sek.username, sek.password);
  plain = await launch({ javaScriptEnabled: false });
  axe = await launch({ bypassCSP: true });
  const sess = h.cookieValue(jar, h.SESSION_COOKIE);
  for (const c of [plain, axe]) await c.context.addCookies([{ name: h.SESSION_COOKIE, value: sess, url: url('/admin/') }]);
}, { timeout: 120000 });

after(async () => {
  if (plain) await plain.close();
  if (axe) await axe.close();
  h.resetAttempts();
});

test('on a phone without JavaScript: a person files a complaint, anonymously, and looks it up by its code', { timeout: 60000 }, async () => {
  const page = await plain.context.newPage();
  try {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url('/'), { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Pengaduan', exact: true }).first().click();
    assert.equal(new URL(page.url()).pathname, '/pengaduan');
    // First with a wrong request code (the browser checks only the required fields): the page
    // comes back with the server's message and what was typed.
    await page.getByLabel('Perihal').fill('Antrean layanan terlalu lama');
    await page.getByLabel('Isi pengaduan').fill('Saya menunggu dua jam di kantor.\nMohon diperbaiki.');
    await page.locator('#f-setuju').check();
    await page.getByLabel('Kode permohonan').fill('ABC');
    await page.locator('form.complaint-form button[type=submit]').click();
    const t1 = await page.locator('main').innerText();
    assert.ok(t1.includes('Kode permohonan terdiri atas 10 huruf dan angka'), t1.slice(0, 400));
    assert.equal(await page.getByLabel('Perihal').inputValue(), 'Antrean layanan terlalu lama', 'the input is kept');
    await page.getByLabel('Kode permohonan').fill('');
    await page.locator('form.complaint-form button[type=submit]').click();
    const m = new URL(page.url()).pathname.match(/^\/pengaduan\/(ADU-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})$/);
    assert.ok(m, `sent to the status page: ${page.url()}`);
    const code = m[1];
    const t2 = await page.locator('main').innerText();
    assert.ok(t2.includes('Diterima') && t2.includes(code), t2.slice(0, 400));
    await page.screenshot({ path: screenshotPath('pengaduan-terkirim-360.png'), fullPage: true });
    // Later: the lookup form on /pengaduan, the code typed in lower case.
    await page.goto(url('/pengaduan'), { waitUntil: 'load' });
    await page.getByLabel('Kode pengaduan').fill(code.toLowerCase());
    await page.locator('form.track-form button[type=submit]').click();
    const t3 = await page.locator('main').innerText();
    assert.ok(t3.includes(code) && t3.includes('Antrean layanan terlalu lama'), t3.slice(0, 400));
    const m2 = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert.ok(m2.scrollWidth <= m2.innerWidth, `page is ${m2.scrollWidth} px wide in a ${m2.innerWidth} px window`);
    filed = { code, id: h.sql(`SELECT id FROM complaint WHERE code = '${code}'`)[0][0] };
  } finally {
    await page.close();
  }
});

// The pages to check; the status and the staff pages need the complaint filed above.
function pages() {
  const c = filed || { code: 'ADU-22222-22222', id: 0 };
  return [
    { name: 'pengaduan', path: '/pengaduan', status: 200 },
    { name: 'pengaduan-status', path: `/pengaduan/${c.code}`, status: filed ? 200 : 404 },
    { name: 'pengaduan-galat-400', path: '/pengaduan/ADU-XYZ', status: 400 },
    { name: 'pengaduan-cari-galat-404', path: '/pengaduan?kode=ADU-22222-22222', status: 404 },
    { name: 'admin-pengaduan', path: '/admin/pengaduan', status: 200 },
    { name: 'admin-pengaduan-satu', path: `/admin/pengaduan/${c.id}`, status: filed ? 200 : 404 },
  ];
}

test('the complaint pages and the form with errors pass the Nu Html Checker with zero errors', { timeout: 180000 }, async () => {
  h.resetAttempts();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-vnu-complaint-'));
  try {
    const files = [];
    for (const p of pages()) {
      const res = await h.staffGet(jar, p.path);
      assert.equal(res.status, p.status, `${p.path}: ${h.textOf(res.body).slice(0, 300)}`);
      const file = path.join(dir, `${p.name}.html`);
      fs.writeFileSync(file, res.bodyBytes);
      files.push(file);
    }
    // The form sent empty: 422 with its messages.
    const form = await h.get('/pengaduan');
    const f = h.parseForm(form.body, form.headers['set-cookie']);
    const res = await h.postForm(f.cookie, '/pengaduan', { csrf: f.csrf, submit_key: f.submitKey, perihal: '', isi: '' });
    assert.equal(res.status, 422);
    fs.writeFileSync(path.join(dir, 'pengaduan-galat-422.html'), res.bodyBytes);
    files.push(path.join(dir, 'pengaduan-galat-422.html'));
    assert.deepEqual(h.nuErrors(files), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const vp of VIEWPORTS) {
  test(`the complaint pages at ${vp.width} px: no sideways scroll, no axe-core violation`, { timeout: 120000 }, async () => {
    h.resetAttempts();
    for (const p of pages()) {
      const page = await plain.context.newPage();
      try {
        await page.setViewportSize(vp);
        const res = await page.goto(url(p.path), { waitUntil: 'load' });
        assert.equal(res.status(), p.status, p.path);
        const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        await page.screenshot({ path: screenshotPath(`${p.name}-${vp.width}.png`), fullPage: true });
        assert.ok(m.scrollWidth <= m.innerWidth, `${p.path}: page is ${m.scrollWidth} px wide in a ${m.innerWidth} px window`);
      } finally {
        await page.close();
      }
      const a = await axe.context.newPage();
      try {
        await a.setViewportSize(vp);
        const res = await a.goto(url(p.path), { waitUntil: 'load' });
        assert.equal(res.status(), p.status, p.path);
        assert.deepEqual(await axeViolations(a), [], `axe-core on ${p.path}`);
      } finally {
        await a.close();
      }
    }
  });
}
