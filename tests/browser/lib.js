// Shared helpers for the browser tests: launching Debian's Chromium through playwright-core, the pages, the output folder.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const env = {
  baseUrl: (process.env.SIBINA_BASE_URL || 'http://127.0.0.1:18080').replace(/\/+$/, ''),
  testDir: process.env.SIBINA_TEST_DIR || os.tmpdir(),
};
env.out = process.env.SIBINA_OUT || path.join(env.testDir, 'out');

const PAGES = [
  { name: 'beranda', path: '/' },
  { name: 'standar-pelayanan', path: '/layanan/pembinaan-umkm-koperasi' },
];

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Launches Chromium with a fresh profile; returns the context and a close() that also removes the profile.
async function launch(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sibina-chromium-'));
  const context = await chromium.launchPersistentContext(dir, Object.assign({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale: 'id-ID',
  }, options));
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function screenshotPath(name) {
  const dir = path.join(env.out, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

module.exports = { env, PAGES, VIEWPORTS, launch, screenshotPath, url: (p) => env.baseUrl + p };
