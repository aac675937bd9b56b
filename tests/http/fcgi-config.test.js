// Tests that a FastCGI worker started without SIBINA_CONFIG takes it from the request's parameters (SetEnv under mod_fcgid).
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { SERVICE_PATH, exclusive, loneWorker } = require('./lib.js');

exclusive();

const { skip, worker, conf } = loneWorker('fcgiconf', { configInEnv: false });

test('a worker without SIBINA_CONFIG in its environment uses the one the web server passes as a parameter', { skip }, () => {
  const r1 = worker().request('GET', SERVICE_PATH, { SIBINA_CONFIG: conf() });
  assert.equal(r1.status, 200);
  assert.ok(r1.body.includes('Pembinaan UMKM dan Koperasi'));
  // Read once per process: later requests need not repeat it.
  const r2 = worker().request('GET', SERVICE_PATH);
  assert.equal(r2.status, 200);
});
