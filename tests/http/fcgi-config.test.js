// Tests that a FastCGI worker started without SIBINA_CONFIG takes it from the request's parameters (SetEnv under mod_fcgid).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { SERVICE_PATH, run, parseCgi, cgiEnv, privateConfig, sleep, exclusive, env } = require('./lib.js');

exclusive();

const skip = env.server !== 'nginx' ? `run once, with the nginx pass (SIBINA_SERVER=${env.server})` : false;
const SOCK = path.join(env.testDir, 'fcgiconf.sock');
const PIDFILE = path.join(env.testDir, 'fcgiconf.pid');
let pid = 0;
let conf = '';

function fcgi(uri, extra) {
  const r = run('/usr/bin/cgi-fcgi', ['-bind', '-connect', SOCK], { env: cgiEnv('GET', uri, extra), timeout: 10000 });
  assert.equal(r.status, 0, `cgi-fcgi exited ${r.status}: ${r.stderr}`);
  return parseCgi(r.stdout);
}

before(() => {
  if (skip) return;
  conf = privateConfig('fcgiconf.hdf', { 'Paths.Log': path.join(env.testDir, 'fcgiconf.log') });
  fs.rmSync(SOCK, { force: true });
  // No SIBINA_CONFIG in the worker's environment.
  const r = run('/usr/bin/spawn-fcgi', ['-s', SOCK, '-M', '0600', '-F', '1', '-P', PIDFILE, '--', path.join(env.cgiBin, 'sibina.fcgi')],
    { env: { PATH: '/usr/bin:/bin' } });
  assert.equal(r.status, 0, `spawn-fcgi failed: ${r.stderr}`);
  pid = Number(fs.readFileSync(PIDFILE, 'utf8').trim().split(/\s+/)[0]);
});

after(async () => {
  if (pid > 0) {
    try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
    await sleep(100);
  }
  fs.rmSync(SOCK, { force: true });
  fs.rmSync(PIDFILE, { force: true });
  if (conf) fs.rmSync(conf, { force: true });
});

test('a worker without SIBINA_CONFIG in its environment uses the one the web server passes as a parameter', { skip }, () => {
  const r1 = fcgi(SERVICE_PATH, { SIBINA_CONFIG: conf });
  assert.equal(r1.status, 200);
  assert.ok(r1.body.includes('Pembinaan UMKM dan Koperasi'));
  // Read once per process: later requests need not repeat it.
  const r2 = fcgi(SERVICE_PATH, {});
  assert.equal(r2.status, 200);
});
