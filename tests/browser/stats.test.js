// Browser tests of the public statistics and the dashboard (issue 5): the Nu Html Checker finds no
// error in them (figures, charts, and the form with errors), axe-core no violation at 360 and 1280 px,
// no sideways scroll on a phone, no JavaScript needed, and printing leaves the form out.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { VIEWPORTS, launch, screenshotPath, url, axeViolations } = require('./lib.js');
const h = require('../http/lib.js');


// A small fixture of its own month (May 2019): two requests, one finished with two timed steps,
// one returned, so that every chart and table of the pages has rows.
const MONTH_DAY = '2019-05-01';
const RANGE = 'dari=2019-05&sampai=2019-05';
let jar = '';
let plain; // JavaScript off, CSP enforced
let axe; // CSP bypassed so that axe-core can be injected

function cleanUp() {
  const ids = h.sql("SELECT id FROM request WHERE submitted_at >= '2019-05-01' AND submitted_at < '2019-06-01'").map((r) => r[0]);
  if (ids.length) {
    h.sql(`DELETE FROM step_time WHERE request_id IN (${ids.join(',')})`);
    h.sql(`DELETE FROM request WHERE id IN (${ids.join(',')})`);
  }
  for (const t of ['stat_received', 'stat_aspect', 'stat_closed', 'stat_step', 'stat_actor']) h.sql(`DELETE FROM ${t} WHERE month = '${MONTH_DAY}'`);
}

before(async () => {
  cleanUp();
  const sfx = h.randomHex(3);
  const kadis = h.addStaff({ role: 'kepala_dinas', name: `Kamal Dasbor ${sfx}` });
  const fo = h.addStaff({ role: 'front_office', name: `Fani Dasbor ${sfx}` });
  const [[svc, ver]] = h.sql(`SELECT s.id, (SELECT v.id FROM standard_version v WHERE v.service_id = s.id ORDER BY v.number DESC LIMIT 1)
    FROM service s WHERE s.slug = 'pembinaan-umkm-koperasi'`);
  const made = [];
  for (const [i, kec, status] of [[1, 'Sijunjung', 'selesai'], [2, 'Kupitan', 'dikembalikan']]) {
    const name = `Usaha Peramban ${i} ${sfx}`;
    h.sql(`INSERT INTO request (tracking_code, submit_key, service_id, version_id, applicant_type, business_name, contact_name,
        contact_position, phone, address, kecamatan, nagari, sector, aspects, description, status, step_no, step_since, consent_at, submitted_at)
      VALUES ('ZZ${i}ZZ-${sfx.slice(0, 5).toUpperCase().replace(/[01]/g, '2').padEnd(5, 'Z')}', '${h.randomHex(32)}', ${svc}, ${ver}, 'umkm',
        '${name}', 'Uji', 'Pemilik', '+6281200000000', 'Jalan Uji', '${kec}', 'Nagari Uji', 'Kuliner', 'pemasaran,sdm', 'Uji.',
        'diajukan', 2, '2019-05-0${i} 08:00:00', '2019-05-0${i} 08:00:00', '2019-05-0${i} 08:00:00')`);
    const id = h.sql(`SELECT id FROM request WHERE business_name = '${name}'`)[0][0];
    h.sql(`INSERT INTO step_time (request_id, step_no, started_at, due_at, ended_at, work_seconds, standard_seconds, on_time, actor_id)
      VALUES (${id}, 2, '2019-05-06 08:00:00', '2019-05-06 08:03:00', '2019-05-06 08:02:00', 120, 180, 1, ${fo.id})`);
    if (status === 'selesai') {
      h.sql(`INSERT INTO step_time (request_id, step_no, started_at, due_at, ended_at, work_seconds, standard_seconds, on_time, actor_id)
        VALUES (${id}, 3, '2019-05-06 09:00:00', '2019-05-06 09:05:00', '2019-05-06 09:09:00', 540, 300, 0, ${kadis.id})`);
    }
    made.push([id, status]);
  }
  for (const [id, status] of made) h.sql(`UPDATE request SET status = '${status}' WHERE id = ${id}`);
  h.resetAttempts();
  jar = await h.login(kadis.username, kadis.password);
  plain = await launch({ javaScriptEnabled: false });
  axe = await launch({ bypassCSP: true });
  const sess = h.cookieValue(jar, h.SESSION_COOKIE);
  for (const c of [plain, axe]) await c.context.addCookies([{ name: h.SESSION_COOKIE, value: sess, url: url('/admin/') }]);
}, { timeout: 120000 });

after(async () => {
  if (plain) await plain.close();
  if (axe) await axe.close();
  cleanUp();
  h.resetAttempts();
});

const PAGES = [
  { name: 'statistik', path: `/statistik?${RANGE}`, status: 200 },
  { name: 'statistik-galat-422', path: '/statistik?dari=maret&sampai=2019-01', status: 422 },
  { name: 'dasbor', path: `/admin/dasbor?${RANGE}`, status: 200 },
  { name: 'dasbor-galat-422', path: '/admin/dasbor?dari=2019-05&sampai=2000-01', status: 422 },
];

test('the statistics and the dashboard pass the Nu Html Checker with zero errors', { timeout: 180000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-vnu-stats-'));
  try {
    const files = [];
    for (const p of PAGES) {
      const res = await h.staffGet(jar, p.path);
      assert.equal(res.status, p.status, `${p.path}: ${h.textOf(res.body).slice(0, 300)}`);
      const file = path.join(dir, `${p.name}.html`);
      fs.writeFileSync(file, res.bodyBytes);
      files.push(file);
    }
    assert.deepEqual(h.nuErrors(files), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const p of PAGES) {
  for (const vp of VIEWPORTS) {
    test(`${p.path} at ${vp.width} px: no sideways scroll without JavaScript, no axe-core violation (screenshot ${p.name}-${vp.width}.png)`,
      { timeout: 60000 }, async () => {
        const page = await plain.context.newPage();
        const problems = [];
        // A 422 page's own status is reported as a console error: only other errors count.
        page.on('console', (m) => {
          if (m.type() === 'error' && !(p.status === 422 && /status of 422/.test(m.text()))) problems.push(m.text());
        });
        try {
          await page.setViewportSize(vp);
          const res = await page.goto(url(p.path), { waitUntil: 'load' });
          assert.equal(res.status(), p.status);
          const m = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          await page.screenshot({ path: screenshotPath(`${p.name}-${vp.width}.png`), fullPage: true });
          assert.ok(m.scrollWidth <= m.innerWidth, `page is ${m.scrollWidth} px wide in a ${m.innerWidth} px window`);
          assert.deepEqual(problems, [], 'no console errors (CSP)');
          if (p.status === 200) {
            // The bars are drawn (without JavaScript) and as wide as their numbers say.
            const bars = await page.locator('svg.hb-svg').count();
            assert.ok(bars > 0, 'bars are drawn');
            const w = await page.locator('svg.hb-svg').first().boundingBox();
            assert.ok(w && w.width > 40, `a bar's box is visible (${JSON.stringify(w)})`);
          }
        } finally {
          await page.close();
        }
        const a = await axe.context.newPage();
        try {
          await a.setViewportSize(vp);
          const res = await a.goto(url(p.path), { waitUntil: 'load' });
          assert.equal(res.status(), p.status);
          assert.deepEqual(await axeViolations(a), [], `axe-core on ${p.path}`);
        } finally {
          await a.close();
        }
      });
  }
}

test('printed, the dashboard leaves the form out and keeps the charts and figures', { timeout: 60000 }, async () => {
  const page = await plain.context.newPage();
  try {
    await page.goto(url(`/admin/dasbor?${RANGE}`), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('form.range-form').isVisible(), false, 'the form is not printed');
    assert.ok(await page.locator('svg.hb-svg').first().isVisible(), 'the bars are printed');
    assert.equal((await page.locator('#s-diterima').innerText()).trim(), '2');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000, 'a PDF is printed');
    fs.writeFileSync(screenshotPath('dasbor-cetak.pdf'), pdf);
  } finally {
    await page.close();
  }
});
