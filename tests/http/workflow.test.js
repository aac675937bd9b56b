// HTTP tests of the SOP in the staff area (issue 4, part B): a request from the public form
// taken through the nine steps by the right roles; a return at step 2; refusals of the wrong
// role, step or unit; validation of every act; two acts at once (one wins, one is told who
// acted); agenda numbers under concurrent accepts; stale versions; the case files; inbox
// paging; search of the case list. Every account and unit is made here ("uji", random suffix).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pdf, jpeg, sha256 } = require('./fixtures.js');
const {
  get, sql, q, readConfig, textOf, inputValue, textById, exclusive, resetAttempts, assertSecurityHeaders,
  assertHtmlUtf8, parseCsp, counts, uploadsDir, randomHex, locationPath, assertRedirect, staffGet, loginPage,
  NOT_ALLOWED, SESSION_ENDED, ADMIN_PATH,
  CASES_PATH, FILES_PATH, ACT_DONE, ACT_DENIED, ACTED_FIRST, STEP_ACTS, ROMAN_MONTHS, officeClock,
  requestRow, eventsOf, attachmentsOf, caseState, addLaneTeam, actorOf, actFields, openCase, act,
  coachingFiles, doStep, advanceTo, newCase, caseIdsOf, walkList, inboxIds, caseListIds,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 500)}`;
const nl = (s) => String(s).replace(/\r\n/g, '\n');

// A word no other business name has (letters only), for searches.
const word = () => 'Qu' + [...randomHex(4)].map((c) => 'bdfgjkmprtvz'[parseInt(c, 16) % 12] + 'aiueo'[parseInt(c, 16) % 5]).join('');

let T;
before(async () => { T = await addLaneTeam(); }, { timeout: 120000 });

// Who may see a case (contract: "Who sees what"): the four office-wide roles all; a Kepala
// Bidang those of their bidang, a Kasi those of their seksi; the admin none.
function sees(who, row) {
  if (['front_office', 'sekretaris', 'kepala_dinas', 'back_office'].includes(who.role)) return true;
  if (who.role === 'kepala_bidang') return row.bidang_id === who.unitId;
  if (who.role === 'kasi') return row.seksi_id === who.unitId;
  return false;
}

// The status badge of a page (/lacak, the case page): { status, label }.
function badge(html) {
  const m = String(html).match(/<span class="badge badge-([a-z_]+)">([^<]*)<\/span>/);
  return m ? { status: m[1], label: textOf(m[2]) } : null;
}

// Sends the valid act of `step` as `who` (opts as act()); the coaching goes as multipart.
function tryStep(who, id, step, overrides = {}, opts = {}) {
  const o = step === 8 ? Object.assign({ files: coachingFiles() }, opts) : opts;
  return act(who, id, STEP_ACTS[step].aksi, actFields(T, step, overrides), o);
}

// Asserts a refused act that changed nothing: status (a number or a list), the sentence if given.
async function assertRefused(send, id, status, sentence, what) {
  const state = caseState(id);
  const before = counts();
  const res = await send();
  const allowed = [].concat(status);
  assert.ok(allowed.includes(res.status), `${what}: expected ${allowed.join(' or ')}, got ${show(res)}`);
  if (sentence) assert.ok(textOf(res.body).includes(sentence), `${what}: the page says "${sentence}" (${show(res)})`);
  assert.equal(caseState(id), state, `${what}: the case, its events and records, the counters must be unchanged`);
  assert.deepEqual(counts(), before, `${what}: no row or stored file added`);
  return res;
}

// Asserts a 422 that changed nothing, with a message at one of the fields (id e-FIELD).
async function assert422(who, id, step, overrides, fields, what, opts = {}) {
  const res = await assertRefused(() => tryStep(who, id, step, overrides, opts), id, 422, null, what);
  assertHtmlUtf8(res, what);
  const msgs = [].concat(fields).map((f) => textById(res.body, 'e-' + f)).filter(Boolean);
  assert.ok(msgs.length > 0, `${what}: a message at the field (an element id="e-${[].concat(fields).join('" or "e-')}"); page: ${show(res)}`);
  assert.ok(inputValue(res.body, 'versi') !== null, `${what}: the 422 page has the act's form again`);
  return res;
}

// ---- the whole SOP ----

test('a request from the public form goes through the nine steps, each by its role: rows, events, inboxes, numbers, files, Selesai', { timeout: 300000 }, async () => {
  const name = `Keripik Balado Uni ${word()}`;
  const c = await newCase({ nama_usaha: name });
  const id = c.id;
  let row = requestRow(id);
  assert.equal(row.step_no, 2, 'a new request waits at step 2');
  assert.equal(row.status, 'diajukan');
  assert.ok((await inboxIds(T.fo)).includes(id), 'the new request is in the Front Office inbox');
  const clock = officeClock();
  const config = readConfig();

  for (let step = 2; step <= 9; step++) {
    const a = STEP_ACTS[step];
    const who = actorOf(T, step);
    const what = `step ${step} (${a.aksi}) by ${who.role}`;
    const page = await openCase(who, id);
    assert.equal(page.status, 200, `${what}: GET the case page: ${show(page)}`);
    assert.equal(inputValue(page.body, 'versi'), String(requestRow(id).version), `${what}: the act's form with versi = the row's version`);

    const beforeRow = requestRow(id);
    const beforeEvents = eventsOf(id);
    const t0 = officeClock().now;
    const fields = actFields(T, step);
    const res = await tryStep(who, id, step);
    assertRedirect(res, `${CASES_PATH}/${id}?pesan=tindakan`, what);
    row = requestRow(id);

    // The row: next step (or closed), version + 1, step_since now, status.
    assert.equal(row.version, beforeRow.version + 1, `${what}: version + 1`);
    if (step < 9) assert.equal(row.step_no, step + 1, `${what}: the case waits at the next step`);
    if (a.status) assert.equal(row.status, a.status, `${what}: status`);
    else assert.equal(row.waiting, 1, `${what}: still waiting (status ${row.status})`);
    assert.ok(row.step_since >= t0, `${what}: step_since (${row.step_since}) set when the act was done (not before ${t0})`);

    // Exactly one new event: the step done, the aksi, who and in which role.
    const events = eventsOf(id);
    assert.equal(events.length, beforeEvents.length + 1, `${what}: exactly one new event`);
    const ev = events[events.length - 1];
    assert.deepEqual({ step_no: ev.step_no, action: ev.action, actor_id: ev.actor_id, actor_role: ev.actor_role },
      { step_no: step, action: a.aksi, actor_id: who.id, actor_role: who.role }, `${what}: the event`);

    if (step === 2) {
      const notice = await staffGet(who.jar, locationPath(res));
      assert.ok(textOf(notice.body).includes(ACT_DONE), `${what}: the page after the act says "${ACT_DONE}"`);
      const fmt = config['Numbers.Agenda'];
      if (!fmt || fmt === '{nomor}/AGD/{tahun}') {
        assert.match(row.agenda_no || '', new RegExp(`^\\d{4}/AGD/${clock.year}$`), `${what}: agenda number {nomor}/AGD/{tahun}, nomor of 4 digits`);
      } else {
        assert.ok(row.agenda_no, `${what}: an agenda number (format ${fmt})`);
      }
      assert.deepEqual([row.received_on, row.letter_no, row.letter_date, row.sifat, row.perihal],
        [fields.tanggal_terima, fields.nomor_surat, fields.tanggal_surat, fields.sifat, fields.perihal], `${what}: the agenda's fields`);
      assert.ok(textOf(notice.body).includes(row.agenda_no), `${what}: the case page shows the agenda number`);
    }
    if (step === 3) assert.equal(nl(ev.note), nl(fields.saran), `${what}: the advice is the event's note`);
    if (step === 4) {
      assert.equal(row.bidang_id, T.units.bidang, `${what}: bidang_id`);
      assert.equal(ev.target_unit_id, T.units.bidang, `${what}: the event's target unit`);
      assert.equal(nl(ev.note), nl(fields.disposisi), `${what}: the disposition is the event's note`);
    }
    if (step === 6) {
      assert.equal(row.seksi_id, T.units.seksi, `${what}: seksi_id`);
      assert.equal(ev.target_unit_id, T.units.seksi, `${what}: the event's target unit`);
    }
    if (step === 7) {
      const st = sql(`SELECT id, number, dasar, purpose, place, date_from, date_to, signer_id, created_by FROM surat_tugas WHERE request_id = ${id}`);
      assert.equal(st.length, 1, `${what}: one surat_tugas row`);
      const [stId, number, dasar, purpose, place, from, to, signer, by] = st[0];
      const fmt = config['Numbers.SuratTugas'];
      if (!fmt || fmt === '800/{nomor}/ST/{bulan_romawi}/{tahun}') {
        assert.match(number, new RegExp(`^800/\\d+/ST/${ROMAN_MONTHS[clock.month - 1]}/${clock.year}$`), `${what}: number 800/{nomor}/ST/{bulan_romawi}/{tahun}`);
      }
      assert.deepEqual([dasar, purpose, place, from, to, Number(signer), Number(by)],
        [fields.dasar, fields.untuk, fields.tempat, fields.tanggal_mulai, fields.tanggal_selesai, T.kadis.id, T.kasi.id], `${what}: the surat tugas`);
      assert.deepEqual(sql(`SELECT staff_id FROM surat_tugas_officer WHERE surat_tugas_id = ${stId} ORDER BY position`).map((r) => Number(r[0])),
        [T.officer.id], `${what}: the officers`);
      const after = await openCase(who, id);
      assert.ok(textOf(after.body).includes(number), `${what}: the case page shows the number ${number}`);
      assert.ok(textOf(after.body).includes(T.officer.name), `${what}: the case page names the officer`);
    }
    if (step === 8) {
      const co = sql(`SELECT held_on, attendees, notes, recorded_by FROM coaching WHERE request_id = ${id}`);
      assert.deepEqual(co.map((r) => [r[0], nl(r[1]), nl(r[2]), Number(r[3])]),
        [[fields.tanggal_pelaksanaan, nl(fields.hadir), nl(fields.catatan), T.kasi.id]], `${what}: the coaching row`);
      const photos = attachmentsOf(id, 'foto_pembinaan');
      assert.equal(photos.length, 1, `${what}: one photo stored (the empty file inputs ignored)`);
      assert.equal(photos[0].mime, 'image/jpeg', `${what}: the photo's type`);
      assert.equal(photos[0].sha256, sha256(jpeg()), `${what}: the photo's hash`);
      assert.deepEqual(fs.readFileSync(path.join(uploadsDir(), photos[0].stored_name)), jpeg(), `${what}: the photo's bytes on disk`);
      const file = await staffGet(who.jar, `${BP()}${FILES_PATH}/${photos[0].id}`);
      assert.equal(file.status, 200, `${what}: GET the photo`);
      assert.deepEqual(file.bodyBytes, jpeg(), `${what}: the photo served as stored`);
    }
    if (step === 9) {
      assert.deepEqual(sql(`SELECT findings, advice, written_by FROM report WHERE request_id = ${id}`).map((r) => [nl(r[0]), nl(r[1]), Number(r[2])]),
        [[nl(fields.hasil), nl(fields.saran), T.kasi.id]], `${what}: the report row`);
      assert.deepEqual(sql(`SELECT position, action, due_on FROM report_action WHERE request_id = ${id} ORDER BY position`),
        [['1', fields.tindak_lanjut_1, fields.tanggal_1], ['2', fields.tindak_lanjut_2, fields.tanggal_2]], `${what}: two follow-up actions`);
      assert.equal(row.status, 'selesai');
      assert.equal(row.waiting, 0, `${what}: no longer waiting`);
    }

    // Inboxes: in the next role's, gone from this one's (unless the same lane acts next).
    if (step < 9) {
      const next = actorOf(T, step + 1);
      const inbox = await walkList(next, BP() + ADMIN_PATH + '/');
      const at = inbox.pages.find((p) => p.ids.includes(id));
      assert.ok(at, `${what}: the case is in the inbox of ${next.role} (${next.username})`);
      assert.ok(textOf(at.res.body).includes(c.code), `${what}: the inbox of ${next.role} shows the code ${c.code}`);
      if (next.role !== who.role) assert.ok(!(await inboxIds(who)).includes(id), `${what}: the case left the inbox of ${who.role}`);
    } else {
      assert.ok(!(await inboxIds(who)).includes(id), `${what}: a finished case is in no inbox`);
    }
  }

  // The end: Selesai on the tracking page and the case page, with every actor in the history.
  const lacak = await get('/lacak?kode=' + c.code);
  assert.equal(lacak.status, 200, show(lacak));
  assert.deepEqual(badge(lacak.body), { status: 'selesai', label: 'Selesai' }, '/lacak shows the status Selesai');
  const page = await openCase(T.fo, id);
  assert.equal(page.status, 200, show(page));
  assert.deepEqual(badge(page.body), { status: 'selesai', label: 'Selesai' }, 'the case page shows Selesai');
  assert.equal(inputValue(page.body, 'versi'), null, 'a finished case has no act form');
  for (const m of [T.fo, T.sek, T.kadis, T.bo, T.kabid, T.kasi]) {
    assert.ok(textOf(page.body).includes(m.name), `the history names ${m.name} (${m.role})`);
  }
  assert.equal(eventsOf(id).length, 9, 'nine events: the submission and eight acts');
});

// ---- returning a request ----

test('a request returned at step 2 with a reason: dikembalikan, /lacak shows the reason, no more acts', async () => {
  const c = await newCase({ nama_usaha: 'Sulaman Benang Emas Uni Ros' });
  const alasan = 'Surat permohonan belum ditandatangani.\r\nMohon kirim ulang dengan tanda tangan pemilik.';
  const before = requestRow(c.id);
  const nEvents = eventsOf(c.id).length;
  const res = await act(T.fo, c.id, 'kembalikan', { alasan });
  assertRedirect(res, `${CASES_PATH}/${c.id}?pesan=tindakan`, 'kembalikan');
  const row = requestRow(c.id);
  assert.equal(row.status, 'dikembalikan');
  assert.equal(row.waiting, 0, 'a returned request waits for no one');
  assert.equal(row.version, before.version + 1);
  assert.equal(nl(row.return_reason), nl(alasan), 'the reason is stored');
  assert.equal(row.agenda_no, null, 'no agenda number for a returned request');
  const events = eventsOf(c.id);
  assert.equal(events.length, nEvents + 1, 'one new event');
  assert.deepEqual([events.at(-1).step_no, events.at(-1).action, events.at(-1).actor_id, events.at(-1).actor_role],
    [2, 'kembalikan', T.fo.id, 'front_office'], 'the event of the return');
  assert.ok(!(await inboxIds(T.fo)).includes(c.id), 'the returned request left the Front Office inbox');

  const lacak = await get('/lacak?kode=' + c.code);
  assert.equal(lacak.status, 200, show(lacak));
  assert.deepEqual(badge(lacak.body), { status: 'dikembalikan', label: 'Dikembalikan' }, '/lacak: status Dikembalikan');
  const text = textOf(lacak.body);
  for (const line of nl(alasan).split('\n')) assert.ok(text.includes(line), `/lacak shows the reason: "${line}"`);

  const page = await openCase(T.fo, c.id);
  assert.equal(page.status, 200);
  assert.equal(inputValue(page.body, 'versi'), null, 'a returned case has no act form');
  for (const [who, aksi, step] of [[T.fo, 'terima', 2], [T.fo, 'kembalikan', null], [T.fo2, 'terima', 2], [T.sek, 'saran', 3]]) {
    const fields = step ? actFields(T, step) : { alasan: 'Sekali lagi.' };
    await assertRefused(() => act(who, c.id, aksi, fields), c.id, 403, ACT_DENIED, `${who.role} ${aksi} on a returned case`);
  }
});

// ---- the wrong role, step or unit ----

test('at every step only its role (and unit) may act: the others, admin and anonymous are refused, nothing changes', { timeout: 300000 }, async () => {
  const c = await newCase({ nama_usaha: 'Sate Padang Ajo Manih' });
  const members = [T.fo, T.sek, T.kadis, T.bo, T.kabid, T.kabidLain, T.kasi, T.kasiLain, T.kasiJauh, T.admin];
  const ownStep = (role) => Number(Object.keys(STEP_ACTS).find((s) => STEP_ACTS[s].role === role));
  for (let step = 2; step <= 9; step++) {
    const row = requestRow(c.id);
    assert.equal(row.step_no, step, `the case waits at step ${step}`);
    for (const who of members) {
      const tries = [];
      if (who.role !== STEP_ACTS[step].role || !sees(who, row)) tries.push(step);
      const own = ownStep(who.role);
      if (own && STEP_ACTS[own].role !== STEP_ACTS[step].role) tries.push(own);
      for (const s of tries) {
        const what = `step ${step}: ${who.role} (${who.key}) sends ${STEP_ACTS[s].aksi}`;
        if (who.role === 'admin') await assertRefused(() => tryStep(who, c.id, s), c.id, 403, NOT_ALLOWED, what);
        else if (sees(who, row)) await assertRefused(() => tryStep(who, c.id, s), c.id, 403, ACT_DENIED, what);
        else await assertRefused(() => tryStep(who, c.id, s), c.id, 404, null, `${what} (the case is not visible to them)`);
      }
    }
    // The Kasi's lane has three steps: the act of another of them is refused too.
    if (step >= 7) {
      for (const s of [7, 8, 9].filter((x) => x !== step)) {
        await assertRefused(() => tryStep(T.kasi, c.id, s), c.id, 403, ACT_DENIED, `step ${step}: the Kasi sends ${STEP_ACTS[s].aksi}`);
      }
    }
    // Anonymous, with a valid token of the login form: the session is missing.
    const anon = await loginPage();
    await assertRefused(() => tryStep({ jar: anon.jar, csrf: anon.csrf }, c.id, step), c.id, 403, SESSION_ENDED, `step ${step}: anonymous`);
    await doStep(T, c.id);
  }
  assert.equal(requestRow(c.id).status, 'selesai');
  for (const who of [T.kasi, T.fo, T.kadis]) {
    await assertRefused(() => tryStep(who, c.id, 9), c.id, 403, ACT_DENIED, `${who.role} acts on a finished case`);
  }
});

test('another unit: a Kasi of another seksi and a Kepala Bidang of another bidang get 404 for the case and its files, cannot act, do not see it listed', { timeout: 120000 }, async () => {
  const c = await newCase({ nama_usaha: 'Rendang Kering Amak Ina' });
  const letter = attachmentsOf(c.id, 'surat_permohonan')[0];
  assert.ok(letter, 'the request has its letter');
  const fileUrl = `${BP()}${FILES_PATH}/${letter.id}`;

  async function assertHidden(who, step, what) {
    const page = await openCase(who, c.id);
    assert.equal(page.status, 404, `${what}: GET the case page: ${show(page)}`);
    assert.ok(!page.body.includes(c.code), `${what}: the 404 page does not show the case`);
    const file = await staffGet(who.jar, fileUrl);
    assert.equal(file.status, 404, `${what}: GET its letter: ${show(file)}`);
    assert.ok(!file.bodyBytes.equals(pdf()), `${what}: the letter is not served`);
    await assertRefused(() => tryStep(who, c.id, step), c.id, 404, null, `${what}: the act of step ${step}`);
    assert.ok(!(await inboxIds(who)).includes(c.id), `${what}: not in their inbox`);
    assert.deepEqual(await caseListIds(who, { q: c.code }), [], `${what}: not found by its code in /admin/permohonan`);
  }

  await advanceTo(T, c.id, 6);
  await assertHidden(T.kabidLain, 6, 'a Kepala Bidang of another bidang, at step 6');
  await assertHidden(T.kasi, 7, 'the Kasi before the case is sent to a seksi, at step 6');
  const mine = await openCase(T.kabid, c.id);
  assert.equal(mine.status, 200, `the Kepala Bidang of the bidang: ${show(mine)}`);
  assert.ok(inputValue(mine.body, 'versi'), 'the Kepala Bidang of the bidang has the act form');
  assert.ok((await inboxIds(T.kabid)).includes(c.id), 'in the inbox of the Kepala Bidang of the bidang');

  await advanceTo(T, c.id, 7);
  await assertHidden(T.kasiLain, 7, 'a Kasi of another seksi of the same bidang');
  await assertHidden(T.kasiJauh, 7, 'a Kasi of a seksi of another bidang');
  await assertHidden(T.kabidLain, 7, 'a Kepala Bidang of another bidang, at step 7');
  for (const who of [T.kasi, T.kasi2]) {
    assert.ok((await inboxIds(who)).includes(c.id), `in the inbox of ${who.key}, a Kasi of the seksi`);
    assert.equal((await staffGet(who.jar, fileUrl)).status, 200, `${who.key} may download the letter`);
  }
  const kabid = await openCase(T.kabid, c.id);
  assert.equal(kabid.status, 200, 'the Kepala Bidang of the bidang still sees the case');
  assert.equal(inputValue(kabid.body, 'versi'), null, 'without an act form');
  assert.deepEqual(await caseListIds(T.kabid, { q: c.code }), [c.id], 'the Kepala Bidang of the bidang finds it in the list');
});

// ---- validation ----

test('every act refuses a missing or wrong field with 422 and its message, changing nothing; text is stored as typed and shown escaped', { timeout: 300000 }, async () => {
  const c = await newCase({ nama_usaha: 'Tenun Songket Pandai Sikek' });
  const id = c.id;
  const d = officeClock();

  // Step 2: the agenda, and the return without a reason.
  const script = '<script>alert("sibina")</script>';
  let res = await assert422(T.fo, id, 2, { tanggal_terima: undefined, perihal: `Pembinaan ${script}` }, 'tanggal_terima', 'terima without tanggal_terima');
  assert.equal(inputValue(res.body, 'nomor_surat'), actFields(T, 2).nomor_surat, 'the other fields typed are kept');
  assert.ok(!res.body.includes(script), 'the typed <script> is escaped in the 422 page');
  for (const f of ['nomor_surat', 'tanggal_surat', 'perihal']) await assert422(T.fo, id, 2, { [f]: undefined }, f, `terima without ${f}`);
  await assert422(T.fo, id, 2, { sifat: 'penting' }, 'sifat', 'terima with an unknown sifat');
  await assert422(T.fo, id, 2, { tanggal_terima: '31-12-2026' }, 'tanggal_terima', 'terima with a date not YYYY-MM-DD');
  await assert422(T.fo, id, 2, { tanggal_surat: '2026-02-30' }, 'tanggal_surat', 'terima with 30 February');
  await assert422(T.fo, id, 2, { perihal: 'x'.repeat(201) }, 'perihal', 'terima with a perihal of 201 characters');
  await assertRefused(() => act(T.fo, id, 'kembalikan', { alasan: '' }), id, 422, null, 'kembalikan without alasan').then((r) => {
    assert.ok(textById(r.body, 'e-alasan'), `kembalikan without alasan: a message at the field (${show(r)})`);
  });
  await doStep(T, id);

  // Step 3: the advice; then a text with markup across lines.
  await assert422(T.sek, id, 3, { saran: '' }, 'saran', 'saran empty');
  await assert422(T.sek, id, 3, { saran: '   \r\n  ' }, 'saran', 'saran of blanks only');
  const saran = `Baris pertama & kedua\r\n${script}\r\n<b>tebal</b> "kutip" 'tunggal'`;
  await doStep(T, id, { saran });
  const note = eventsOf(id).find((e) => e.step_no === 3).note;
  assert.equal(nl(note), nl(saran), 'the advice is stored as typed (not escaped in the database)');
  for (const who of [T.sek, T.kadis]) {
    const page = await openCase(who, id);
    assert.ok(!page.body.includes(script) && !page.body.includes('<b>tebal</b>'), `${who.role}: the advice is escaped in the page`);
    assert.ok(page.body.includes('&lt;script&gt;'), `${who.role}: the advice's markup shown as text`);
    const text = textOf(page.body);
    for (const line of nl(saran).split('\n')) assert.ok(text.includes(line), `${who.role}: the case page shows "${line}"`);
  }

  // Step 4: the disposition to a bidang.
  await assert422(T.kadis, id, 4, { disposisi: '' }, 'disposisi', 'disposisi empty');
  await assert422(T.kadis, id, 4, { bidang: undefined }, 'bidang', 'disposisi without bidang');
  await assert422(T.kadis, id, 4, { bidang: String(T.units.seksi) }, 'bidang', 'disposisi to a seksi as bidang');
  await assert422(T.kadis, id, 4, { bidang: '999999999' }, 'bidang', 'disposisi to an unknown bidang');
  await assert422(T.kadis, id, 4, { bidang: 'satu' }, 'bidang', 'disposisi to a bidang that is not a number');
  await assert422(T.kadis, id, 4, { disposisi: 'x'.repeat(2001) }, 'disposisi', 'disposisi of 2001 characters');
  await doStep(T, id);

  // Step 5: forwarding (the note is optional, but not too long).
  await assert422(T.bo, id, 5, { catatan: 'x'.repeat(1001) }, 'catatan', 'teruskan with a note of 1001 characters');
  await doStep(T, id, { catatan: '' });

  // Step 6: the disposition to a seksi of the case's bidang.
  await assert422(T.kabid, id, 6, { disposisi: '' }, 'disposisi', 'disposisi_kasi empty');
  await assert422(T.kabid, id, 6, { seksi: undefined }, 'seksi', 'disposisi_kasi without seksi');
  await assert422(T.kabid, id, 6, { seksi: String(T.units.seksiJauh) }, 'seksi', 'disposisi_kasi to a seksi of another bidang');
  await assert422(T.kabid, id, 6, { seksi: String(T.units.bidang) }, 'seksi', 'disposisi_kasi to a bidang');
  await doStep(T, id);

  // Step 7: the surat tugas.
  for (const f of ['dasar', 'petugas', 'tanggal_mulai', 'tanggal_selesai', 'tempat', 'untuk', 'penandatangan']) {
    await assert422(T.kasi, id, 7, { [f]: undefined }, f, `surat_tugas without ${f}`);
  }
  await assert422(T.kasi, id, 7, { tanggal_mulai: d.inMonth, tanggal_selesai: d.tomorrow }, ['tanggal_selesai', 'tanggal_mulai'], 'surat_tugas with tanggal_mulai after tanggal_selesai');
  await assert422(T.kasi, id, 7, { petugas: [String(T.officerNoNip.id)] }, 'petugas', 'surat_tugas with an officer without NIP');
  await assert422(T.kasi, id, 7, { petugas: [String(T.officer.id), String(T.officerNoNip.id)] }, 'petugas', 'surat_tugas with one officer of two without NIP');
  await assert422(T.kasi, id, 7, { petugas: ['999999999'] }, 'petugas', 'surat_tugas with an unknown officer');
  await assert422(T.kasi, id, 7, { penandatangan: String(T.bo.id) }, 'penandatangan', 'surat_tugas signed by a Back Office');
  await doStep(T, id);

  // Step 8: the coaching (multipart; a valid photo with a wrong field is not stored).
  for (const f of ['tanggal_pelaksanaan', 'hadir', 'catatan']) {
    await assert422(T.kasi, id, 8, { [f]: undefined }, f, `pembinaan without ${f}`);
  }
  await assert422(T.kasi, id, 8, {}, ['foto_1', 'foto'], 'pembinaan with a PDF as photo',
    { files: coachingFiles({ filename: 'foto.jpg', type: 'image/jpeg', content: pdf() }) });
  await doStep(T, id);

  // Step 9: the report and its follow-up actions.
  for (const f of ['hasil', 'saran']) await assert422(T.kasi, id, 9, { [f]: '' }, f, `laporan without ${f}`);
  await assert422(T.kasi, id, 9, { tindak_lanjut_1: undefined, tanggal_1: undefined, tindak_lanjut_2: undefined, tanggal_2: undefined },
    ['tindak_lanjut', 'tindak_lanjut_1'], 'laporan without any follow-up action');
  await assert422(T.kasi, id, 9, { tanggal_2: '' }, ['tanggal_2', 'tindak_lanjut'], 'laporan with a follow-up action without its date');
  await doStep(T, id);
  assert.equal(requestRow(id).status, 'selesai');
  assert.equal(eventsOf(id).length, 9, 'nine events: none from the refused acts');
});

// ---- concurrency and versions ----

test('the same act sent twice at once by two Front Office users: one 303, one 409 naming who acted, one event', async () => {
  const c = await newCase({ nama_usaha: 'Gula Saka Lawang Sakato' });
  const before = requestRow(c.id);
  const nEvents = eventsOf(c.id).length;
  const fields = actFields(T, 2);
  const [r1, r2] = await Promise.all([T.fo, T.fo2].map((who) => act(who, c.id, 'terima', fields, { versi: before.version })));
  const statuses = [r1.status, r2.status].sort();
  assert.deepEqual(statuses, [303, 409], `one wins, one is told (${show(r1)} | ${show(r2)})`);
  const [winner, loser] = r1.status === 303 ? [T.fo, r2] : [T.fo2, r1];
  const text = textOf(loser.body);
  assert.ok(text.includes(ACTED_FIRST), `the 409 says "${ACTED_FIRST}": ${text.slice(0, 400)}`);
  assert.ok(text.includes(winner.name), `the 409 names who acted (${winner.name}): ${text.slice(0, 400)}`);
  assert.ok(text.includes('(Front Office)'), `the 409 gives the role of who acted: ${text.slice(0, 400)}`);
  assert.ok(text.includes('Sudah ditindaklanjuti'), `the 409 page's title: ${text.slice(0, 400)}`);
  assertHtmlUtf8(loser, '409');
  const events = eventsOf(c.id);
  assert.equal(events.length, nEvents + 1, 'exactly one new event');
  assert.equal(events.at(-1).actor_id, winner.id, 'the event is the winner\'s');
  const row = requestRow(c.id);
  assert.equal(row.version, before.version + 1, 'version + 1, once');
  assert.equal(row.step_no, 3);
});

test('an act with a stale versi (someone acted since the page was shown): 409, nothing changed', async () => {
  const c = await newCase({ nama_usaha: 'Bika Talago Pagaruyung' });
  await doStep(T, c.id);
  const shown = requestRow(c.id).version;
  const page = await openCase(T.sek, c.id);
  assert.equal(inputValue(page.body, 'versi'), String(shown));
  // The Sekretaris's page shows `shown`; meanwhile the case moves on.
  await doStep(T, c.id);
  const res = await assertRefused(() => act(T.kadis, c.id, 'disposisi', actFields(T, 4), { versi: shown }), c.id, 409, ACTED_FIRST, 'disposisi with the version before the advice');
  assert.ok(textOf(res.body).includes(T.sek.name), `the 409 names the Sekretaris who acted: ${show(res)}`);
  await assertRefused(() => act(T.kadis, c.id, 'disposisi', actFields(T, 4), { versi: shown - 1 }), c.id, 409, ACTED_FIRST, 'disposisi with an older version');
  await assertRefused(() => act(T.kadis, c.id, 'disposisi', actFields(T, 4), { versi: shown + 5 }), c.id, 409, null, 'disposisi with a version from the future');
  // A form without its versi (or aksi) is not an act.
  await assertRefused(() => act(T.kadis, c.id, 'disposisi', actFields(T, 4), { versi: null }), c.id, [400, 409, 422], null, 'disposisi without versi');
  await assertRefused(() => act(T.kadis, c.id, null, actFields(T, 4)), c.id, [400, 422], null, 'an act without aksi');
  await assertRefused(() => act(T.kadis, c.id, 'hapus', actFields(T, 4)), c.id, [400, 403, 422], null, 'an unknown aksi');
  await doStep(T, c.id);
  assert.equal(requestRow(c.id).step_no, 5, 'the current version still works');
});

test('agenda numbers under concurrent accepts: 8 requests accepted at once by two Front Office users get consecutive numbers, no gap, no repeat', { timeout: 120000 }, async () => {
  const N = 8;
  const year = officeClock().year;
  const fmt = readConfig()['Numbers.Agenda'];
  if (fmt && fmt !== '{nomor}/AGD/{tahun}') return;
  const re = new RegExp(`^(\\d{4})/AGD/${year}$`);
  const numbersOfYear = () => sql(`SELECT agenda_no FROM request WHERE agenda_no LIKE ${q('%/AGD/' + year)}`).map((r) => Number(r[0].match(re)[1]));
  const cases = [];
  for (let i = 0; i < N; i++) cases.push(await newCase({ nama_usaha: `Kopi Kawa Daun Nomor ${i + 1}` }));
  const prev = numbersOfYear();
  const last = prev.length ? Math.max(...prev) : 0;
  const fields = actFields(T, 2);
  const results = await Promise.all(cases.map((c, i) => act(i % 2 ? T.fo2 : T.fo, c.id, 'terima', fields, { versi: requestRow(c.id).version })));
  results.forEach((r, i) => assert.equal(r.status, 303, `accept ${i + 1}: ${show(r)}`));
  const got = cases.map((c) => requestRow(c.id).agenda_no);
  for (const a of got) assert.match(a || '', re, 'an agenda number {nomor}/AGD/{tahun}');
  const nums = got.map((a) => Number(a.match(re)[1])).sort((a, b) => a - b);
  assert.deepEqual(nums, Array.from({ length: N }, (x, i) => last + 1 + i), `the ${N} numbers follow the last one (${last}) without gap or repeat: ${got.join(', ')}`);
  // The whole year: 1..K, none skipped by a refused or conflicting act.
  const all = numbersOfYear().sort((a, b) => a - b);
  assert.deepEqual(all, Array.from({ length: all.length }, (x, i) => i + 1), `every agenda number of ${year} from 1 without gap`);
});

// ---- files ----

test('GET /admin/berkas/ID: the stored bytes as an attachment, nosniff, a sandbox CSP; inline with ?tampil=1; anonymous to login, admin 403, unknown 404', async () => {
  const letterPdf = pdf('Surat Permohonan Uji Berkas');
  const c = await newCase({ nama_usaha: 'Kerajinan Rotan Kumanis' }, { surat: { filename: 'surat-permohonan.pdf', type: 'application/pdf', content: letterPdf } });
  const [letter] = attachmentsOf(c.id, 'surat_permohonan');
  assert.ok(letter, 'the letter is stored');
  const url = `${BP()}${FILES_PATH}/${letter.id}`;
  for (const who of [T.fo, T.sek, T.kadis, T.bo]) {
    const res = await staffGet(who.jar, url);
    assert.equal(res.status, 200, `${who.role}: ${show(res)}`);
    assert.deepEqual(res.bodyBytes, letterPdf, `${who.role}: the bytes sent`);
    assert.deepEqual(res.bodyBytes, fs.readFileSync(path.join(uploadsDir(), letter.stored_name)), `${who.role}: the bytes stored`);
    assert.match(String(res.headers['content-type']), /^application\/pdf\b/, `${who.role}: Content-Type`);
    const cd = String(res.headers['content-disposition'] || '');
    assert.match(cd, /^attachment\s*;/i, `${who.role}: Content-Disposition attachment (${cd})`);
    assert.match(cd, new RegExp(`filename="surat_permohonan-${letter.id}\\.pdf"`), `${who.role}: the file name kind-id.ext (${cd})`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', `${who.role}: nosniff`);
    const csp = parseCsp(res.headers['content-security-policy']);
    assert.ok('sandbox' in csp, `${who.role}: CSP sandbox (${res.headers['content-security-policy']})`);
    assert.deepEqual(csp['default-src'], ["'none'"], `${who.role}: CSP default-src 'none'`);
    assert.match(String(res.headers['cache-control'] || ''), /no-store/, `${who.role}: Cache-Control no-store`);
  }
  const inline = await staffGet(T.fo.jar, url + '?tampil=1');
  assert.equal(inline.status, 200, show(inline));
  assert.match(String(inline.headers['content-disposition'] || ''), /^inline\b/i, `?tampil=1: inline (${inline.headers['content-disposition']})`);
  assert.ok('sandbox' in parseCsp(inline.headers['content-security-policy']), '?tampil=1: CSP sandbox');
  assert.deepEqual(inline.bodyBytes, letterPdf);

  const page = await openCase(T.fo, c.id);
  assert.ok(page.body.includes(`${FILES_PATH}/${letter.id}`), 'the case page links to the letter');

  const anon = await get(url);
  assert.equal(anon.status, 303, `anonymous: ${show(anon)}`);
  assert.equal((locationPath(anon) || '').split('?')[0], BP() + ADMIN_PATH + '/masuk', 'anonymous: to the login page');
  assert.ok(!anon.bodyBytes.includes(letterPdf), 'anonymous: not the file');
  const admin = await staffGet(T.admin.jar, url);
  assert.equal(admin.status, 403, `admin: ${show(admin)}`);
  assert.ok(textOf(admin.body).includes(NOT_ALLOWED), 'admin: the role page');
  assertSecurityHeaders(admin, { what: 'admin on a file' });
  const kasi = await staffGet(T.kasi.jar, url);
  assert.equal(kasi.status, 404, `a Kasi, the case not in their seksi: ${show(kasi)}`);
  const maxId = Number(sql('SELECT COALESCE(MAX(id), 0) FROM attachment')[0][0]);
  for (const p of [`${FILES_PATH}/${maxId + 1000}`, `${FILES_PATH}/abc`, `${FILES_PATH}/0`]) {
    const r = await staffGet(T.fo.jar, BP() + p);
    assert.equal(r.status, 404, `GET ${p}: ${show(r)}`);
  }
});

// ---- inbox and case list ----

test('the inbox pages: more than 50 waiting cases, page 1 has 50 oldest first, the next link gives the rest, no overlap', { timeout: 300000 }, async () => {
  const waiting = () => sql('SELECT id FROM request WHERE waiting = 1 AND step_no = 2 ORDER BY step_since, id').map((r) => Number(r[0]));
  const have = waiting().length;
  for (let i = 0; i < Math.max(0, 56 - have); i++) await newCase({ nama_usaha: `Usaha Antrean ${i + 1}` });
  const expected = waiting();
  assert.ok(expected.length > 50, `more than 50 cases wait at step 2 (${expected.length})`);
  const { pages, ids } = await walkList(T.fo, BP() + ADMIN_PATH + '/');
  assert.ok(pages.length >= 2, 'two pages or more');
  assert.deepEqual(pages[0].ids, expected.slice(0, 50), 'page 1: the 50 oldest, oldest first (step_since, id)');
  pages.forEach((p, i) => {
    if (i < pages.length - 1) assert.equal(p.ids.length, 50, `page ${i + 1} of ${pages.length}: 50 rows`);
    else assert.ok(p.ids.length >= 1 && p.ids.length <= 50, `the last page: 1..50 rows (${p.ids.length})`);
  });
  assert.equal(new Set(ids).size, ids.length, 'no case on two pages');
  assert.deepEqual(ids, expected, 'all pages together: every waiting case once, in order');
  // The first page's rows show their codes; the page the number waiting and the time standard.
  const text = textOf(pages[0].res.body);
  assert.ok(text.includes(`${expected.length} permohonan`), `page 1 says ${expected.length} permohonan wait`);
  assert.ok(text.includes('3 menit'), 'page 1 shows the standard of step 2 (3 menit)');
  const codes = sql(`SELECT tracking_code FROM request WHERE id IN (${pages[0].ids.join(',')})`).map((r) => r[0]);
  for (const code of codes) assert.ok(text.includes(code), `page 1 shows ${code}`);
  // Another role's inbox does not have them.
  const sek = await inboxIds(T.sek);
  assert.ok(expected.every((x) => !sek.includes(x)), 'no step-2 case in the Sekretaris inbox');
});

test('the inbox a worker keeps follows every change to the cases at once: a new request, an act, a change made in SQL', { timeout: 120000 }, async () => {
  const home = BP() + ADMIN_PATH + '/';
  // The menu's count and the page's count, and whether the page shows a code.
  const look = async (who) => {
    const res = await staffGet(who.jar, home);
    assert.equal(res.status, 200, show(res));
    const menu = res.body.match(/Kotak Masuk <span class="nav-count">\((\d+)\)<\/span>/);
    assert.ok(menu, 'the menu shows the count of the inbox');
    return { res, menu: Number(menu[1]), text: textOf(res.body) };
  };
  const waitingAt2 = () => Number(sql('SELECT COUNT(*) FROM request WHERE waiting = 1 AND step_no = 2')[0][0]);
  // Asked several times, so that every worker has made and kept the page.
  for (let i = 0; i < 6; i++) await look(T.fo);
  const before = await look(T.fo);
  assert.equal(before.menu, waitingAt2(), 'the count is the number waiting at step 2');

  const c = await newCase({ nama_usaha: `Usaha Tembolok ${word()}` });
  for (let i = 0; i < 6; i++) {
    const now = await look(T.fo);
    assert.equal(now.menu, before.menu + 1, `GET ${i + 1} after a new request: the count went up by one`);
    assert.ok(now.text.includes(`${before.menu + 1} permohonan`), `GET ${i + 1}: the page says ${before.menu + 1} permohonan`);
  }
  assert.ok((await inboxIds(T.fo)).includes(c.id), 'the new request is in the inbox');

  // A change made outside the program (as an administrator might in SQL) shows too.
  const renamed = `Usaha Berganti ${word()}`;
  sql(`UPDATE request SET business_name = ${q(renamed)} WHERE id = ${c.id}`);
  const after = await walkList(T.fo, home);
  const page = after.pages.find((p) => p.ids.includes(c.id));
  assert.ok(page && textOf(page.res.body).includes(renamed), 'the inbox shows the name changed in SQL');

  await doStep(T, c.id);
  for (let i = 0; i < 6; i++) {
    const now = await look(T.fo);
    assert.equal(now.menu, before.menu, `GET ${i + 1} after the accept: the count is back`);
  }
  assert.ok(!(await inboxIds(T.fo)).includes(c.id), 'the accepted request left the Front Office inbox');
  const sek = await look(T.sek);
  assert.equal(sek.menu, Number(sql('SELECT COUNT(*) FROM request WHERE waiting = 1 AND step_no = 3')[0][0]), 'the Sekretaris count includes it');
});

test('the case page links a WhatsApp message to the applicant: wa.me, their number, the code and the status', async () => {
  const c = await newCase();
  const res = await openCase(T.fo, c.id);
  assert.equal(res.status, 200, show(res));
  const m = res.body.match(/href="(https:\/\/wa\.me\/[^"]*)"/);
  assert.ok(m, 'a wa.me link');
  const url = new URL(m[1].replace(/&amp;/g, '&'));
  const row = sql(`SELECT phone, contact_name, business_name, tracking_code FROM request WHERE id = ${c.id}`)[0];
  assert.equal(url.pathname, '/' + row[0].replace(/^\+/, ''), 'to the applicant\'s number, digits only');
  const text = url.searchParams.get('text');
  assert.ok(text.includes(row[1]) && text.includes(row[2]) && text.includes(row[3]), `names the person, the business and the code: ${text}`);
  assert.ok(text.includes('berstatus Diajukan'), 'and the status in words');
});

test('/admin/permohonan: search by tracking code (any case and spacing), agenda number, a word of the business name; status filter', { timeout: 120000 }, async () => {
  const w = word();
  const c1 = await newCase({ nama_usaha: `Dendeng Batokok ${w} Sijunjung` });
  const c2 = await newCase({ nama_usaha: `Keripik Sanjai ${w}` });
  const c3 = await newCase({ nama_usaha: 'Lamang Tapai Uni Nur' });
  await doStep(T, c1.id);
  const ret = await act(T.fo, c2.id, 'kembalikan', { alasan: 'Berkas tidak lengkap.' });
  assert.equal(ret.status, 303, show(ret));
  const agenda = requestRow(c1.id).agenda_no;
  assert.ok(agenda, 'c1 has an agenda number');

  const lower = c1.code.toLowerCase();
  assert.deepEqual(await caseListIds(T.fo, { q: c1.code }), [c1.id], 'by the code as printed');
  assert.deepEqual(await caseListIds(T.fo, { q: ` ${lower.slice(0, 5)} ${lower.slice(6)} ` }), [c1.id], 'by the code in lower case with a space');
  assert.deepEqual(await caseListIds(T.fo, { q: lower }), [c1.id], 'by the code in lower case');
  assert.deepEqual(await caseListIds(T.fo, { q: agenda }), [c1.id], `by the agenda number ${agenda}`);
  assert.deepEqual(await caseListIds(T.fo, { q: w.toLowerCase() }), [c2.id, c1.id], `by the word "${w}" of the business names, newest first`);
  assert.deepEqual(await caseListIds(T.fo, { q: w, status: 'dikembalikan' }), [c2.id], 'the word and status dikembalikan');
  assert.deepEqual(await caseListIds(T.fo, { q: w, status: 'diproses' }), [c1.id], 'the word and status diproses');
  assert.deepEqual(await caseListIds(T.fo, { q: w, status: 'selesai' }), [], 'the word and status selesai: none');

  const returned = await caseListIds(T.fo, { status: 'dikembalikan' });
  assert.ok(returned.includes(c2.id), 'status dikembalikan lists the returned request');
  const statuses = returned.length ? sql(`SELECT DISTINCT status FROM request WHERE id IN (${returned.join(',')})`).map((r) => r[0]) : [];
  assert.deepEqual(statuses, ['dikembalikan'], 'status dikembalikan lists only returned requests');
  const submitted = await caseListIds(T.sek, { status: 'diajukan' });
  assert.ok(submitted.includes(c3.id) && !submitted.includes(c1.id) && !submitted.includes(c2.id), 'status diajukan');

  // The list itself: newest first (submitted_at, id), 50 a page.
  const list = await staffGet(T.fo.jar, BP() + CASES_PATH);
  assert.equal(list.status, 200, show(list));
  const newest = sql('SELECT id FROM request ORDER BY submitted_at DESC, id DESC LIMIT 50').map((r) => Number(r[0]));
  assert.deepEqual(caseIdsOf(list.body), newest, 'page 1 of /admin/permohonan: the 50 newest, newest first');

  // Visibility: a Kasi and a Kepala Bidang of units the cases never reached find nothing.
  for (const who of [T.kasi, T.kabid]) {
    assert.deepEqual(await caseListIds(who, { q: c1.code }), [], `${who.role}: the case is not theirs`);
    assert.deepEqual(await caseListIds(who, { q: w }), [], `${who.role}: nor by name`);
  }
  // An admin has no case list.
  const admin = await staffGet(T.admin.jar, BP() + CASES_PATH);
  assert.equal(admin.status, 403, `admin: ${show(admin)}`);
});
