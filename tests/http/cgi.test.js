// Tests of the public program run as plain CGI from the shell: status line, security headers and the page.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { SERVICE_PATH, run, parseCgi, cgiEnv, textOf, readConfig, exclusive, env } = require('./lib.js');

exclusive();

// Runs the program once as CGI with only the CGI variables and SIBINA_CONFIG in its environment.
function cgi(method, uri, body = '') {
  assert.ok(env.cgiBin, 'SIBINA_CGI_BIN is set');
  const e = Object.assign(cgiEnv(method, uri), { SIBINA_CONFIG: env.config });
  if (body) {
    e.CONTENT_LENGTH = String(Buffer.byteLength(body));
    e.CONTENT_TYPE = 'application/x-www-form-urlencoded';
  }
  const r = run(path.join(env.cgiBin, 'sibina.fcgi'), [], { env: e, input: body });
  assert.equal(r.status, 0, `the CGI program exits 0 (stderr: ${r.stderr})`);
  return Object.assign(parseCgi(r.stdout), { stdout: r.stdout });
}

function one(res, name) {
  const v = res.headers[name];
  assert.ok(v && v.length === 1, `exactly one ${name} header (got ${JSON.stringify(v)})`);
  return v[0];
}

test('as plain CGI, GET / prints status 200, the security headers and the home page', () => {
  const res = cgi('GET', '/');
  if (res.statusLine !== null) assert.match(res.statusLine, /^200 OK$/);
  assert.equal(res.status, 200);
  assert.match(one(res, 'content-type'), /^text\/html;\s*charset=utf-8$/i);
  assert.match(one(res, 'content-security-policy'), /default-src 'none'/);
  assert.match(one(res, 'content-security-policy'), /frame-ancestors 'none'/);
  assert.doesNotMatch(one(res, 'content-security-policy'), /unsafe-inline/);
  assert.equal(one(res, 'x-content-type-options'), 'nosniff');
  assert.equal(one(res, 'referrer-policy'), 'same-origin');
  assert.equal(one(res, 'x-frame-options'), 'DENY');
  assert.match(res.body, /^\s*<!DOCTYPE html>/i, 'the body is an HTML document');
  assert.ok(textOf(res.body).includes(readConfig()['Office.Name']), 'the page shows the office name');
});

test('as plain CGI, GET of the standards page prints the page with all nine steps', () => {
  const res = cgi('GET', SERVICE_PATH);
  assert.equal(res.status, 200);
  const text = textOf(res.body);
  for (const a of ['Surat Permohonan dari UMKM dan Koperasi', 'Melakukan Pembinaan', 'Membuat Laporan Hasil Pembinaan dan Rencana Tindak Lanjut']) {
    assert.ok(text.includes(a), `the page shows "${a}"`);
  }
});

test('as plain CGI, an unknown path prints Status: 404 and the error page', () => {
  const res = cgi('GET', '/tidak-ada-cgi');
  assert.match(String(res.statusLine), /^404\b/);
  assert.ok(textOf(res.body).includes('/tidak-ada-cgi'));
  assert.equal(one(res, 'x-content-type-options'), 'nosniff');
});

test('as plain CGI, POST / prints Status: 405 with Allow: GET, HEAD', () => {
  const res = cgi('POST', '/', 'a=1');
  assert.match(String(res.statusLine), /^405\b/);
  assert.equal(one(res, 'allow'), 'GET, HEAD');
});

test('as plain CGI, HEAD prints the headers and no body', () => {
  const res = cgi('HEAD', SERVICE_PATH);
  assert.equal(res.status, 200);
  assert.match(one(res, 'content-type'), /^text\/html;\s*charset=utf-8$/i);
  assert.equal(res.body, '', 'no body after the headers');
});
