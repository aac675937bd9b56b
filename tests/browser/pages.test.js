// Browser tests of the public pages in headless Chromium: no sideways scroll on a phone, accessibility (axe), keyboard, print, no JavaScript needed.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { PAGES, VIEWPORTS, launch, screenshotPath, url, env } = require('./lib.js');

const AXE_PATH = require.resolve('axe-core/axe.min.js');
const STANDARDS = PAGES.find((p) => p.name === 'standar-pelayanan');

let plain; // JavaScript disabled, CSP enforced: what a visitor without JS gets
let axe; // JavaScript on, CSP bypassed so that axe-core can be injected

before(async () => {
  plain = await launch({ javaScriptEnabled: false });
  axe = await launch({ bypassCSP: true });
});

after(async () => {
  if (plain) await plain.close();
  if (axe) await axe.close();
});

// Opens a page at a viewport and records what went wrong while loading: failed requests,
// HTTP errors of sub-resources, console errors (CSP violations show there).
async function open(ctx, p, viewport) {
  const page = await ctx.context.newPage();
  await page.setViewportSize(viewport);
  const problems = [];
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console ${m.type()}: ${m.text()}`); });
  const res = await page.goto(url(p.path), { waitUntil: 'load' });
  assert.equal(res.status(), 200, `GET ${p.path}`);
  return { page, problems };
}

for (const p of PAGES) {
  for (const vp of VIEWPORTS) {
    test(`${p.path} at ${vp.width}x${vp.height} without JavaScript does not scroll sideways (screenshot ${p.name}-${vp.width}.png)`, async () => {
      const { page, problems } = await open(plain, p, vp);
      try {
        const m = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          sheets: document.styleSheets.length,
        }));
        await page.screenshot({ path: screenshotPath(`${p.name}-${vp.width}.png`), fullPage: true });
        assert.ok(m.scrollWidth <= m.innerWidth, `page is ${m.scrollWidth} px wide in a ${m.innerWidth} px window`);
        assert.ok(m.sheets >= 1, 'the stylesheet is loaded');
        assert.deepEqual(problems, [], 'no failed requests, HTTP errors or console errors (CSP) while loading');
      } finally {
        await page.close();
      }
    });

    test(`${p.path} at ${vp.width}x${vp.height} has no axe-core accessibility violations`, async () => {
      const { page } = await open(axe, p, vp);
      try {
        await page.addScriptTag({ path: AXE_PATH });
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const violations = result.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
        }));
        if (violations.length) console.log(JSON.stringify(violations, null, 2));
        assert.deepEqual(violations, [], 'axe-core violations');
      } finally {
        await page.close();
      }
    });
  }
}

test('at 360 px the swimlane table scrolls inside its own box, not the page', async () => {
  const { page } = await open(plain, STANDARDS, { width: 360, height: 740 });
  try {
    const r = await page.evaluate(() => {
      const table = [...document.querySelectorAll('table')].find((t) => /kelengkapan/i.test(t.textContent));
      if (!table) return { error: 'no swimlane table' };
      const out = { tableWidth: table.scrollWidth, innerWidth: window.innerWidth, scroller: null };
      for (let el = table.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        const ox = getComputedStyle(el).overflowX;
        if (ox === 'auto' || ox === 'scroll') {
          out.scroller = { tag: el.tagName, clientWidth: el.clientWidth, scrollWidth: el.scrollWidth, right: el.getBoundingClientRect().right };
          break;
        }
      }
      return out;
    });
    assert.ok(!r.error, r.error);
    if (r.tableWidth > r.innerWidth) {
      assert.ok(r.scroller, `the ${r.tableWidth} px table has no scrolling wrapper`);
      assert.ok(r.scroller.right <= r.innerWidth, `the wrapper ends at ${r.scroller.right} px, inside the ${r.innerWidth} px window`);
      assert.ok(r.scroller.scrollWidth > r.scroller.clientWidth, 'the wrapper scrolls');
    }
  } finally {
    await page.close();
  }
});

for (const p of PAGES) {
  test(`${p.path}: the first Tab focuses a visible skip link to the main content`, async () => {
    const { page } = await open(plain, p, { width: 360, height: 740 });
    try {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        const href = a && a.getAttribute('href');
        const target = href && href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
        const box = a.getBoundingClientRect();
        return {
          tag: a.tagName, href, text: a.textContent.trim(),
          targetTag: target && target.tagName, targetIsOrHoldsMain: !!target && (target.tagName === 'MAIN' || !!target.closest('main') || !!target.querySelector('main')),
          box: { x: box.x, y: box.y, w: box.width, h: box.height }, vw: window.innerWidth, vh: window.innerHeight,
        };
      });
      assert.equal(f.tag, 'A', `first Tab focuses a link (got ${f.tag})`);
      assert.ok(f.href && f.href.startsWith('#'), `a link within the page (href ${f.href})`);
      assert.ok(f.targetTag, `its target ${f.href} exists`);
      assert.ok(f.targetIsOrHoldsMain, `its target ${f.href} is the main content (${f.targetTag})`);
      assert.ok(f.text.length > 0, 'the link has text');
      assert.ok(f.box.w > 1 && f.box.h > 1 && f.box.x >= 0 && f.box.y >= 0 && f.box.x + f.box.w <= f.vw && f.box.y + f.box.h <= f.vh,
        `the focused skip link is visible on screen: ${JSON.stringify(f.box)}`);
      await page.keyboard.press('Enter');
      // Following a fragment link is not always done when press() returns: wait a moment for it.
      await page.waitForFunction((h) => location.hash === h, f.href, { timeout: 2000 }).catch(() => {});
      assert.equal(new URL(page.url()).hash, f.href, 'Enter follows the skip link');
    } finally {
      await page.close();
    }
  });
}

test('print: the navigation is hidden and the SOP table is printed', async () => {
  const { page } = await open(plain, STANDARDS, { width: 1280, height: 800 });
  try {
    await page.emulateMedia({ media: 'print' });
    const navs = await page.locator('nav').count();
    assert.ok(navs >= 1, 'the page has a nav (site navigation)');
    for (let i = 0; i < navs; i++) {
      assert.equal(await page.locator('nav').nth(i).isVisible(), false, `nav #${i + 1} is hidden in print`);
    }
    const table = page.locator('table', { hasText: /kelengkapan/i });
    assert.equal(await table.isVisible(), true, 'the swimlane table is printed');
    const pdfPath = path.join(env.out, 'standar-pelayanan.pdf');
    fs.mkdirSync(env.out, { recursive: true });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    assert.equal(fs.readFileSync(pdfPath).subarray(0, 5).toString('latin1'), '%PDF-', 'an A4 PDF is printed');
  } finally {
    await page.close();
  }
});

test('without JavaScript, the home page link leads to the standards page', async () => {
  const { page } = await open(plain, PAGES[0], { width: 360, height: 740 });
  try {
    await page.locator(`a[href$="${STANDARDS.path}"]`).first().click();
    await page.waitForURL(url(STANDARDS.path));
    const h1 = await page.locator('h1').innerText();
    assert.match(h1, /Pembinaan UMKM dan Koperasi/i);
  } finally {
    await page.close();
  }
});
