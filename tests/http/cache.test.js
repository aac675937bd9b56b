// HTTP tests of the page cache: ETag revalidation, and a database change showing on the page within about a second.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { SERVICE_PATH, SERVICE_SLUG, get, sql, q, poll, sleep, textOf, exclusive } = require('./lib.js');

exclusive();

for (const p of ['/', SERVICE_PATH]) {
  test(`GET ${p} with If-None-Match of its ETag answers 304 without a body`, async () => {
    const first = await get(p);
    assert.equal(first.status, 200);
    const etag = first.headers.etag;
    assert.ok(etag, 'an ETag is sent');
    assert.match(etag, /^(W\/)?"[^"]+"$/, 'the ETag is a quoted entity tag');
    const again = await get(p);
    assert.equal(again.headers.etag, etag, 'the ETag is stable while nothing changes');
    const res = await get(p, { headers: { 'If-None-Match': etag } });
    assert.equal(res.status, 304);
    assert.equal(res.bodyBytes.length, 0, '304 has no body');
    assert.equal(res.headers.etag, etag, '304 repeats the ETag');
  });
}

test('If-None-Match with another ETag gets the full page', async () => {
  const res = await get(SERVICE_PATH, { headers: { 'If-None-Match': '"bukan-etag-ini"' } });
  assert.equal(res.status, 200);
  assert.ok(res.bodyBytes.length > 0);
});

// The version of the standard in force (the latest) of the service.
const CURRENT_VERSION = `(SELECT id FROM (SELECT v.id FROM standard_version v JOIN service s ON s.id = v.service_id WHERE s.slug = ${q(SERVICE_SLUG)} ORDER BY v.number DESC LIMIT 1) t)`;

// Sets the SK number of the standard in force for the test and always puts the old value back.
async function withSkNumber(value, fn) {
  const [[old]] = sql(`SELECT sk_number FROM standard_version WHERE id = ${CURRENT_VERSION}`);
  try {
    sql(`UPDATE standard_version SET sk_number = ${q(value)} WHERE id = ${CURRENT_VERSION}`);
    await fn();
  } finally {
    sql(`UPDATE standard_version SET sk_number = ${q(old)} WHERE id = ${CURRENT_VERSION}`);
    // Wait for the page to show the old state again, so later tests see the seed.
    await poll(async () => !textOf((await get(SERVICE_PATH)).body).includes(value), { ms: 3000 });
  }
}

test('a changed SK number in the database shows on the page within 2 s, with a new ETag', async () => {
  const before = await get(SERVICE_PATH);
  assert.equal(before.status, 200);
  const value = `800/${process.pid}/SK-UJI/2024`;
  await withSkNumber(value, async () => {
    const t0 = Date.now();
    const res = await poll(async () => { const r = await get(SERVICE_PATH); return r.body.includes(value) ? r : null; }, { ms: 2500 });
    assert.ok(res, `the page shows the new SK number within 2.5 s (took ${Date.now() - t0} ms)`);
    assert.equal(res.status, 200);
    assert.notEqual(res.headers.etag, before.headers.etag, 'the ETag changed with the content');
    assert.match(textOf(res.body), new RegExp(`SK\\s*:?\\s*${value.replace(/[/.]/g, '\\$&')}`), 'shown as the SK number');
    // Each worker asks the database at most every Cache.CheckSeconds (1 s): one worker may show
    // the change while another still has the old page. After that second, none may.
    await sleep(1200);
    for (let i = 0; i < 8; i++) {
      const stale = await get(SERVICE_PATH, { headers: { 'If-None-Match': before.headers.etag } });
      assert.equal(stale.status, 200, `the old ETag no longer matches (request ${i + 1} of 8)`);
    }
  });
  const after = await poll(async () => { const r = await get(SERVICE_PATH); return /SK\s*:?\s*Belum ditetapkan/.test(textOf(r.body)) ? r : null; }, { ms: 2500 });
  assert.ok(after, 'with the SK number emptied again, the page reads "Belum ditetapkan"');
});

test('a database value with HTML special characters is shown escaped', async () => {
  const value = `SK <b id="x${process.pid}">&'"`;
  await withSkNumber(value, async () => {
    const res = await poll(async () => { const r = await get(SERVICE_PATH); return textOf(r.body).includes(value) ? r : null; }, { ms: 2500 });
    assert.ok(res, 'the page shows the value');
    assert.ok(!res.body.includes(`<b id="x${process.pid}">`), 'the value is not markup');
    assert.ok(res.body.includes('&lt;b id='), 'the < is escaped');
  });
});
