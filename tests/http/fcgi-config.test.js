// Tests that a FastCGI worker started without SIBINA_CONFIG takes it from the request's parameters (SetEnv under mod_fcgid).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { SERVICE_PATH, privateConfig, exclusive, startWorker, env } = require('./lib.js');

exclusive();

const skip = env.server !== 'nginx' ? `run once, with the nginx pass (SIBINA_SERVER=${env.server})` : false;
let worker = null;
let conf = '';

before(() => {
  if (skip) return;
  conf = privateConfig('fcgiconf.hdf', { 'Paths.Log': path.join(env.testDir, 'fcgiconf.log') });
  worker = startWorker('fcgiconf', {}); // no SIBINA_CONFIG in its environment
});

after(async () => {
  if (worker) await worker.stop();
  if (conf) fs.rmSync(conf, { force: true });
});

test('a worker without SIBINA_CONFIG in its environment uses the one the web server passes as a parameter', { skip }, () => {
  const r1 = worker.request('GET', SERVICE_PATH, { SIBINA_CONFIG: conf });
  assert.equal(r1.status, 200);
  assert.ok(r1.body.includes('Pembinaan UMKM dan Koperasi'));
  // Read once per process: later requests need not repeat it.
  const r2 = worker.request('GET', SERVICE_PATH);
  assert.equal(r2.status, 200);
});
