// Browser tests of the satisfaction survey (issue 6 part A): an applicant on a phone (360 px, no
// JavaScript) goes from /lacak to the survey, answers it by the labels and the keyboard, and sees
// the thank-you page; the survey's pages (the form, with errors, not yet open, answered), /lacak's
// invitation, /statistik and the dashboard with the IKM pass the Nu Html Checker and axe-core.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { VIEWPORTS, launch, screenshotPath, url, axeViolations } = require('./lib.js');
const h = require('../http/lib.js');

const SFX = h.randomHex(3);
let jar = '';
let plain; // JavaScript off, CSP enforced
let axe; // CSP bypassed so that axe-core can be injected
const cases = {};

function newCode() {
  for (;;) {
    let s = '';
    for (let i = 0; i < 10; i++) s += h.CODE_ALPHABET[Math.floor(Math.random() * h.CODE_ALPHABET.length)];
    const code = s.slice(0, 5) + '-' + s.slice(5);
    if (h.sql(`SELECT COUNT(*) FROM request WHERE tracking_code = ${h.q(code)}`)[0][0] === '0') return code;
  }
}

// A request in SQL (submitted today) with a status: { id, code }.
function insertCase(key, status) {
  const code = newCode();
  const [[svc, ver]] = h.sql(`SELECT s.id, (SELECT v.id FROM standard_version v WHERE v.service_id = s.id ORDER BY v.number DESC LIMIT 1)
    FROM service s WHERE s.slug = 'pembinaan-umkm-koperasi'`);
  h.sql(`INSERT INTO request (tracking_code, submit_key, service_id, version_id, applicant_type, business_name, contact_name,
      contact_position, phone, address, kecamatan, nagari, sector, aspects, description, status, step_no, step_since, consent_at, submitted_at)
    VALUES (${h.q(code)}, '${h.randomHex(32)}', ${svc}, ${ver}, 'umkm', ${h.q(`Usaha Survei Peramban ${key} ${SFX}`)}, 'Uji', 'Pemilik',
      '+6281200000000', 'Jalan Uji', 'Sijunjung', 'Nagari Uji', 'Kuliner', 'pemasaran', 'Uji.', ${h.q(status)},
      ${status === 'selesai' ? 9 : 3}, NOW(), NOW(), NOW())`);
  return { id: Number(h.sql(`SELECT id FROM request WHERE tracking_code = ${h.q(code)}`)[0][0]), code };
}

function cleanUp() {
  const ids = h.sql(`SELECT id FROM request WHERE business_name LIKE 'Usaha Survei Peramban %${SFX}'`).map((r) => r[0]);
  if (ids.length) {
    h.sql(`DELETE FROM survey_response WHERE request_id IN (${ids.join(',')})`);
    h.sql(`DELETE FROM request WHERE id IN (${ids.join(',')})`);
  }
}

before(async () => {
  cases.phone = insertCase('ponsel', 'selesai');
  cases.form = insertCase('formulir', 'selesai');
  cases.answered = insertCase('terjawab', 'selesai');
  cases.open = insertCase('berjalan', 'diproses');
  h.sql(`INSERT INTO survey_response (request_id, submitted_at, month, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education,
      occupation, comment)
    VALUES (${cases.answered.id}, NOW(), DATE_FORMAT(NOW(), '%Y-%m-01'), 4, 3, 3, 4, 3, 4, 4, 2, 3, 'L', 50, 'd4s1', 'swasta',
      'Tempat parkir sempit & <panas>.')`);
  h.resetAttempts();
  const kadis = h.addStaff({ role: 'kepala_dinas' });
  jar = await h.login(kadis.username, kadis.password);
  plain = await launch({ javaScriptEnabled: false });
  axe = await launch({ bypassCSP: true });
}, { timeout: 120000 });

after(async () => {
  if (plain) await plain.close();
  if (axe) await axe.close();
  cleanUp();
  h.resetAttempts();
});

const surveyPath = (c) => `/permohonan/${c.code}/survei`;

// The survey sent empty: the 422 page.
async function emptyPost(c) {
  const res = await h.get(surveyPath(c));
  const cookie = h.csrfCookie(res.headers['set-cookie']);
  return h.request('POST', surveyPath(c), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: h.formBody([['csrf', h.inputValue(res.body, 'csrf')], ['usia', '<b>9</b>'], ['saran', '</textarea><script>x</script>']]),
  });
}

test('the survey\'s pages, /lacak\'s invitation, /statistik and the dashboard with the IKM pass the Nu Html Checker', { timeout: 180000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-vnu-survey-'));
  try {
    const pages = [
      { name: 'survei', load: () => h.get(surveyPath(cases.form)), status: 200 },
      { name: 'survei-galat-422', load: () => emptyPost(cases.form), status: 422 },
      { name: 'survei-belum-409', load: () => h.get(surveyPath(cases.open)), status: 409 },
      { name: 'survei-terjawab', load: () => h.get(surveyPath(cases.answered)), status: 200 },
      { name: 'lacak-selesai', load: () => h.get(`/lacak?kode=${cases.form.code}`), status: 200 },
      { name: 'statistik-ikm', load: () => h.get('/statistik'), status: 200 },
      { name: 'dasbor-ikm', load: () => h.staffGet(jar, '/admin/dasbor'), status: 200 },
    ];
    const files = [];
    for (const p of pages) {
      const res = await p.load();
      assert.equal(res.status, p.status, `${p.name}: ${h.textOf(res.body).slice(0, 300)}`);
      const file = path.join(dir, `${p.name}.html`);
      fs.writeFileSync(file, res.bodyBytes);
      files.push(file);
    }
    const dash = fs.readFileSync(path.join(dir, 'dasbor-ikm.html'), 'utf8');
    assert.ok(dash.includes('Tempat parkir sempit &amp; &lt;panas&gt;.'), 'the comment, escaped, on the dashboard');
    assert.deepEqual(h.nuErrors(files), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const vp of VIEWPORTS) {
  test(`the survey form, its errors and the thank-you page at ${vp.width} px: no axe-core violation, no sideways scroll`, { timeout: 60000 }, async () => {
    for (const [name, p, status] of [['survei', surveyPath(cases.form), 200], ['survei-terjawab', surveyPath(cases.answered), 200],
      ['survei-belum', surveyPath(cases.open), 409]]) {
      const a = await axe.context.newPage();
      try {
        await a.setViewportSize(vp);
        const res = await a.goto(url(p), { waitUntil: 'load' });
        assert.equal(res.status(), status);
        assert.deepEqual(await axeViolations(a), [], `axe-core on ${p}`);
        const m = await a.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        assert.ok(m.scrollWidth <= m.innerWidth, `${name}: ${m.scrollWidth} px wide in a ${m.innerWidth} px window`);
        await a.screenshot({ path: screenshotPath(`${name}-${vp.width}.png`), fullPage: true });
        if (name === 'survei') {
          // The form sent empty (the browser's own checks skipped): every message, axe-clean.
          await a.evaluate(() => { document.querySelector('form.survey-form').noValidate = true; });
          await a.locator('form.survey-form button[type="submit"]').click();
          await a.waitForLoadState('load');
          assert.equal(await a.locator('.field-error').count(), 13, 'a message per required field');
          assert.deepEqual(await axeViolations(a), [], 'axe-core on the form with errors');
        }
      } finally {
        await a.close();
      }
    }
  });
}

test('an applicant on a phone (360 px, no JavaScript) answers the survey from /lacak by its labels and the keyboard', { timeout: 90000 }, async () => {
  const page = await plain.context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  try {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url('/lacak'), { waitUntil: 'load' });
    await page.getByLabel('Kode pelacakan').fill(cases.phone.code.toLowerCase());
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForLoadState('load');
    await page.screenshot({ path: screenshotPath('lacak-ajakan-survei-360.png'), fullPage: true });
    await page.getByRole('link', { name: 'Isi survei kepuasan' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, surveyPath(cases.phone));
    // Each element: the answer's label in its fieldset (group) is clicked; element 9 by the keyboard.
    const picks = { u1: 'Sangat sesuai', u2: 'Mudah', u3: 'Cepat', u4: 'Gratis', u5: 'Sesuai', u6: 'Kompeten',
      u7: 'Sangat sopan dan ramah', u8: 'Berfungsi kurang maksimal' };
    const groups = { u1: 'Persyaratan', u2: 'Sistem, mekanisme dan prosedur', u3: 'Waktu penyelesaian', u4: 'Biaya/tarif',
      u5: 'Produk spesifikasi jenis pelayanan', u6: 'Kompetensi pelaksana', u7: 'Perilaku pelaksana',
      u8: 'Penanganan pengaduan, saran dan masukan' };
    for (const [u, label] of Object.entries(picks)) {
      const group = page.getByRole('group', { name: new RegExp(`^\\d\\. ${groups[u].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`) });
      await group.getByLabel(label, { exact: true }).check();
    }
    // Sarana dan prasarana: focus the first answer, then arrow keys (radio group) to "Baik".
    await page.locator('#f-u9-1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#f-u9-3').isChecked(), true, 'the keyboard chose "Baik"');
    await page.getByRole('group', { name: /^Jenis kelamin/ }).getByLabel('Perempuan').check();
    await page.getByLabel(/^Usia/).fill('38');
    await page.getByRole('group', { name: /^Pendidikan/ }).getByLabel('D4/S1').check();
    await page.getByRole('group', { name: /^Pekerjaan/ }).getByLabel('Wirausaha').check();
    await page.getByLabel(/^Saran dan masukan/).fill('Jadwal pembinaan mohon dikabarkan lebih awal.');
    const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert.ok(m.scrollWidth <= m.innerWidth, `the form is ${m.scrollWidth} px wide in a ${m.innerWidth} px window`);
    await page.screenshot({ path: screenshotPath('survei-isi-360.png'), fullPage: true });
    // Sent with Enter from the age field.
    await page.getByLabel(/^Usia/).press('Enter');
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, surveyPath(cases.phone));
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
    assert.match(await page.locator('#survei-terjawab').innerText(), /telah dijawab pada/);
    await page.screenshot({ path: screenshotPath('survei-terima-kasih-360.png'), fullPage: true });
    const row = h.sql(`SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation, comment
      FROM survey_response WHERE request_id = ${cases.phone.id}`);
    assert.deepEqual(row, [['4', '3', '3', '4', '3', '3', '4', '3', '3', 'P', '38', 'd4s1', 'wirausaha',
      'Jadwal pembinaan mohon dikabarkan lebih awal.']]);
    assert.deepEqual(problems, [], 'no console errors (CSP)');
  } finally {
    await page.close();
  }
});
