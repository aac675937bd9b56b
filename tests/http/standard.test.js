// HTTP tests of the standard administered in versions (issue 4, point 7): an administrator
// saves a change (a step's time, the SK number) as a new version, in force at once on the
// public page; cases submitted before keep the steps of their version, cases after take the
// new one (a step moved to another lane included); nothing changed, a stale form and wrong
// fields are refused and save nothing; other roles are refused. The last test puts the
// standard's content back as the seed had it (version 1), for the other files.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  get, sql, q, readConfig, textOf, elements, attr, decodeEntities, textById, selectOptions, poll,
  exclusive, resetAttempts, assertHtmlUtf8, assertSecurityHeaders, assertRedirect, postForm, staffGet, login,
  addStaff, randomHex, SERVICE_SLUG, SERVICE_PATH, ADMIN_PATH: A, NOT_ALLOWED, ACT_DENIED,
  requestRow, addLaneTeam, actFields, act, doStep, advanceTo, newCase, inboxIds, openCase,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 600)}`;
const SAVED = 'Versi baru standar pelayanan disimpan dan berlaku sejak sekarang.';
const NO_CHANGE = 'Tidak ada perubahan';

const [[SID]] = sql(`SELECT id FROM service WHERE slug = ${q(SERVICE_SLUG)}`);
const STD_PATH = `${A}/standar/${SID}`;

// The version in force (the latest) of the service: { id, number, sk_number, created_by, changes }.
function latest() {
  const [r] = sql(`SELECT id, number, sk_number, created_by, changes FROM standard_version
    WHERE service_id = ${SID} ORDER BY number DESC LIMIT 1`);
  return { id: Number(r[0]), number: Number(r[1]), sk_number: r[2], created_by: r[3] === null ? null : Number(r[3]), changes: r[4] };
}
const versionCount = () => Number(sql(`SELECT COUNT(*) FROM standard_version WHERE service_id = ${SID}`)[0][0]);

// The content of a version: its SK number, its items and its steps (with their lane codes).
function content(versionId) {
  const v = Number(versionId);
  const [[sk]] = sql(`SELECT sk_number FROM standard_version WHERE id = ${v}`);
  const items = sql(`SELECT component_code, position, text FROM service_item WHERE version_id = ${v}
    ORDER BY component_code, position`);
  const steps = sql(`SELECT st.no, st.activity, l.code, st.input, st.time_amount, st.time_unit, st.output, st.symbol, st.action
    FROM service_step st JOIN lane l ON l.id = st.lane_id WHERE st.version_id = ${v} ORDER BY st.no`)
    .map(([no, activity, lane, input, amount, unit, output, symbol, action]) =>
      ({ no: Number(no), activity, lane, input, amount: amount === null ? null : Number(amount), unit, output, symbol, action }));
  return { sk: sk || '', items, steps };
}

const versionOf = (caseId) => Number(sql(`SELECT version_id FROM request WHERE id = ${Number(caseId)}`)[0][0]);

// The edit form of the standard as a browser would send it: { fields: Map name -> value,
// textareas: Set of names, res }. A select sends its selected option (or its first).
async function openStandard(who) {
  const res = await staffGet(who.jar, BP() + STD_PATH);
  assert.equal(res.status, 200, `GET ${STD_PATH}: ${show(res)}`);
  return Object.assign(formOf(res.body), { res });
}

function formOf(html) {
  const form = elements(html, 'form').find((f) => (attr(f.attrs, 'action') || '').endsWith(STD_PATH));
  assert.ok(form, `the page has a form posting to ${STD_PATH}`);
  const fields = new Map();
  const textareas = new Set();
  for (const m of form.inner.matchAll(/<input\b([^>]*)>/gi)) {
    const name = attr(m[1], 'name');
    if (name) fields.set(name, attr(m[1], 'value') ?? '');
  }
  for (const t of elements(form.inner, 'textarea')) {
    const name = attr(t.attrs, 'name');
    fields.set(name, decodeEntities(t.inner.replace(/^\r?\n/, '')));
    textareas.add(name);
  }
  for (const s of elements(form.inner, 'select')) {
    const name = attr(s.attrs, 'name');
    const opts = selectOptions(form.inner, name);
    const chosen = opts.find((o) => o.selected) || opts[0];
    fields.set(name, chosen ? chosen.value : '');
  }
  return { fields, textareas };
}

// POSTs the form with some fields replaced; text areas go with CRLF line ends, as browsers send them.
function send(who, form, changes = {}) {
  const f = new Map(form.fields);
  for (const [k, v] of Object.entries(changes)) f.set(k, v);
  const entries = [...f].map(([k, v]) => [k, form.textareas.has(k) ? String(v).replace(/\r?\n/g, '\r\n') : v]);
  return postForm(who.jar, BP() + STD_PATH, entries);
}

// Opens the form and saves it with the changes; returns the response.
async function save(who, changes) {
  return send(who, await openStandard(who), changes);
}

// The SOP step N of a timeline (case page, /lacak) or of the public page's step list, as text.
function timelineStep(html, no) {
  const li = elements(html, 'li').find((e) => /\btl-step\b/.test(attr(e.attrs, 'class') || '') && new RegExp(`^Langkah ${no}\\b`).test(textOf(e.inner)));
  return li ? textOf(li.inner) : null;
}
function publicStep(html, no) {
  const list = elements(html, 'ol').find((e) => /\bstep-list\b/.test(attr(e.attrs, 'class') || ''));
  if (!list) return null;
  const li = elements(list.inner, 'li').find((e) => new RegExp(`^Langkah ${no}\\b`).test(textOf(e.inner)));
  return li ? textOf(li.inner) : null;
}

// Asserts a refused save: status, the message at one of the fields (id e-FIELD), no new version.
async function assertRefused(who, changes, status, fields, what) {
  const before = latest();
  const count = versionCount();
  const res = await save(who, changes);
  assert.equal(res.status, status, `${what}: expected ${status}, got ${show(res)}`);
  assertHtmlUtf8(res, what);
  if (fields) {
    const msgs = [].concat(fields).map((f) => textById(res.body, 'e-' + f)).filter(Boolean);
    assert.ok(msgs.length > 0, `${what}: a message at the field (id="e-${[].concat(fields).join('" or "e-')}"); page: ${show(res)}`);
  }
  assert.equal(versionCount(), count, `${what}: no new version`);
  assert.deepEqual(latest(), before, `${what}: the version in force is unchanged`);
  return res;
}

let T;
let admin2;
let seedStart;
before(async () => {
  T = await addLaneTeam();
  const u = addStaff({ role: 'admin', name: `Andi Admin Kedua ${randomHex(3)}` });
  admin2 = Object.assign(u, { jar: await login(u.username, u.password) });
  seedStart = latest();
}, { timeout: 120000 });

test('GET /admin/standar lists the service with its version in force; the edit form shows that version', async () => {
  const v = latest();
  const res = await staffGet(T.admin.jar, BP() + A + '/standar');
  assert.equal(res.status, 200, show(res));
  assertHtmlUtf8(res, 'list');
  assertSecurityHeaders(res, { what: 'list' });
  const text = textOf(res.body);
  const [[name]] = sql(`SELECT name FROM service WHERE id = ${SID}`);
  assert.ok(text.includes(name), `the list names the service ${name}`);
  assert.ok(text.includes(`Versi ${v.number}`), `the list says Versi ${v.number}`);
  assert.ok(res.body.includes(`href="${BP()}${STD_PATH}"`), `the list links to ${STD_PATH}`);

  const form = await openStandard(T.admin);
  const c = content(v.id);
  assert.equal(form.fields.get('versi'), String(v.number), 'versi is the number of the version in force');
  assert.equal(form.fields.get('sk'), c.sk, 'sk is its SK number');
  for (const s of c.steps) {
    const p = `langkah_${s.no}_`;
    assert.equal(form.fields.get(p + 'kegiatan'), s.activity, `step ${s.no}: kegiatan`);
    assert.equal(form.fields.get(p + 'pelaksana'), s.lane, `step ${s.no}: pelaksana`);
    assert.equal(form.fields.get(p + 'kelengkapan'), s.input, `step ${s.no}: kelengkapan`);
    assert.equal(form.fields.get(p + 'waktu'), s.amount === null ? '' : String(s.amount), `step ${s.no}: waktu`);
    assert.equal(form.fields.get(p + 'satuan'), s.unit || '', `step ${s.no}: satuan`);
    assert.equal(form.fields.get(p + 'output'), s.output, `step ${s.no}: output`);
  }
  const codes = sql("SELECT code FROM standard_component WHERE code <> 'prosedur' ORDER BY position").map((r) => r[0]);
  for (const code of codes) {
    const text = c.items.filter((i) => i[0] === code).map((i) => i[2]).join('\n');
    assert.equal((form.fields.get('item_' + code) || '').replace(/\r\n/g, '\n').trim(), text, `item_${code}: the items, one per line`);
  }
  assert.ok(!form.fields.has('item_prosedur'), 'no text area for the procedure (its steps are the SOP)');
  assert.ok(textOf(form.res.body).includes('Riwayat versi'), 'the page has the history of versions');
});

test('a saved change (step 3 from 5 to 10 menit, the SK number) is a new version, on the public page within 2 s; old cases keep their steps', { timeout: 180000 }, async () => {
  const sfx = randomHex(3).toUpperCase();
  const sk = `500/${sfx}/KPTS/DAGPERINKOP/2026`;
  const note = `Penyesuaian waktu analisa ${sfx} <b>uji</b>`;
  const v0 = latest();
  const c0 = content(v0.id);
  assert.equal(c0.steps[2].amount, 5, 'step 3 is 5 menit before the change (the seed)');
  assert.equal(c0.steps[2].unit, 'minute');

  // A case submitted before the change, under the version in force.
  const old = await newCase({ nama_usaha: `Usaha Versi Lama ${sfx}` });
  assert.equal(versionOf(old.id), v0.id, 'a new case is submitted under the version in force');

  const res = await save(T.admin, { sk, langkah_3_waktu: '10', catatan: note });
  assertRedirect(res, `${STD_PATH}?pesan=versi`, 'save');
  const saved = Date.now();

  // The new version: number + 1, by the admin, its changes in words, the content copied but for the change.
  const v1 = latest();
  assert.equal(v1.number, v0.number + 1, 'the new version is numbered one more');
  assert.notEqual(v1.id, v0.id);
  assert.equal(v1.created_by, T.admin.id, 'created_by is the admin');
  assert.equal(v1.sk_number, sk, 'the new version has the SK number');
  assert.ok(v1.changes.includes('Nomor SK') && v1.changes.includes(sk), `the changes name the SK number (${v1.changes})`);
  assert.ok(/Langkah 3/.test(v1.changes) && v1.changes.includes('5 menit') && v1.changes.includes('10 menit'),
    `the changes name step 3's time, 5 menit to 10 menit (${v1.changes})`);
  assert.ok(v1.changes.includes(note), `the changes keep the note (${v1.changes})`);
  // Times are the office's (WIB), as the programs set their sessions.
  const [[since]] = sql(`SET time_zone = '+07:00'; SELECT TIMESTAMPDIFF(SECOND, in_force_from, NOW()) FROM standard_version WHERE id = ${v1.id}`);
  assert.ok(Math.abs(Number(since)) < 120, `in force from now (${since} s ago)`);
  const c1 = content(v1.id);
  const expected = c0.steps.map((s) => (s.no === 3 ? Object.assign({}, s, { amount: 10 }) : s));
  assert.deepEqual(c1.steps, expected, 'the new version has the same steps but step 3\'s time (lane, symbol, action kept)');
  assert.deepEqual(c1.items, c0.items, 'the new version has the same items');
  assert.deepEqual(content(v0.id), c0, 'the old version is unchanged');

  // The page after the redirect: the notice and the history, the note escaped.
  const page = await staffGet(T.admin.jar, BP() + `${STD_PATH}?pesan=versi`);
  assert.equal(page.status, 200, show(page));
  const text = textOf(page.body);
  assert.ok(text.includes(SAVED), `the page says "${SAVED}"`);
  assert.ok(text.includes(`Versi ${v1.number}`) && text.includes(T.admin.name), 'the history shows the new version and who made it');
  assert.ok(text.includes(note), 'the history shows the note');
  assert.ok(!page.body.includes('<b>uji</b>'), 'the note is escaped');
  assert.equal(formOf(page.body).fields.get('langkah_3_waktu'), '10', 'the form shows the new version');

  // The public page shows the new version within 2 s (its cache checks every second).
  const pub = await poll(async () => {
    const r = await get(SERVICE_PATH);
    const t = textOf(r.body);
    return r.status === 200 && t.includes(sk) && t.includes(`Versi ${v1.number}`) && (publicStep(r.body, 3) || '').includes('10 menit') ? r : null;
  }, { ms: 2000, interval: 100 });
  assert.ok(pub, `the public page shows the SK number, "Versi ${v1.number}" and 10 menit for step 3 within 2 s (${Date.now() - saved} ms)`);
  assert.match(textOf(pub.body), new RegExp(`Versi ${v1.number}, berlaku sejak`), 'the meta list says "Versi N, berlaku sejak ..."');

  // The old case keeps its version's steps, and can still be acted on at step 2.
  assert.equal(versionOf(old.id), v0.id, 'the old case keeps its version');
  let cp = await openCase(T.fo, old.id);
  assert.equal(cp.status, 200, show(cp));
  let s3 = timelineStep(cp.body, 3);
  assert.ok(s3 && s3.includes('5 menit') && !s3.includes('10 menit'), `the old case's timeline: step 3 is 5 menit (${s3})`);
  const track = await get('/lacak?kode=' + encodeURIComponent(old.code));
  s3 = timelineStep(track.body, 3);
  assert.ok(s3 && s3.includes('5 menit'), `/lacak of the old case: step 3 is 5 menit (${s3})`);
  await doStep(T, old.id);
  assert.equal(requestRow(old.id).step_no, 3, 'the old case moved to step 3');
  cp = await openCase(T.sek, old.id);
  s3 = timelineStep(cp.body, 3);
  assert.ok(s3 && s3.includes('5 menit'), `at step 3, the old case still has 5 menit (${s3})`);

  // A case submitted after the change takes the new version.
  resetAttempts();
  const fresh = await newCase({ nama_usaha: `Usaha Versi Baru ${sfx}` });
  assert.equal(versionOf(fresh.id), v1.id, 'a case submitted after the change has the new version');
  cp = await openCase(T.fo, fresh.id);
  s3 = timelineStep(cp.body, 3);
  assert.ok(s3 && s3.includes('10 menit'), `the new case's timeline: step 3 is 10 menit (${s3})`);
});

test('step 5 moved from Back Office to Sekretaris: new cases at step 5 wait for the Sekretaris, old ones for Back Office', { timeout: 300000 }, async () => {
  const sfx = randomHex(3);
  resetAttempts();
  const a = await newCase({ nama_usaha: `Usaha Lajur Lama ${sfx}` });
  const res = await save(T.admin, { langkah_5_pelaksana: 'sekretaris', catatan: 'Uji: pelaksana langkah 5 dipindah.' });
  assertRedirect(res, `${STD_PATH}?pesan=versi`, 'save');
  const v = latest();
  assert.equal(content(v.id).steps[4].lane, 'sekretaris', 'step 5 of the new version is in the Sekretaris lane');
  const line = v.changes.split('\n').find((l) => /^Langkah 5, pelaksana/.test(l)) || '';
  assert.ok(line.includes('Back Office') && line.includes('Sekretaris'), `the changes name step 5's lanes in words (${v.changes})`);
  resetAttempts();
  const b = await newCase({ nama_usaha: `Usaha Lajur Baru ${sfx}` });
  assert.equal(versionOf(b.id), v.id);
  assert.notEqual(versionOf(a.id), v.id);
  await advanceTo(T, a.id, 5);
  await advanceTo(T, b.id, 5);

  const sek = await inboxIds(T.sek);
  const bo = await inboxIds(T.bo);
  assert.ok(sek.includes(b.id), 'the new case at step 5 is in the Sekretaris inbox');
  assert.ok(!bo.includes(b.id), 'the new case at step 5 is not in the Back Office inbox');
  assert.ok(bo.includes(a.id), 'the old case at step 5 is in the Back Office inbox');
  assert.ok(!sek.includes(a.id), 'the old case at step 5 is not in the Sekretaris inbox');

  // Each is acted on by its own lane only.
  const denied = await act(T.bo, b.id, 'teruskan', actFields(T, 5));
  assert.equal(denied.status, 403, `Back Office on the new case: ${show(denied)}`);
  assert.ok(textOf(denied.body).includes(ACT_DENIED), 'refused as not theirs to do');
  const done = await act(T.sek, b.id, 'teruskan', actFields(T, 5));
  assert.equal(done.status, 303, `the Sekretaris forwards the new case: ${show(done)}`);
  await doStep(T, a.id);
  assert.equal(requestRow(a.id).step_no, 6);
  assert.equal(requestRow(b.id).step_no, 6);
});

test('a form with nothing changed: 422 "Tidak ada perubahan", no new version', async () => {
  const res = await assertRefused(T.admin, {}, 422, 'perubahan', 'nothing changed');
  assert.ok(textById(res.body, 'e-perubahan').includes(NO_CHANGE), `the message says "${NO_CHANGE}"`);
  // A note alone is no change of the standard either.
  await assertRefused(T.admin, { catatan: 'Hanya catatan.' }, 422, 'perubahan', 'only a note');
});

test('a stale form (another admin saved since it was shown): 409 naming who saved, no new version', async () => {
  const form = await openStandard(T.admin);
  const res2 = await save(admin2, { sk: `800/${randomHex(3)}/2026` });
  assertRedirect(res2, `${STD_PATH}?pesan=versi`, 'the other admin saves');
  const before = latest();
  const count = versionCount();
  const res = await send(T.admin, form, { langkah_4_waktu: '7' });
  assert.equal(res.status, 409, `expected 409, got ${show(res)}`);
  assertHtmlUtf8(res, 'stale');
  assert.ok(textOf(res.body).includes('sudah diubah oleh') && textOf(res.body).includes(admin2.name),
    `the page says who changed it (${show(res)})`);
  assert.equal(versionCount(), count, 'no new version');
  assert.deepEqual(latest(), before);
});

test('wrong fields: 422 with the message at the field and the text as typed, no new version', async () => {
  const sk = `900/${randomHex(3)}/2026`; // a valid change besides the wrong field
  const cases = [
    [{ langkah_4_kegiatan: '' }, 'langkah_4_kegiatan', 'empty kegiatan'],
    [{ langkah_4_output: '   ' }, 'langkah_4_output', 'blank output'],
    [{ langkah_4_waktu: 'abc' }, 'langkah_4_waktu', 'waktu "abc"'],
    [{ langkah_4_waktu: '0' }, 'langkah_4_waktu', 'waktu 0'],
    [{ langkah_4_waktu: '1000' }, 'langkah_4_waktu', 'waktu 1000'],
    [{ langkah_4_waktu: '7', langkah_4_satuan: '' }, ['langkah_4_satuan', 'langkah_4_waktu'], 'waktu without satuan'],
    [{ langkah_4_satuan: 'minggu' }, 'langkah_4_satuan', 'an unknown satuan'],
    [{ langkah_4_pelaksana: 'tidak_ada' }, 'langkah_4_pelaksana', 'a lane that does not exist'],
    [{ item_dasar_hukum: 'Peraturan Bupati\n' + 'x'.repeat(1001) }, 'item_dasar_hukum', 'an item line over 1000 characters'],
    [{ sk: 'S'.repeat(201) }, 'sk', 'an SK number over 200 characters'],
  ];
  for (const [changes, fields, what] of cases) {
    const all = Object.assign({ sk }, changes);
    const res = await assertRefused(T.admin, all, 422, fields, what);
    const f = formOf(res.body).fields;
    const [name, typed] = Object.entries(changes)[0];
    if (!/_(pelaksana|satuan)$/.test(name)) {
      assert.equal((f.get(name) || '').replace(/\r\n/g, '\n').trim(), typed.trim(), `${what}: the value comes back as typed`);
    }
    if (!('sk' in changes)) assert.equal(f.get('sk'), sk, `${what}: the other fields come back as typed`);
  }
});

test('other roles: GET and POST /admin/standar[/:id] are refused with 403, nothing saved', async () => {
  const form = await openStandard(T.admin);
  const count = versionCount();
  for (const who of [T.fo, T.sek, T.kadis, T.bo, T.kabid, T.kasi]) {
    for (const p of [A + '/standar', STD_PATH]) {
      const res = await staffGet(who.jar, BP() + p);
      assert.equal(res.status, 403, `${who.role}: GET ${p}: ${show(res)}`);
      assert.ok(textOf(res.body).includes(NOT_ALLOWED), `${who.role}: GET ${p} says "${NOT_ALLOWED}"`);
    }
    const f = { fields: new Map(form.fields), textareas: form.textareas };
    f.fields.set('csrf', who.csrf);
    const res = await send(who, f, { sk: `999/${randomHex(3)}` });
    assert.equal(res.status, 403, `${who.role}: POST: ${show(res)}`);
  }
  assert.equal(versionCount(), count, 'no new version');
});

// Last: the content of version 1 (the office's document) in force again, so that the other test
// files see the seed; the page shows it again before they run.
test('the standard\'s content is put back as the seed had it (a new version equal to version 1)', { timeout: 60000 }, async () => {
  const [[v1id]] = sql(`SELECT id FROM standard_version WHERE service_id = ${SID} AND number = 1`);
  const seed = content(v1id);
  const form = await openStandard(T.admin);
  const changes = { sk: seed.sk, catatan: 'Uji selesai: isi standar dikembalikan seperti dokumen kantor.' };
  for (const code of sql("SELECT code FROM standard_component WHERE code <> 'prosedur'").map((r) => r[0])) {
    changes['item_' + code] = seed.items.filter((i) => i[0] === code).map((i) => i[2]).join('\n');
  }
  for (const s of seed.steps) {
    const p = `langkah_${s.no}_`;
    Object.assign(changes, { [p + 'kegiatan']: s.activity, [p + 'pelaksana']: s.lane, [p + 'kelengkapan']: s.input,
      [p + 'waktu']: s.amount === null ? '' : String(s.amount), [p + 'satuan']: s.unit || '', [p + 'output']: s.output });
  }
  const res = await send(T.admin, form, changes);
  if (res.status !== 303) {
    assert.equal(res.status, 422, `restore: ${show(res)}`);
    assert.ok((textById(res.body, 'e-perubahan') || '').includes(NO_CHANGE), `restore: only "nothing changed" may refuse it (${show(res)})`);
  }
  const now = latest();
  assert.deepEqual(content(now.id), seed, 'the version in force has the content of version 1');
  assert.ok(now.number >= seedStart.number, 'versions are only added');
  const ok = await poll(async () => {
    const t = textOf((await get(SERVICE_PATH)).body);
    return t.includes(`Versi ${now.number},`) && /(No\.|Nomor)\s*SK\s*:?\s*Belum ditetapkan/i.test(t);
  }, { ms: 3000 });
  assert.ok(ok, 'the public page shows the restored version');
});
