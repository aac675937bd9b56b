// Tests of the program's own limit on request bodies (REQUEST_BODY_MAX, 6 MiB), on a lone FastCGI worker.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { SERVICE_PATH, privateConfig, exclusive, startWorker, textOf, env } = require('./lib.js');

exclusive();

// The web servers refuse bigger bodies themselves; this is the program's own check behind them.
const skip = env.server !== 'nginx' ? `run once, with the nginx pass (SIBINA_SERVER=${env.server})` : false;
let worker = null;
let conf = '';

before(() => {
  if (skip) return;
  conf = privateConfig('limits.hdf', { 'Paths.Log': path.join(env.testDir, 'limits.log') });
  worker = startWorker('limits', { SIBINA_CONFIG: conf });
});

after(async () => {
  if (worker) await worker.stop();
  if (conf) fs.rmSync(conf, { force: true });
});

test('a body one byte over 6 MiB gets a 413 page in Indonesian, and the worker goes on serving', { skip }, () => {
  const body = 'a='.padEnd(6291457, 'x');
  const r = worker.request('POST', '/', { CONTENT_TYPE: 'application/x-www-form-urlencoded' }, body);
  assert.equal(r.status, 413);
  assert.match(textOf(r.body), /Data yang dikirim terlalu besar/);
  assert.equal(r.headers['x-content-type-options']?.[0], 'nosniff');
  const again = worker.request('GET', SERVICE_PATH);
  assert.equal(again.status, 200);
});

test('a body of exactly 6 MiB is read (and answered by its route: 405 on the home page)', { skip }, () => {
  const body = 'a='.padEnd(6291456, 'x');
  const r = worker.request('POST', '/', { CONTENT_TYPE: 'application/x-www-form-urlencoded' }, body);
  assert.equal(r.status, 405);
});
