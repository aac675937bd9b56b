// Tests of one FastCGI worker on its own: nothing of one request shows in the next, and memory does not grow per request.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { SERVICE_PATH, exclusive, loneWorker } = require('./lib.js');

exclusive();

const { skip, worker } = loneWorker('iso');
const fcgi = (...args) => worker().request(...args);

function rssKb() {
  const status = fs.readFileSync(`/proc/${worker().pid}/status`, 'utf8');
  const m = status.match(/^VmRSS:\s+(\d+)\s+kB/m);
  assert.ok(m, 'VmRSS in /proc/PID/status');
  return Number(m[1]);
}

test('nothing of one request (path, query, cookie, body) shows in the next one on the same worker', { skip }, () => {
  const r1 = fcgi('GET', '/tidak-ada-AAA111?q=rahasia', { HTTP_COOKIE: 'sid=COOKIEAAA' });
  assert.equal(r1.status, 404);
  assert.ok(r1.body.includes('AAA111'), 'request 1 sees its own path');
  const r1b = fcgi('POST', '/tidak-ada-CCC333?x=1', { HTTP_COOKIE: 'sid=COOKIECCC' }, 'isi=RAHASIABODY');
  assert.ok([404, 405].includes(r1b.status), `POST to an unknown path: ${r1b.status}`);
  const r2 = fcgi('GET', '/tidak-ada-BBB222');
  assert.equal(r2.status, 404);
  assert.ok(r2.body.includes('BBB222'), 'request 2 shows its own path');
  for (const leak of ['AAA111', 'rahasia', 'COOKIEAAA', 'CCC333', 'COOKIECCC', 'RAHASIABODY']) {
    assert.ok(!r2.raw.includes(leak), `request 2 contains "${leak}" from an earlier request`);
  }
  const r3 = fcgi('GET', SERVICE_PATH);
  assert.equal(r3.status, 200);
  for (const leak of ['AAA111', 'BBB222', 'rahasia', 'COOKIEAAA', 'RAHASIABODY']) {
    assert.ok(!r3.raw.includes(leak), `the standards page contains "${leak}" from an earlier request`);
  }
});

test('a worker\'s memory does not grow over 500 requests and stays under 8 MB', { skip, timeout: 120000 }, (t) => {
  const plan = [
    ['GET', SERVICE_PATH, {}, 200],
    ['GET', '/', {}, 200],
    ['GET', '/tidak-ada-mem?q=x', { HTTP_COOKIE: 'sid=abc; lain=def' }, 404],
    ['HEAD', SERVICE_PATH, {}, 200],
    ['POST', '/', {}, 405],
  ];
  let at50 = 0;
  for (let i = 1; i <= 500; i++) {
    const [method, uri, extra, status] = plan[i % plan.length];
    const r = fcgi(method, uri, extra, method === 'POST' ? 'a=1&b=2' : '');
    assert.equal(r.status, status, `request ${i}: ${method} ${uri}`);
    if (i === 50) at50 = rssKb();
  }
  const at500 = rssKb();
  t.diagnostic(`VmRSS after request 50: ${at50} kB, after request 500: ${at500} kB`);
  assert.ok(at500 - at50 < 512, `VmRSS grew ${at500 - at50} kB between request 50 (${at50} kB) and 500 (${at500} kB)`);
  assert.ok(at500 < 8 * 1024, `VmRSS ${at500} kB is under 8 MB`);
});
