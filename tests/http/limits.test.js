// Tests of the program's own limit on request bodies (REQUEST_BODY_MAX, 6 MiB), on a lone FastCGI worker.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { SERVICE_PATH, exclusive, loneWorker, textOf } = require('./lib.js');

exclusive();

// The web servers refuse bigger bodies themselves; this is the program's own check behind them.
const { skip, worker } = loneWorker('limits');

test('a body one byte over 6 MiB gets a 413 page in Indonesian, and the worker goes on serving', { skip }, () => {
  const body = 'a='.padEnd(6291457, 'x');
  const r = worker().request('POST', '/', { CONTENT_TYPE: 'application/x-www-form-urlencoded' }, body);
  assert.equal(r.status, 413);
  assert.match(textOf(r.body), /Data yang dikirim terlalu besar/);
  assert.equal(r.headers['x-content-type-options']?.[0], 'nosniff');
  const again = worker().request('GET', SERVICE_PATH);
  assert.equal(again.status, 200);
});

test('a body of exactly 6 MiB is read (and answered by its route: 405 on the home page)', { skip }, () => {
  const body = 'a='.padEnd(6291456, 'x');
  const r = worker().request('POST', '/', { CONTENT_TYPE: 'application/x-www-form-urlencoded' }, body);
  assert.equal(r.status, 405);
});
