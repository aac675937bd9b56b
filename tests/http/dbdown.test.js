// HTTP tests of the database gate: 503 with Retry-After while MariaDB is down or its schema version is unexpected, 200 again after.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  SERVICE_PATH, get, sql, poll, run, textOf, assertSecurityHeaders, assertHtmlUtf8, readConfig, exclusive, env,
} = require('./lib.js');

// The program's log file (Paths.Log) and a reader of what was appended to it since now.
function logSince() {
  const file = readConfig()['Paths.Log'];
  assert.ok(file, 'Paths.Log is set in SIBINA_CONFIG');
  const start = fs.existsSync(file) ? fs.statSync(file).size : 0;
  return () => {
    const buf = fs.readFileSync(file);
    return buf.subarray(Math.min(start, buf.length)).toString('utf8');
  };
}

exclusive();

// The stop/start helper of the test MariaDB that ./dev test provides.
const DBCTL = process.env.SIBINA_DBCTL || path.join(env.testDir, 'dbctl');

function dbctl(action) {
  const r = run(DBCTL, [action], { timeout: 60000 });
  assert.equal(r.status, 0, `${DBCTL} ${action} failed: ${r.stdout} ${r.stderr}`);
}

// Checks a 503 answer: Retry-After, the security headers, an Indonesian page without internals.
function assert503(res, what) {
  assert.equal(res.status, 503, what);
  assert.equal(res.headers['retry-after'], '30', `${what}: Retry-After`);
  assertSecurityHeaders(res, { what });
  assertHtmlUtf8(res, what);
  assert.match(res.body, /<html\b[^>]*\blang="id"/, `${what}: the page is marked as Indonesian`);
  const text = textOf(res.body);
  assert.match(text, /tidak tersedia|coba lagi|gangguan|pemeliharaan/i, `${what}: the page explains in Indonesian: ${text}`);
  assert.doesNotMatch(text, /mysql|mariadb|socket|errno|\b2002\b|\b2013\b/i, `${what}: no database internals on the page`);
}

const dbDownSkip = env.server !== 'nginx'
  ? 'stopping MariaDB is tested once, with nginx (SIBINA_SERVER=' + env.server + ')'
  : (!fs.existsSync(DBCTL) && !env.ci ? `${DBCTL} is missing (outside CI)` : false);

test('with MariaDB stopped the pages answer 503 with Retry-After, and 200 again once it is back', { skip: dbDownSkip, timeout: 120000 }, async () => {
  assert.ok(fs.existsSync(DBCTL), `${DBCTL} is missing: ./dev test must provide it to stop and start the test MariaDB`);
  const ok = await get(SERVICE_PATH);
  assert.equal(ok.status, 200, 'the page is served before the test');
  let stopped = false;
  const newLog = logSince();
  try {
    dbctl('stop');
    stopped = true;
    const t0 = Date.now();
    const res = await poll(async () => { const r = await get(SERVICE_PATH); return r.status === 503 ? r : null; }, { ms: 3000 });
    assert.ok(res, `the standards page answers 503 within 3 s of the database going down (${Date.now() - t0} ms)`);
    assert503(res, `GET ${SERVICE_PATH} (DB down)`);
    const home = await poll(async () => { const r = await get('/'); return r.status === 503 ? r : null; }, { ms: 3000 });
    assert.ok(home, 'the home page answers 503 too');
    assert503(home, 'GET / (DB down)');
    assert.match(newLog(), /\S/, 'the outage is logged');
    const head = await get('/tidak-ada-saat-db-mati');
    assert.ok([404, 503].includes(head.status), `an unknown path still gets a proper answer (${head.status})`);
  } finally {
    if (stopped) dbctl('start');
  }
  // The same workers serve again: several requests, so every worker has met the restarted database.
  const back = await poll(async () => { const r = await get(SERVICE_PATH); return r.status === 200 ? r : null; }, { ms: 15000, interval: 200 });
  assert.ok(back, 'the standards page answers 200 again within 15 s of the database coming back');
  assert.ok(textOf(back.body).includes('Melakukan Pembinaan'), 'with its content');
  for (let i = 0; i < 10; i++) {
    const r = await get(i % 2 ? '/' : SERVICE_PATH);
    assert.equal(r.status, 200, `request ${i + 1} after the restart`);
  }
});

test('an unexpected schema version makes the pages answer 503 within 2 s, and 200 again once it is fixed', { timeout: 60000 }, async () => {
  const ok = await get(SERVICE_PATH);
  assert.equal(ok.status, 200, 'the page is served before the test');
  const newLog = logSince();
  try {
    sql("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'uji-versi-asing', NOW())");
    const res = await poll(async () => { const r = await get(SERVICE_PATH); return r.status === 503 ? r : null; }, { ms: 2500 });
    assert.ok(res, 'the standards page answers 503 within 2.5 s of the schema version becoming 999');
    assert503(res, `GET ${SERVICE_PATH} (schema 999)`);
    const logged = await poll(() => newLog().split('\n').find((l) => /schema|skema/i.test(l) && /\b999\b/.test(l)), { ms: 1000 });
    assert.ok(logged, `a log line names the schema version 999: ${newLog()}`);
  } finally {
    sql('DELETE FROM schema_version WHERE version = 999');
  }
  const back = await poll(async () => { const r = await get(SERVICE_PATH); return r.status === 200 ? r : null; }, { ms: 2500 });
  assert.ok(back, 'the standards page answers 200 again within 2.5 s of the schema version being right');
});
