// HTTP tests of the SOP clock (issue 5, points 2 and 3): a step's clock starts when the case
// comes to it (the coaching: on the date of the Surat Tugas) and runs out by its standard in
// working time; an act records the step's working time; the inbox shows the time used, left or
// over (on time, due soon at 80 %, late); late cases show in the inbox of the lane's superior.
// The office's calendar is set here to every hour of every day (no holidays), so that wall-clock
// seconds are working seconds whenever the test runs, and put back at the end.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  sql, get, readConfig, textOf, exclusive, resetAttempts, walkList, staffGet, ADMIN_PATH,
  requestRow, addLaneTeam, doStep, advanceTo, newCase, act,
} = require('./lib.js');

exclusive();

// SQL in the office's time zone (the app writes WIB).
const wsql = (s) => sql(`SET time_zone = '+07:00'; ${s}`);
const BP = () => readConfig()['Site.BasePath'] || '';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 400)}`;

let T;
let savedHours;
let savedHolidays;

// Workers notice a calendar change with the content version (Cache.CheckSeconds = 1 in tests).
async function calendarSettled() {
  await sleep(1600);
}

before(async () => {
  resetAttempts();
  savedHours = sql('SELECT weekday, position, opens, closes FROM office_hours');
  savedHolidays = sql('SELECT day, kind, name, created_by, created_at FROM holiday');
  sql('DELETE FROM holiday');
  sql('DELETE FROM office_hours');
  sql("INSERT INTO office_hours (weekday, position, opens, closes) VALUES (1, 1, '00:00', '24:00'), " +
    "(2, 1, '00:00', '24:00'), (3, 1, '00:00', '24:00'), (4, 1, '00:00', '24:00'), (5, 1, '00:00', '24:00'), " +
    "(6, 1, '00:00', '24:00'), (7, 1, '00:00', '24:00')");
  await calendarSettled();
  T = await addLaneTeam();
}, { timeout: 120000 });

after(async () => {
  sql('DELETE FROM office_hours');
  sql('DELETE FROM holiday');
  const lit = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
  if (savedHours.length) sql(`INSERT INTO office_hours (weekday, position, opens, closes) VALUES ${savedHours.map((r) => `(${r.map(lit).join(', ')})`).join(', ')}`);
  if (savedHolidays.length) sql(`INSERT INTO holiday (day, kind, name, created_by, created_at) VALUES ${savedHolidays.map((r) => `(${r.map(lit).join(', ')})`).join(', ')}`);
  resetAttempts();
});

// The clock columns of a request, as epochs (null when unset).
function clockOf(id) {
  const [[clock, due, since]] = wsql(`SELECT UNIX_TIMESTAMP(step_clock), UNIX_TIMESTAMP(step_due), UNIX_TIMESTAMP(step_since) FROM request WHERE id = ${Number(id)}`);
  const n = (v) => (v === null ? null : Number(v));
  return { clock: n(clock), due: n(due), since: n(since) };
}

// The step_time row of a case's step (epochs), or null.
function stepTime(id, step) {
  const rows = wsql(`SELECT UNIX_TIMESTAMP(started_at), UNIX_TIMESTAMP(due_at), UNIX_TIMESTAMP(ended_at), work_seconds, standard_seconds, on_time, actor_id FROM step_time WHERE request_id = ${Number(id)} AND step_no = ${Number(step)}`);
  if (!rows.length) return null;
  const [started, due, ended, work, standard, onTime, actor] = rows[0].map((v) => (v === null ? null : Number(v)));
  return { started, due, ended, work, standard, onTime, actor };
}

// The card of a case (by its code) in an inbox page's HTML, within the part given; '' if none.
function cardOf(html, code) {
  return html.split('<li class="case-card').slice(1).map((c) => c.split('</li>')[0]).find((c) => c.includes(code)) || '';
}
const latePart = (html) => (html.split('<section class="inbox-late"')[1] || '').split('</section>')[0];
const ownPart = (html) => html.split('<section class="inbox"').slice(1).map((p) => p.split('<section class="inbox-late"')[0]).join('\n');

// An inbox, all its pages' HTML (the late section is on the first).
async function inbox(who) {
  const { pages } = await walkList(who, BP() + ADMIN_PATH + '/');
  return pages.map((p) => p.res.body).join('\n');
}

// Sets the clock of a case's step in SQL: started `ago` seconds ago, due in `left` seconds (< 0: past).
function setClock(id, ago, left) {
  wsql(`UPDATE request SET step_clock = NOW() - INTERVAL ${ago} SECOND, step_due = NOW() + INTERVAL ${left} SECOND WHERE id = ${Number(id)}`);
}

test('a new request: the Front Office clock starts at submission and runs out 3 working minutes later', async () => {
  const c = await newCase();
  const k = clockOf(c.id);
  assert.equal(k.clock, k.since, 'the clock starts when the case came to step 2');
  assert.equal(k.due - k.clock, 180, 'step 2 (3 menit) runs out 180 working seconds later');
  assert.equal(stepTime(c.id, 2), null, 'no step has ended yet');
});

test('an act records the working time of its step and starts the clock of the next', async () => {
  const c = await newCase();
  const before = clockOf(c.id);
  await doStep(T, c.id);
  const t = stepTime(c.id, 2);
  assert.ok(t, 'step 2 has its step_time row');
  assert.equal(t.started, before.clock, 'started when its clock started');
  assert.equal(t.due, before.due, 'due when its standard ran out');
  assert.equal(t.work, t.ended - t.started, 'every second was working time (the calendar of this test)');
  assert.equal(t.standard, 180, 'the standard: 3 minutes');
  assert.equal(t.onTime, 1, 'on time');
  assert.equal(t.actor, T.fo.id, 'the Front Office member who acted');
  const now = clockOf(c.id);
  assert.equal(requestRow(c.id).step_no, 3);
  assert.equal(now.clock, now.since, 'step 3 clock starts when the case came to it');
  assert.equal(now.due - now.clock, 300, 'step 3 (5 menit) runs out 300 working seconds later');

  // Late: the step took longer than its standard.
  setClock(c.id, 400, -100);
  await doStep(T, c.id);
  const late = stepTime(c.id, 3);
  assert.ok(late.work >= 400 && late.work < 460, `step 3 took about 400 s (${late.work})`);
  assert.equal(late.standard, 300, 'its standard: 300 s');
  assert.equal(late.onTime, 0, 'late');
});

test('a return at step 2 records its time and stops the clock', async () => {
  const c = await newCase();
  const res = await act(T.fo, c.id, 'kembalikan', { alasan: 'Berkas tidak lengkap.' });
  assert.equal(res.status, 303, show(res));
  assert.ok(stepTime(c.id, 2), 'step 2 has its row');
  const k = clockOf(c.id);
  assert.equal(k.clock, null, 'a returned case has no clock');
  assert.equal(k.due, null, 'nor a due time');
});

test('the inbox shows the working time used and what is left or over: on time, due soon, late', async () => {
  const fresh = await newCase();
  const soon = await newCase();
  const late = await newCase();
  setClock(soon.id, 150, 30);
  setClock(late.id, 600, -420);
  const html = await inbox(T.fo);
  const own = ownPart(html);

  const f = cardOf(own, fresh.code);
  assert.ok(f, 'the fresh case is in the inbox');
  assert.ok(!/case-over|case-soon/.test(f.split('>')[0]), 'not marked');
  assert.match(textOf(f), /standar 3 menit/, 'its standard');
  assert.match(textOf(f), /sisa [0-9] menit/, 'the time left');

  const s = cardOf(own, soon.code);
  assert.ok(s.split('>')[0].includes('case-soon'), `due soon is marked: ${s.slice(0, 80)}`);
  assert.match(textOf(s), /2 menit \(standar 3 menit\)/, 'used 2 of 3 minutes');
  assert.match(textOf(s), /Hampir habis: sisa kurang dari 1 menit/, 'due soon, in words');

  const l = cardOf(own, late.code);
  assert.ok(l.split('>')[0].includes('case-over'), 'late is marked');
  assert.match(textOf(l), /10 menit \(standar 3 menit\)/, 'used 10 minutes');
  assert.match(textOf(l), /Melewati standar 7 menit/, 'late by 7 minutes, in words');

  // The Front Office has no superior's part; nor does a Kasi.
  assert.equal(latePart(html), '', 'no late section for the Front Office');
  assert.equal(latePart(await inbox(T.kasi)), '', 'no late section for a Kasi');
});

test('late cases show in the inbox of the lane\'s superior, and only theirs', async () => {
  // At step 3 (Sekretaris) and step 7 (a Kasi of the team's seksi), late; one more at step 7 on time.
  const sek = await newCase();
  await advanceTo(T, sek.id, 3);
  const kasi = await newCase();
  await advanceTo(T, kasi.id, 7);
  const kasiOnTime = await newCase();
  await advanceTo(T, kasiOnTime.id, 7);
  setClock(sek.id, 900, -600);
  setClock(kasi.id, 3600, -2700);

  const kadis = latePart(await inbox(T.kadis));
  assert.ok(kadis, 'the Kepala Dinas has the late section');
  assert.ok(cardOf(kadis, sek.code), 'a late Sekretaris case is in it');
  assert.match(textOf(cardOf(kadis, sek.code)), /Pelaksana\s*Sekretaris/, 'with the lane that holds it');
  assert.ok(!cardOf(kadis, kasi.code), 'a Kasi case is not (it is the Kepala Bidang\'s to watch)');

  const kabid = latePart(await inbox(T.kabid));
  assert.ok(cardOf(kabid, kasi.code), 'the Kepala Bidang of the bidang sees the late Kasi case');
  assert.match(textOf(cardOf(kabid, kasi.code)), /Melewati standar 45 menit/, 'late by 45 minutes');
  assert.ok(!cardOf(kabid, kasiOnTime.code), 'not the one on time');
  assert.ok(!cardOf(kabid, sek.code), 'not the Sekretaris case');
  const other = latePart(await inbox(T.kabidLain));
  assert.ok(!cardOf(other, kasi.code), 'the Kepala Bidang of another bidang does not');

  // Once done, it leaves the superior's list.
  await doStep(T, kasi.id);
  assert.ok(!cardOf(latePart(await inbox(T.kabid)), kasi.code), 'the case moved on: no longer late there');
});

test('the coaching\'s clock starts on the date set in the Surat Tugas', async () => {
  const c = await newCase();
  await advanceTo(T, c.id, 8);
  const [[tomorrow]] = wsql('SELECT UNIX_TIMESTAMP(CURDATE() + INTERVAL 1 DAY)');
  const k = clockOf(c.id);
  assert.equal(k.clock, Number(tomorrow), 'step 8 starts at 00.00 WIB of tanggal_mulai (tomorrow)');
  assert.equal(k.due, Number(tomorrow) + 86400, 'and runs out at the end of that working day (1 hari)');
  const card = cardOf(await inbox(T.kasi), c.code);
  assert.match(textOf(card), /Mulai dihitung \d{1,2} \S+ \d{4}/, `the inbox says when it starts: ${textOf(card)}`);

  // Held before its date: no working time counted, on time.
  await doStep(T, c.id);
  const t = stepTime(c.id, 8);
  assert.equal(t.work, 0, 'no working time before the date');
  assert.equal(t.onTime, 1, 'on time');
});

test('the case page and /lacak show the working time each step took, and mark a late one', async () => {
  const c = await newCase();
  await doStep(T, c.id);
  setClock(c.id, 400, -100);
  await doStep(T, c.id);
  const res = await staffGet(T.fo.jar, BP() + ADMIN_PATH + '/permohonan/' + c.id);
  assert.equal(res.status, 200, show(res));
  const steps = res.body.split('<li class="tl-step').slice(1).map((x) => textOf(x.split('</li>')[0]));
  assert.match(steps[1], /Waktu kerja: (kurang dari 1 menit|1 menit)/, `step 2: its working time: ${steps[1]}`);
  assert.ok(!/Melewati standar/.test(steps[1]), 'step 2 was on time');
  assert.match(steps[2], /Waktu kerja: 6 menit Melewati standar/, `step 3: 6 minutes, late: ${steps[2]}`);
  assert.ok(!/Waktu kerja/.test(steps[0]), 'the submission has no working time');
  const track = await get('/lacak?kode=' + encodeURIComponent(c.code));
  assert.equal(track.status, 200, show(track));
  assert.match(textOf(track.body), /Waktu kerja: 6 menit Melewati standar/, 'the applicant sees it too');
});
