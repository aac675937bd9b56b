// HTTP tests of the staff area (issue 4, part A): login and its throttling, sessions (cookie,
// fixation, logout, idle and absolute expiry, disabled users), passwords (own change, first
// password, reset, yescrypt), users and units as an administrator edits them, CSRF, and the
// sibina-user tool. Every account is made here, named "uji" and a random suffix.
'use strict';

const { test, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const {
  sql, q, readConfig, textOf, attr, inputs, inputValue, assertHtmlUtf8, assertSecurityHeaders,
  exclusive, resetAttempts,
  ADMIN_PATH: A, SESSION_COOKIE, ROLES, LOGIN_FAILED, SESSION_ENDED, sha256hex, randomHex, testUsername, testPassword,
  mergeCookies, cookieValue, setCookieLine, locationPath, assertRedirect, postForm, staffGet, staffCsrf, staffPost,
  loginPage, loginAttempt, login, sibinaUser, addStaff, addUnit, selectOptions,
} = require('./lib.js');

exclusive();
// Failed logins are counted per account and per address: none may leak in from other files,
// nor from one test into the next.
before(resetAttempts);
beforeEach(resetAttempts);
after(resetAttempts);

const BP = () => readConfig()['Site.BasePath'] || '';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const show = (res) => `${res.status} ${textOf(res.body).slice(0, 400)}`;

// Every password these tests type, to look for later in the app's log.
const typed = new Set();
const pw = (p = testPassword()) => { typed.add(p); return p; };
// An account made with the tool, its password remembered.
const staff = (opts) => { const u = addStaff(Object.assign({ password: pw() }, opts)); return u; };

let admin;
before(() => { admin = staff({ role: 'admin', name: 'Admin Uji Staf' }); });

const sessionId = (jar) => cookieValue(jar, SESSION_COOKIE);
const sessionRow = (jar) => sql(`SELECT staff_id, created_at, seen_at FROM session WHERE id_hash = ${q(sha256hex(sessionId(jar)))}`);
const sessionsOf = (id) => Number(sql(`SELECT COUNT(*) FROM session WHERE staff_id = ${Number(id)}`)[0][0]);
const hashOf = (id) => sql(`SELECT password_hash FROM staff WHERE id = ${Number(id)}`)[0][0];
const staffRow = (id) => {
  const [r] = sql(`SELECT username, name, nip, rank, position, role, unit_id, must_change_password, disabled_at FROM staff WHERE id = ${Number(id)}`);
  return r && { username: r[0], name: r[1], nip: r[2], rank: r[3], position: r[4], role: r[5], unit_id: r[6], must_change: r[7], disabled_at: r[8] };
};
const staffCount = () => Number(sql('SELECT COUNT(*) FROM staff')[0][0]);

async function assertLoggedIn(jar, what) {
  const res = await staffGet(jar, A + '/');
  assert.equal(res.status, 200, `${what}: GET ${A}/ with the session (${show(res)})`);
  return res;
}

async function assertLoggedOut(jar, what) {
  assertRedirect(await staffGet(jar, A + '/'), A + '/masuk', `${what}: GET ${A}/ with the old cookie`);
}

// A refused login: 422, the one message, the username kept, the password nowhere, no session.
function assertLoginRefused(res, username, password, what) {
  assert.equal(res.status, 422, `${what}: status (${show(res)})`);
  assertHtmlUtf8(res, what);
  assert.ok(textOf(res.body).includes(LOGIN_FAILED), `${what}: the page says "${LOGIN_FAILED}" (${show(res)})`);
  assert.equal(inputValue(res.body, 'username'), username, `${what}: the username typed is kept`);
  const pass = inputs(res.body, 'password');
  assert.equal(pass.length, 1, `${what}: the form has its password field again`);
  assert.ok(!attr(pass[0], 'value'), `${what}: the password field is empty`);
  if (password) assert.ok(!res.body.includes(password), `${what}: the password typed is not in the page`);
  const line = setCookieLine(res, SESSION_COOKIE);
  assert.ok(!line || !cookieValue(mergeCookies('', line), SESSION_COOKIE), `${what}: no session cookie is set (${line})`);
}

// A 403 page of the program with its sentence.
function assertForbidden(res, sentence, what) {
  assert.equal(res.status, 403, `${what}: status (${show(res)})`);
  assertHtmlUtf8(res, what);
  assertSecurityHeaders(res, { what });
  if (sentence) assert.ok(textOf(res.body).includes(sentence), `${what}: the page says "${sentence}" (${show(res)})`);
}

// ---- login ----

test('login: 303 to /admin/, a random 128-bit session cookie (HttpOnly, SameSite=Lax, Path=/admin), only its hash stored', async () => {
  const u = staff({ role: 'front_office' });
  const page = await loginPage();
  assert.equal(page.res.status, 200, `GET ${A}/masuk (${show(page.res)})`);
  assertHtmlUtf8(page.res, 'login page');
  assertSecurityHeaders(page.res, { what: 'login page' });
  assert.equal(inputs(page.res.body, 'username').length, 1, 'the login form has a field "username"');
  const pass = inputs(page.res.body, 'password');
  assert.equal(pass.length, 1, 'the login form has a field "password"');
  assert.equal((attr(pass[0], 'type') || '').toLowerCase(), 'password', 'the password field is type="password"');
  assert.equal(setCookieLine(page.res, SESSION_COOKIE), null, 'the login page itself makes no session');

  const { res, jar } = await loginAttempt(u.username, u.password);
  assertRedirect(res, A + '/', 'login');
  const line = setCookieLine(res, SESSION_COOKIE);
  assert.ok(line, `Set-Cookie ${SESSION_COOKIE} (headers: ${JSON.stringify(res.headers['set-cookie'])})`);
  const id = sessionId(jar);
  assert.match(id || '', /^[0-9a-f]{32}$/, `${SESSION_COOKIE} is 32 lowercase hex (${line})`);
  assert.match(line, /;\s*HttpOnly\s*(;|$)/i, `HttpOnly (${line})`);
  assert.match(line, /;\s*SameSite=Lax\s*(;|$)/i, `SameSite=Lax (${line})`);
  assert.match(line, new RegExp(`;\\s*Path=${esc(BP() + A)}\\s*(;|$)`, 'i'), `Path=${BP()}${A} (${line})`);
  const https = /^https:/i.test(readConfig()['Site.BaseUrl'] || '');
  assert.equal(/;\s*Secure\s*(;|$)/i.test(line), https, `Secure exactly when Site.BaseUrl is https (${line})`);

  const rows = sessionRow(jar);
  assert.equal(rows.length, 1, 'a session row whose id_hash is the SHA-256 hex of the cookie');
  assert.equal(Number(rows[0][0]), u.id, 'the session is the user\'s');
  assert.equal(sql(`SELECT COUNT(*) FROM session WHERE id_hash LIKE ${q('%' + id + '%')}`)[0][0], '0', 'the id itself is not stored');

  const home = await assertLoggedIn(jar, 'after login');
  assertHtmlUtf8(home, 'staff home');
  assertSecurityHeaders(home, { what: 'staff home' });
  assert.ok(textOf(home.body).includes(u.name), `the staff home greets ${u.name} (${show(home)})`);
  assert.ok(inputValue(home.body, 'csrf'), 'the staff home has a csrf token (logout form)');
  assert.equal((await staffGet(jar, A)).status, 200, `GET ${A} (no slash) with the session`);
  assertRedirect(await staffGet(jar, A + '/masuk'), A + '/', 'the login page when logged in already');
});

test('wrong password and unknown user: 422 with the same message, username kept, password never echoed', async () => {
  const u = staff({ role: 'sekretaris' });
  const wrong = pw();
  const a = await loginAttempt(u.username, wrong);
  assertLoginRefused(a.res, u.username, wrong, 'wrong password');
  const ghost = testUsername();
  const b = await loginAttempt(ghost, u.password);
  assertLoginRefused(b.res, ghost, u.password, 'unknown user');
  assert.equal(textOf(a.res.body).split(u.username).join('X'), textOf(b.res.body).split(ghost).join('X'),
    'the two refusals read the same: nothing tells an unknown user from a wrong password');
  const empty = await loginAttempt(u.username, '');
  assert.equal(empty.res.status, 422, `empty password: ${show(empty.res)}`);
  assert.equal(sessionsOf(u.id), 0, 'no session was made');
});

test('throttling: after 5 failures for one account, 429 even with the right password; other accounts unaffected', async () => {
  const conf = readConfig();
  const max = Number(conf['Limits.LoginUser'] || 5);
  const u = staff({ role: 'front_office' });
  const other = staff({ role: 'back_office' });
  resetAttempts();
  try {
    for (let i = 0; i < max; i++) {
      const wrong = pw();
      const r = await loginAttempt(u.username, wrong);
      assertLoginRefused(r.res, u.username, wrong, `failure ${i + 1} of ${max}`);
    }
    const r = await loginAttempt(u.username, u.password);
    assert.equal(r.res.status, 429, `after ${max} failures the right password gets 429 (${show(r.res)})`);
    assertHtmlUtf8(r.res, '429');
    assert.ok(!r.res.body.includes(u.password), '429: the password is not in the page');
    assert.equal(sessionId(r.jar), null, '429: no session cookie');
    assert.equal(sessionsOf(u.id), 0, '429: no session row');
    await login(other.username, other.password);
  } finally {
    resetAttempts();
  }
  await login(u.username, u.password);
});

test('throttling: after 20 failures from one address, 429 for every account', async () => {
  const max = Number(readConfig()['Limits.LoginAddr'] || 20);
  const u = staff({ role: 'kepala_dinas' });
  resetAttempts();
  try {
    for (let i = 0; i < max; i++) {
      const name = testUsername();
      const r = await loginAttempt(name, 'bukan-sandinya');
      assert.equal(r.res.status, 422, `failure ${i + 1} of ${max} (unknown user ${name}): ${show(r.res)}`);
    }
    const r = await loginAttempt(u.username, u.password);
    assert.equal(r.res.status, 429, `after ${max} failures from this address: ${show(r.res)}`);
    assert.equal(sessionsOf(u.id), 0, 'no session row');
  } finally {
    resetAttempts();
  }
  await login(u.username, u.password);
});

// ---- sessions ----

test('session fixation: a session id set by the client before login is not honoured, and login makes a new one', async () => {
  const u = staff({ role: 'back_office' });
  const planted = randomHex(16);
  const fixed = `${SESSION_COOKIE}=${planted}`;
  assertRedirect(await staffGet(fixed, A + '/'), A + '/masuk', 'a made-up session id');
  const { res, jar } = await loginAttempt(u.username, u.password, { jar: fixed });
  assertRedirect(res, A + '/', 'login with a planted session cookie');
  assert.ok(setCookieLine(res, SESSION_COOKIE), 'login sets its own session cookie');
  assert.notEqual(sessionId(jar), planted, 'the id after login is not the one the client had');
  assert.match(sessionId(jar), /^[0-9a-f]{32}$/);
  assert.equal(sql(`SELECT COUNT(*) FROM session WHERE id_hash = ${q(sha256hex(planted))}`)[0][0], '0', 'the planted id is stored nowhere');
  await assertLoggedIn(jar, 'the new id');
  assertRedirect(await staffGet(fixed, A + '/'), A + '/masuk', 'the planted id after the login');
  const again = await login(u.username, u.password);
  assert.notEqual(sessionId(again), sessionId(jar), 'every login gets a new id');
});

test('logout: needs the csrf token; POST /admin/keluar ends the session, deletes the row and expires the cookie', async () => {
  const u = staff({ role: 'kepala_dinas' });
  const jar = await login(u.username, u.password);
  const token = await staffCsrf(jar);
  assert.ok(token, 'a csrf token on the staff pages');
  assertForbidden(await staffPost(jar, A + '/keluar', {}, { csrf: null }), null, 'logout without the csrf token');
  await assertLoggedIn(jar, 'after a logout without token');
  const out = await staffPost(jar, A + '/keluar', {}, { csrf: token });
  assertRedirect(out, A + '/masuk', 'logout');
  const line = setCookieLine(out, SESSION_COOKIE);
  assert.ok(line, 'logout sends Set-Cookie for the session cookie');
  assert.equal(sessionId(mergeCookies(jar, out.headers['set-cookie'])), null, `the cookie is expired (${line})`);
  assert.equal(sessionRow(jar).length, 0, 'the session row is deleted');
  await assertLoggedOut(jar, 'after logout');
  assertForbidden(await staffPost(jar, A + '/keluar', {}, { csrf: token }), SESSION_ENDED, 'a POST with the old session');
});

test('idle expiry: 29 minutes idle is fine, 31 minutes ends the session', async () => {
  const u = staff({ role: 'front_office' });
  const jar = await login(u.username, u.password);
  const h = q(sha256hex(sessionId(jar)));
  sql(`UPDATE session SET seen_at = seen_at - INTERVAL 29 MINUTE WHERE id_hash = ${h}`);
  await assertLoggedIn(jar, '29 minutes idle');
  sql(`UPDATE session SET seen_at = seen_at - INTERVAL 31 MINUTE WHERE id_hash = ${h}`);
  await assertLoggedOut(jar, '31 minutes idle');
  await assertLoggedOut(jar, '31 minutes idle, asked again');
});

test('absolute expiry: a session 11 hours old lives, 13 hours old is gone even if used a moment ago', async () => {
  const u = staff({ role: 'sekretaris' });
  const jar = await login(u.username, u.password);
  const h = q(sha256hex(sessionId(jar)));
  sql(`UPDATE session SET created_at = created_at - INTERVAL 11 HOUR WHERE id_hash = ${h}`);
  await assertLoggedIn(jar, '11 hours old');
  sql(`UPDATE session SET created_at = created_at - INTERVAL 2 HOUR, seen_at = NOW() WHERE id_hash = ${h}`);
  await assertLoggedOut(jar, '13 hours old');
});

test('disabling a user ends their session and refuses their login with the same 422; enabling lets them in again', async () => {
  const u = staff({ role: 'sekretaris' });
  const ujar = await login(u.username, u.password);
  const ajar = await login(admin.username, admin.password);
  const page = await staffGet(ajar, `${A}/pengguna/${u.id}`);
  assert.equal(page.status, 200, `GET ${A}/pengguna/${u.id}: ${show(page)}`);
  assert.ok(page.body.includes(u.username), 'the user page shows the username');
  const csrf = inputValue(page.body, 'csrf');
  assertRedirect(await staffPost(ajar, `${A}/pengguna/${u.id}/status`, { aktif: '0' }, { csrf }),
    `${A}/pengguna/${u.id}?pesan=status`, 'disable');
  assert.ok(staffRow(u.id).disabled_at, 'staff.disabled_at is set');
  assert.equal(sessionsOf(u.id), 0, 'the user\'s sessions are deleted');
  await assertLoggedOut(ujar, 'the disabled user\'s session');
  const r = await loginAttempt(u.username, u.password);
  assertLoginRefused(r.res, u.username, u.password, 'login of a disabled user');
  assert.ok(textOf(r.res.body).includes(LOGIN_FAILED));

  const self = await staffPost(ajar, `${A}/pengguna/${admin.id}/status`, { aktif: '0' });
  assert.equal(self.status, 422, `an admin disabling themself: ${show(self)}`);
  assert.equal(staffRow(admin.id).disabled_at, null, 'the admin is still enabled');
  await assertLoggedIn(ajar, 'the admin after trying to disable themself');

  assertRedirect(await staffPost(ajar, `${A}/pengguna/${u.id}/status`, { aktif: '1' }),
    `${A}/pengguna/${u.id}?pesan=status`, 'enable');
  assert.equal(staffRow(u.id).disabled_at, null, 'disabled_at is cleared');
  resetAttempts();
  await login(u.username, u.password);
  const list = await staffGet(ajar, A + '/pengguna');
  assert.equal(list.status, 200, `GET ${A}/pengguna: ${show(list)}`);
  assert.ok(textOf(list.body).includes(u.username) && textOf(list.body).includes(u.name), 'the list of users shows the user');
});

// ---- passwords ----

test('changing one\'s own password: wrong old, mismatch, too short, the username, too long -> 422; success ends the other sessions', async () => {
  const u = staff({ role: 'back_office' });
  let jar = await login(u.username, u.password);
  const other = await login(u.username, u.password);
  const page = await staffGet(jar, A + '/sandi');
  assert.equal(page.status, 200, `GET ${A}/sandi: ${show(page)}`);
  for (const f of ['sandi_lama', 'sandi_baru', 'sandi_ulang']) {
    const el = inputs(page.body, f);
    assert.equal(el.length, 1, `the form has a field ${f}`);
    assert.equal((attr(el[0], 'type') || '').toLowerCase(), 'password', `${f} is type="password"`);
  }
  assert.ok(!textOf(page.body).includes('Anda harus mengganti kata sandi'), 'a user who need not change is not told to');
  const hash0 = hashOf(u.id);
  const fresh = pw();
  const long = 'a'.repeat(129);
  const cases = [
    ['a wrong old password', { sandi_lama: 'salah-' + u.password, sandi_baru: fresh, sandi_ulang: fresh }],
    ['two different new passwords', { sandi_lama: u.password, sandi_baru: fresh, sandi_ulang: fresh + 'x' }],
    ['a new password of 9 characters', { sandi_lama: u.password, sandi_baru: 'Abcdefgh9', sandi_ulang: 'Abcdefgh9' }],
    ['the username as the new password', { sandi_lama: u.password, sandi_baru: u.username, sandi_ulang: u.username }],
    ['a new password of 129 bytes', { sandi_lama: u.password, sandi_baru: long, sandi_ulang: long }],
  ];
  for (const [what, fields] of cases) {
    const res = await staffPost(jar, A + '/sandi', fields);
    assert.equal(res.status, 422, `${what}: ${show(res)}`);
    for (const f of ['sandi_lama', 'sandi_baru', 'sandi_ulang']) {
      assert.equal(inputs(res.body, f).length, 1, `${what}: the form comes back with ${f}`);
      assert.ok(!attr(inputs(res.body, f)[0], 'value'), `${what}: ${f} is empty`);
    }
    assert.ok(!res.body.includes(u.password) && !res.body.includes(fresh) && !res.body.includes(long), `${what}: no password in the page`);
    assert.equal(hashOf(u.id), hash0, `${what}: the password is unchanged`);
  }
  const ok = await staffPost(jar, A + '/sandi', { sandi_lama: u.password, sandi_baru: fresh, sandi_ulang: fresh });
  assertRedirect(ok, A + '/?pesan=sandi', 'password changed');
  jar = mergeCookies(jar, ok.headers['set-cookie']);
  await assertLoggedIn(jar, 'the session that changed the password');
  await assertLoggedOut(other, 'another session of the same user');
  const hash = hashOf(u.id);
  assert.notEqual(hash, hash0, 'a new hash');
  assert.ok(hash.startsWith('$y$') && !hash.includes(fresh), `yescrypt, not the password (${hash.slice(0, 8)}...)`);
  const old = await loginAttempt(u.username, u.password);
  assertLoginRefused(old.res, u.username, u.password, 'the old password');
  await login(u.username, fresh);
});

test('an administrator creates a user with a first password: the user is sent to /admin/sandi until they choose their own', async () => {
  const ajar = await login(admin.username, admin.password);
  const page = await staffGet(ajar, A + '/pengguna/baru');
  assert.equal(page.status, 200, `GET ${A}/pengguna/baru: ${show(page)}`);
  for (const f of ['username', 'nama', 'nip', 'pangkat', 'jabatan', 'sandi']) {
    assert.equal(inputs(page.body, f).length, 1, `the form has a field ${f}`);
  }
  const roles = selectOptions(page.body, 'peran');
  assert.ok(roles, 'a <select name="peran">');
  assert.deepEqual(ROLES.filter((r) => !roles.some((o) => o.value === r)), [], 'every role can be chosen');
  assert.ok(selectOptions(page.body, 'unit'), 'a <select name="unit">');

  const username = testUsername();
  const first = pw();
  const fields = { username, nama: 'Rina Uji Pertama', nip: '198706152010012003', pangkat: 'Penata Muda (III/a)', jabatan: 'Analis Kebijakan', peran: 'admin', unit: '', sandi: first };
  const r = await staffPost(ajar, A + '/pengguna/baru', fields, { csrf: inputValue(page.body, 'csrf') });
  assert.equal(r.status, 303, `create: ${show(r)}`);
  const m = (locationPath(r) || '').match(new RegExp(`^${esc(BP() + A)}/pengguna/(\\d+)\\?pesan=dibuat$`));
  assert.ok(m, `Location is ${A}/pengguna/ID?pesan=dibuat (got ${r.headers.location})`);
  const id = Number(m[1]);
  assert.deepEqual(staffRow(id), { username, name: fields.nama, nip: fields.nip, rank: fields.pangkat, position: fields.jabatan, role: 'admin', unit_id: null, must_change: '1', disabled_at: null });
  const hash = hashOf(id);
  assert.ok(hash.startsWith('$y$') && !hash.includes(first), 'the first password is stored as yescrypt');
  const edit = await staffGet(ajar, `${A}/pengguna/${id}`);
  assert.equal(edit.status, 200);
  for (const [f, v] of [['nama', fields.nama], ['nip', fields.nip], ['pangkat', fields.pangkat], ['jabatan', fields.jabatan]]) {
    assert.equal(inputValue(edit.body, f), v, `the edit form shows ${f}`);
  }
  assert.ok(!edit.body.includes(first), 'the first password is not shown again');

  const { res, jar: j0 } = await loginAttempt(username, first);
  assertRedirect(res, A + '/sandi', 'login with the first password');
  let jar = j0;
  for (const p of [A, A + '/', A + '/pengguna', A + '/pengguna/baru', `${A}/pengguna/${id}`, A + '/unit']) {
    assertRedirect(await staffGet(jar, p), A + '/sandi', `GET ${p} before choosing a password`);
  }
  const sandi = await staffGet(jar, A + '/sandi');
  assert.equal(sandi.status, 200, `GET ${A}/sandi while it must be changed`);
  assert.ok(textOf(sandi.body).includes('Anda harus mengganti kata sandi sebelum melanjutkan.'), `the page says why (${show(sandi)})`);
  const mine = pw();
  const ok = await staffPost(jar, A + '/sandi', { sandi_lama: first, sandi_baru: mine, sandi_ulang: mine }, { csrf: inputValue(sandi.body, 'csrf') });
  assertRedirect(ok, A + '/?pesan=sandi', 'choosing one\'s own password');
  jar = mergeCookies(jar, ok.headers['set-cookie']);
  await assertLoggedIn(jar, 'after choosing a password');
  assert.equal((await staffGet(jar, A + '/pengguna')).status, 200, 'the new admin opens the list of users');
  assert.equal(staffRow(id).must_change, '0', 'must_change_password is cleared');
  assertRedirect((await loginAttempt(username, mine)).res, A + '/', 'the next login goes home');
});

test('creating a user: bad fields are refused with 422, what was typed kept, no account made', async () => {
  const ajar = await login(admin.username, admin.password);
  const good = () => ({ username: testUsername(), nama: 'Budi Uji Tolak', nip: '', pangkat: '', jabatan: '', peran: 'front_office', unit: '', sandi: pw() });
  const cases = [
    ['a username taken', { username: admin.username }],
    ['a username of 2 characters', { username: 'uj' }],
    ['a username with a space', { username: 'uji ' + randomHex(2) }],
    ['a username of 33 characters', { username: 'uji' + 'a'.repeat(30) }],
    ['no name', { nama: '' }],
    ['a NIP of 5 digits', { nip: '12345' }],
    ['an unknown role', { peran: 'raja' }],
    ['an unknown unit', { unit: '999999999' }],
    ['a first password of 9 characters', { sandi: 'Abcdefgh9' }],
  ];
  for (const [what, over] of cases) {
    const fields = Object.assign(good(), over);
    const before = staffCount();
    const res = await staffPost(ajar, A + '/pengguna/baru', fields);
    assert.equal(res.status, 422, `${what}: ${show(res)}`);
    assert.equal(staffCount(), before, `${what}: no account made`);
    if (fields.nama) assert.equal(inputValue(res.body, 'nama'), fields.nama, `${what}: the name typed is kept`);
    assert.ok(!res.body.includes(fields.sandi), `${what}: the password typed is not in the page`);
  }
});

test('an administrator edits a user (name, NIP, rank, position, role, unit); an unknown id is 404', async () => {
  const u = staff({ role: 'front_office' });
  const sfx = randomHex(4);
  const bidang = addUnit('bidang', `Bidang Uji Edit ${sfx}`);
  const seksi = addUnit('seksi', `Seksi Uji Edit ${sfx}`, bidang);
  const ajar = await login(admin.username, admin.password);
  const hash0 = hashOf(u.id);
  const fields = { nama: 'Sari Uji Diubah', nip: '199001012015031001', pangkat: 'Penata (III/c)', jabatan: 'Kepala Seksi', peran: 'kasi', unit: String(seksi) };
  assertRedirect(await staffPost(ajar, `${A}/pengguna/${u.id}`, fields), `${A}/pengguna/${u.id}?pesan=disimpan`, 'edit');
  const row = staffRow(u.id);
  assert.deepEqual([row.name, row.nip, row.rank, row.position, row.role, row.unit_id],
    [fields.nama, fields.nip, fields.pangkat, fields.jabatan, 'kasi', String(seksi)]);
  assert.equal(row.username, u.username, 'the username is unchanged');
  assert.equal(hashOf(u.id), hash0, 'the password is unchanged');
  const bad = await staffPost(ajar, `${A}/pengguna/${u.id}`, Object.assign({}, fields, { nip: '1990' }));
  assert.equal(bad.status, 422, `a bad NIP: ${show(bad)}`);
  assert.equal(staffRow(u.id).nip, fields.nip, 'a refused edit changes nothing');
  assert.equal((await staffGet(ajar, A + '/pengguna/999999999')).status, 404, 'an unknown user id');
  assert.equal((await staffPost(ajar, A + '/pengguna/999999999/status', { aktif: '0' })).status, 404, 'status of an unknown user');
});

test('an administrator resets a password: the user\'s sessions end and they must choose a new one', async () => {
  const u = staff({ role: 'kepala_dinas' });
  const ujar = await login(u.username, u.password);
  const ajar = await login(admin.username, admin.password);
  const short = await staffPost(ajar, `${A}/pengguna/${u.id}/sandi`, { sandi: 'pendek' });
  assert.equal(short.status, 422, `a reset to a short password: ${show(short)}`);
  await assertLoggedIn(ujar, 'after a refused reset');
  const given = pw();
  assertRedirect(await staffPost(ajar, `${A}/pengguna/${u.id}/sandi`, { sandi: given }), `${A}/pengguna/${u.id}?pesan=sandi`, 'reset');
  assert.equal(sessionsOf(u.id), 0, 'the user\'s sessions are deleted');
  await assertLoggedOut(ujar, 'the user\'s session after the reset');
  assert.equal(staffRow(u.id).must_change, '1', 'the user must change the password');
  const hash = hashOf(u.id);
  assert.ok(hash.startsWith('$y$') && !hash.includes(given), 'yescrypt');
  assertLoginRefused((await loginAttempt(u.username, u.password)).res, u.username, u.password, 'the old password after a reset');
  assertRedirect((await loginAttempt(u.username, given)).res, A + '/sandi', 'the given password leads to /admin/sandi');
  await assertLoggedIn(ajar, 'the admin\'s own session');
});

// ---- units ----

test('units: an administrator creates a bidang and a seksi under it (a seksi needs a bidang), lists and edits them', async () => {
  const ajar = await login(admin.username, admin.password);
  const sfx = randomHex(4);
  const bidang = `Bidang Uji ${sfx}`;
  const seksi = `Seksi Uji ${sfx}`;
  const unitId = (kind, name) => { const r = sql(`SELECT id FROM unit WHERE kind = ${q(kind)} AND name = ${q(name)}`); return r.length ? Number(r[0][0]) : null; };
  const list = await staffGet(ajar, A + '/unit');
  assert.equal(list.status, 200, `GET ${A}/unit: ${show(list)}`);
  assert.ok(inputs(list.body, 'nama').length === 1, 'the create form has a field nama');

  assertRedirect(await staffPost(ajar, A + '/unit', { jenis: 'bidang', nama: bidang, induk: '' }), A + '/unit?pesan=dibuat', 'create a bidang');
  const bid = unitId('bidang', bidang);
  assert.ok(bid, 'the bidang is stored');
  assert.deepEqual(sql(`SELECT parent_id, active FROM unit WHERE id = ${bid}`)[0], [null, '1']);

  const orphan = await staffPost(ajar, A + '/unit', { jenis: 'seksi', nama: seksi, induk: '' });
  assert.equal(orphan.status, 422, `a seksi without a bidang: ${show(orphan)}`);
  assert.equal(unitId('seksi', seksi), null, 'no seksi stored');
  assert.equal(inputValue(orphan.body, 'nama'), seksi, 'the name typed is kept');

  assertRedirect(await staffPost(ajar, A + '/unit', { jenis: 'seksi', nama: seksi, induk: String(bid) }), A + '/unit?pesan=dibuat', 'create a seksi');
  const sid = unitId('seksi', seksi);
  assert.ok(sid, 'the seksi is stored');
  assert.equal(sql(`SELECT parent_id FROM unit WHERE id = ${sid}`)[0][0], String(bid), 'its bidang');

  const under = await staffPost(ajar, A + '/unit', { jenis: 'seksi', nama: `${seksi} Dua`, induk: String(sid) });
  assert.equal(under.status, 422, `a seksi under a seksi: ${show(under)}`);
  const twice = await staffPost(ajar, A + '/unit', { jenis: 'bidang', nama: bidang, induk: '' });
  assert.equal(twice.status, 422, `a bidang of the same name: ${show(twice)}`);
  const noname = await staffPost(ajar, A + '/unit', { jenis: 'bidang', nama: '', induk: '' });
  assert.equal(noname.status, 422, `a unit without a name: ${show(noname)}`);

  const after = await staffGet(ajar, A + '/unit');
  assert.ok(textOf(after.body).includes(bidang) && textOf(after.body).includes(seksi), 'the list shows both units');
  const parents = selectOptions(after.body, 'induk');
  assert.ok(parents && parents.some((o) => o.value === String(bid) && o.label.includes(bidang)), 'the bidang can be chosen as induk');
  assert.ok(!parents.some((o) => o.value === String(sid)), 'a seksi cannot be chosen as induk');

  const form = await staffGet(ajar, `${A}/unit/${sid}`);
  assert.equal(form.status, 200, `GET ${A}/unit/${sid}: ${show(form)}`);
  assert.equal(inputValue(form.body, 'nama'), seksi, 'the edit form shows the name');
  const sel = selectOptions(form.body, 'induk');
  assert.ok(sel && sel.some((o) => o.value === String(bid) && o.selected), 'the edit form has its bidang selected');

  const renamed = `${seksi} Baru`;
  assertRedirect(await staffPost(ajar, `${A}/unit/${sid}`, { nama: renamed, induk: String(bid), aktif: '1' }), A + '/unit?pesan=disimpan', 'edit the seksi');
  assert.deepEqual(sql(`SELECT name, parent_id, active FROM unit WHERE id = ${sid}`)[0], [renamed, String(bid), '1']);
  const lost = await staffPost(ajar, `${A}/unit/${sid}`, { nama: renamed, induk: '', aktif: '1' });
  assert.equal(lost.status, 422, `a seksi edited without a bidang: ${show(lost)}`);
  assert.equal(sql(`SELECT parent_id FROM unit WHERE id = ${sid}`)[0][0], String(bid), 'still under its bidang');

  const userForm = await staffGet(ajar, A + '/pengguna/baru');
  const units = selectOptions(userForm.body, 'unit') || [];
  assert.ok(units.some((o) => o.value === String(sid) && o.label === `${renamed} — ${bidang}`),
    `the user form offers the seksi as "${renamed} — ${bidang}" (options: ${JSON.stringify(units.slice(-5))})`);
  assert.ok(units.some((o) => o.value === String(bid) && o.label === bidang), `the user form offers the bidang as "${bidang}"`);

  const spare = addUnit('bidang', `Bidang Uji Lepas ${sfx}`);
  assertRedirect(await staffPost(ajar, `${A}/unit/${spare}`, { nama: `Bidang Uji Lepas ${sfx}`, induk: '', aktif: '0' }), A + '/unit?pesan=disimpan', 'deactivate a bidang');
  assert.equal(sql(`SELECT active FROM unit WHERE id = ${spare}`)[0][0], '0', 'unit.active = 0');
  assert.equal((await staffGet(ajar, A + '/unit/999999999')).status, 404, 'an unknown unit id');
});

// ---- CSRF and missing sessions ----

test('a staff POST without the csrf token, with a forged one or with another session\'s is 403, and changes nothing', async () => {
  const ajar = await login(admin.username, admin.password);
  const other = await login(admin.username, admin.password);
  const nama = `Bidang Tanpa Token ${randomHex(4)}`;
  const count = () => sql(`SELECT COUNT(*) FROM unit WHERE name = ${q(nama)}`)[0][0];
  for (const [what, csrf] of [['no token', null], ['a forged token', randomHex(40)], ['another session\'s token', await staffCsrf(other)]]) {
    assertForbidden(await staffPost(ajar, A + '/unit', { jenis: 'bidang', nama }, { csrf }), null, what);
    assert.equal(count(), '0', `${what}: no unit made`);
  }
  const u = staff({ role: 'front_office' });
  const page = await loginPage();
  const res = await postForm(page.jar, A + '/masuk', { username: u.username, password: u.password });
  assert.equal(res.status, 403, `login without the csrf token: ${show(res)}`);
  assert.equal(sessionsOf(u.id), 0, 'no session made');
});

test('a POST to a staff route without a session is 403 "Sesi Anda telah berakhir"', async () => {
  const page = await loginPage();
  for (const p of [A + '/keluar', A + '/sandi', A + '/unit', A + '/pengguna/baru', `${A}/pengguna/${admin.id}/status`]) {
    const res = await postForm(page.jar, p, { csrf: page.csrf, aktif: '0', jenis: 'bidang', nama: 'x' });
    assertForbidden(res, SESSION_ENDED, `POST ${p} without a session`);
  }
  assert.equal(staffRow(admin.id).disabled_at, null, 'nothing changed');
});

// ---- the tool and the stored passwords ----

test('sibina-user: usage 2, refusals 1 (taken name, short password), password sets a new one; its accounts need no change', async () => {
  assert.equal(sibinaUser([]).status, 2, 'no arguments: usage, exit 2');
  const u = staff({ role: 'front_office' });
  assert.equal(staffRow(u.id).must_change, '0', 'an account made by the tool needs no password change');
  assertRedirect((await loginAttempt(u.username, u.password)).res, A + '/', 'its login goes home');
  const taken = sibinaUser(['add', u.username, '--role', 'front_office', '--name', 'Lagi'], pw() + '\n');
  assert.equal(taken.status, 1, `a taken username: exit 1 (${taken.stderr})`);
  assert.equal(taken.stderr.trim().split('\n').length, 1, `one line on stderr (${taken.stderr})`);
  const name = testUsername();
  const short = sibinaUser(['add', name, '--role', 'front_office', '--name', 'Pendek'], 'pendek\n');
  assert.equal(short.status, 1, `a short password: exit 1 (${short.stderr})`);
  assert.equal(sql(`SELECT COUNT(*) FROM staff WHERE username = ${q(name)}`)[0][0], '0', 'no account made');
  const badRole = sibinaUser(['add', testUsername(), '--role', 'raja', '--name', 'Raja'], pw() + '\n');
  assert.notEqual(badRole.status, 0, 'an unknown role is refused');
  const next = pw();
  const r = sibinaUser(['password', u.username], next + '\n');
  assert.equal(r.status, 0, `sibina-user password: ${r.stderr}`);
  assert.ok(hashOf(u.id).startsWith('$y$') && !hashOf(u.id).includes(next), 'yescrypt');
  assert.equal((await loginAttempt(u.username, next)).res.status, 303, 'the new password works');
  assert.equal((await loginAttempt(u.username, u.password)).res.status, 422, 'the old one does not');
});

test('stored passwords are yescrypt ($y$) and never the password; no typed password reaches the app\'s log', () => {
  const rows = sql('SELECT username, password_hash FROM staff WHERE username LIKE \'uji%\'');
  assert.ok(rows.length > 0);
  for (const [name, hash] of rows) {
    assert.ok(hash.startsWith('$y$'), `${name}: the hash is yescrypt (${hash.slice(0, 6)}...)`);
    for (const p of typed) assert.ok(!hash.includes(p), `${name}: the hash holds no password`);
  }
  const logFile = process.env.SIBINA_LOG || readConfig()['Paths.Log'];
  if (logFile && fs.existsSync(logFile)) {
    const log = fs.readFileSync(logFile, 'utf8');
    for (const p of typed) assert.ok(!log.includes(p), `the password ${p.slice(0, 6)}... is not in ${logFile}`);
  }
});
