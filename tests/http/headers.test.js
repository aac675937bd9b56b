// HTTP tests: the security headers and the HTML charset on every kind of response (pages, admin, errors, 304, static).
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { SERVICE_PATH, request, get, assertSecurityHeaders, assertHtmlUtf8, exclusive, env } = require('./lib.js');

exclusive();

const PAGES = [
  ['GET /', () => get('/'), 200],
  [`GET ${SERVICE_PATH}`, () => get(SERVICE_PATH), 200],
  ['GET /admin/masuk', () => get('/admin/masuk'), 200],
  ['GET /admin/ without a session (303)', () => get('/admin/'), 303],
  ['GET /tidak-ada (404)', () => get('/tidak-ada'), 404],
  ['POST / (405)', () => request('POST', '/', { body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 405],
  ['GET /%ff (400)', () => get('/%ff'), 400],
];

for (const [what, send, status] of PAGES) {
  test(`${what} carries the security headers and text/html; charset=utf-8`, async () => {
    const res = await send();
    assert.equal(res.status, status, `${what}: status`);
    assertSecurityHeaders(res, { what });
    assertHtmlUtf8(res, what);
  });
}

test('304 Not Modified carries the security headers', async () => {
  const first = await get(SERVICE_PATH);
  assert.equal(first.status, 200);
  assert.ok(first.headers.etag, 'the standards page sends an ETag');
  const res = await get(SERVICE_PATH, { headers: { 'If-None-Match': first.headers.etag } });
  assert.equal(res.status, 304);
  assertSecurityHeaders(res, { what: '304' });
});

test('static CSS is served as text/css with the security headers', async () => {
  const res = await get('/static/sibina.css');
  assert.equal(res.status, 200);
  assert.match(String(res.headers['content-type']), /^text\/css\b/);
  assertSecurityHeaders(res, { what: 'GET /static/sibina.css', program: false });
  const print = await get('/static/print.css');
  assert.equal(print.status, 200, 'print.css is served');
  assertSecurityHeaders(print, { what: 'GET /static/print.css', program: false });
});

test('a missing static file answers 404 with the security headers', async () => {
  const res = await get('/static/tidak-ada.css');
  assert.equal(res.status, 404);
  assertSecurityHeaders(res, { what: 'GET /static/tidak-ada.css', program: false });
});

test('the web server\'s own 400 for a malformed path carries the security headers', async () => {
  const res = await get('/%zz');
  assert.equal(res.status, 400);
  assertSecurityHeaders(res, { what: 'GET /%zz (rejected by the web server)', program: false });
});

test('pages are not cacheable by shared caches without revalidation (Cache-Control: no-cache)', async () => {
  for (const p of ['/', SERVICE_PATH]) {
    const res = await get(p);
    assert.match(String(res.headers['cache-control']), /\bno-cache\b/, `${p}: Cache-Control (${env.server})`);
  }
});
