// The authorisation matrix of the staff area (issue 4): every route of the admin program's
// route table (src/main_admin.c), asked by a logged-in user of every role and by an anonymous
// browser, is allowed or denied as MATRIX says. A route without an entry here fails the test,
// and so does an entry without a route: a new route must be added to the matrix.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  sql, q, readConfig, textOf, elements, attr, decodeEntities, selectOptions, exclusive, resetAttempts,
  ROLES, SESSION_ENDED, NOT_ALLOWED, randomHex, locationPath, postForm, staffGet, staffCsrf,
  loginPage, loginAttempt, addStaff, addUnit, submitValid, requestIdOf, attachmentsOf, LANE_ROLES, ACT_DENIED,
} = require('./lib.js');

exclusive();
before(resetAttempts);
after(resetAttempts);

const ROUTES_FILE = path.join(process.env.SIBINA_ROOT || path.join(__dirname, '..', '..'), 'src', 'main_admin.c');

// "METHOD /pattern" of every entry of the routes[] table, a parameter written ":id" whatever its name.
function routeTable() {
  const text = fs.readFileSync(ROUTES_FILE, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const m = text.match(/\broutes\s*\[\s*\]\s*=\s*\{([\s\S]*?)\n\s*\}\s*;/);
  assert.ok(m, `${ROUTES_FILE} has a table "routes[] = { ... };"`);
  return [...m[1].matchAll(/\{\s*"([A-Z]+)"\s*,\s*"([^"]+)"/g)].map((r) => `${r[1]} ${r[2].replace(/:[A-Za-z_][A-Za-z0-9_]*/g, ':id')}`);
}

const STAFF = ROLES;
const ADMIN = ['admin'];
const LANE = LANE_ROLES;

// Who may use each route: `roles` (logged in), `anonymous`; `body` is what a POST sends (kept
// harmless: an empty or refused form, or the status of a throwaway account; a function gives
// the entries when sent); `fresh` routes end or replace the session, so each request uses a
// session of its own.
const MATRIX = {
  'GET /admin/masuk': { roles: STAFF, anonymous: true },
  'POST /admin/masuk': { roles: STAFF, anonymous: true, body: { username: '', password: '' }, fresh: true },
  // Logging out is answered with 303 to the login page.
  'POST /admin/keluar': { roles: STAFF, fresh: true, answer: function loggedOut(res) { return toLogin(res); } },
  'GET /admin': { roles: STAFF },
  'GET /admin/': { roles: STAFF },
  'GET /admin/sandi': { roles: STAFF },
  'POST /admin/sandi': { roles: STAFF, body: { sandi_lama: '', sandi_baru: '', sandi_ulang: '' } },
  'GET /admin/pengguna': { roles: ADMIN },
  'GET /admin/pengguna/baru': { roles: ADMIN },
  'POST /admin/pengguna/baru': { roles: ADMIN, body: {} },
  'GET /admin/pengguna/:id': { roles: ADMIN },
  'POST /admin/pengguna/:id': { roles: ADMIN, body: {} },
  'POST /admin/pengguna/:id/sandi': { roles: ADMIN, body: { sandi: '' } },
  'POST /admin/pengguna/:id/status': { roles: ADMIN, body: { aktif: '0' } },
  'GET /admin/unit': { roles: ADMIN },
  'POST /admin/unit': { roles: ADMIN, body: {} },
  'GET /admin/unit/:id': { roles: ADMIN },
  'POST /admin/unit/:id': { roles: ADMIN, body: {} },
  // The standard in versions: the admin's POST is the form as shown, unchanged, refused with 422
  // ("Tidak ada perubahan"), so that no version is made.
  'GET /admin/standar': { roles: ADMIN },
  'GET /admin/standar/:id': { roles: ADMIN },
  'POST /admin/standar/:id': { roles: ADMIN, body: () => unchangedStandard(),
    answer: function refusedUnchanged(res) { return res.status === 422; } },
  // The working calendar (issue 5): the admin's POSTs are empty forms, refused with 422 (a week
  // without a working day, a holiday without a date, no file); the day removed has no holiday
  // (404). calendar.test.js checks the rest.
  'GET /admin/kalender': { roles: ADMIN },
  'POST /admin/kalender/jam': { roles: ADMIN, body: {}, answer: function refusedEmpty(res) { return res.status === 422; } },
  'POST /admin/kalender/libur': { roles: ADMIN, body: {}, answer: function refusedEmpty(res) { return res.status === 422; } },
  'POST /admin/kalender/libur/:id/hapus': { roles: ADMIN, answer: function noSuchHoliday(res) { return res.status === 404; } },
  'POST /admin/kalender/impor': { roles: ADMIN, body: {}, answer: function refusedEmpty(res) { return res.status === 422; } },
  // The cases (part B): every lane role passes the route's gate. A Kepala Bidang or Kasi gets
  // 404 for a case outside their unit (allowed by the gate: workflow.test.js checks the rest).
  'GET /admin/permohonan': { roles: LANE },
  'GET /admin/permohonan/:id': { roles: LANE },
  // An act without versi and aksi changes nothing; past the gate it is refused by the step's
  // rules (403 "tidak dapat melakukan tindakan", 404, 409 or 422), never by the role gate.
  'POST /admin/permohonan/:id': { roles: LANE, body: {}, answer: function pastTheGate(res) { return pastGate(res); } },
  'GET /admin/berkas/:id': { roles: LANE },
  // The case's documents (a case before its step may have none: 404, past the gate).
  'GET /admin/permohonan/:id/lembar-disposisi': { roles: LANE },
  'GET /admin/permohonan/:id/surat-tugas': { roles: LANE },
  'GET /admin/permohonan/:id/laporan': { roles: LANE },
  // The same documents as PDF downloads (documents.test.js checks their content).
  'GET /admin/permohonan/:id/lembar-disposisi.pdf': { roles: LANE },
  'GET /admin/permohonan/:id/surat-tugas.pdf': { roles: LANE },
  'GET /admin/permohonan/:id/laporan.pdf': { roles: LANE },
  // Exports (export.test.js checks the files and who may have the agenda book): the form, and
  // the download, which without a query is the form again with 422, past the gate.
  'GET /admin/ekspor': { roles: LANE },
  'GET /admin/ekspor/unduh': { roles: LANE, answer: function formAgain(res) { return res.status === 422; } },
  // The dashboard (stats.test.js checks its figures): the office's leaders and the administrator.
  'GET /admin/dasbor': { roles: ['sekretaris', 'kepala_dinas', 'kepala_bidang', 'admin'] },
  // Complaints (complaint.test.js checks the rest): the Sekretaris, the Kepala Dinas and the
  // administrator. A change without versi is refused with 400, past the gate, changing nothing.
  'GET /admin/pengaduan': { roles: ['sekretaris', 'kepala_dinas', 'admin'] },
  'GET /admin/pengaduan/:id': { roles: ['sekretaris', 'kepala_dinas', 'admin'] },
  'POST /admin/pengaduan/:id/jawab': { roles: ['sekretaris', 'kepala_dinas', 'admin'], body: {},
    answer: function refusedNoVersion(res) { return res.status === 400; } },
  'POST /admin/pengaduan/:id/tutup': { roles: ['sekretaris', 'kepala_dinas', 'admin'], body: {},
    answer: function refusedNoVersion(res) { return res.status === 400; } },
};

// An answer of a route that let the user in: not the login page, not the role gate's 403, no 5xx.
function pastGate(res) {
  if (toLogin(res) || res.status >= 500) return false;
  if (res.status === 403) return textOf(res.body).includes(ACT_DENIED) && !textOf(res.body).includes(NOT_ALLOWED);
  return true;
}

let ROUTES = [];
let routesError = null;
try {
  ROUTES = routeTable();
} catch (e) {
  routesError = e;
}
const BP = () => readConfig()['Site.BasePath'] || '';

test('every route of src/main_admin.c has an entry in the matrix, and every entry a route', () => {
  if (routesError) throw routesError;
  assert.ok(ROUTES.length > 0, `routes found in ${ROUTES_FILE}`);
  assert.deepEqual(ROUTES.filter((r, i) => ROUTES.indexOf(r) !== i), [], 'no route twice in the table');
  assert.deepEqual(ROUTES.filter((r) => !MATRIX[r]), [], 'routes without an entry: add them to MATRIX in tests/http/authz.test.js');
  assert.deepEqual(Object.keys(MATRIX).filter((k) => !ROUTES.includes(k)), [], 'entries of MATRIX without a route in src/main_admin.c');
});

// One account per role (a Kepala Bidang in a bidang, a Kasi in a seksi of it), logged in; a
// throwaway account and unit for the ":id" routes.
const who = {};
const ids = {};
before(async () => {
  const sfx = randomHex(4);
  const bidang = `Bidang Matriks ${sfx}`;
  const seksi = `Seksi Matriks ${sfx}`;
  const bid = addUnit('bidang', bidang);
  addUnit('seksi', seksi, bid);
  for (const role of ROLES) {
    const unit = role === 'kepala_bidang' ? bidang : role === 'kasi' ? seksi : null;
    const u = addStaff({ role, unit });
    const { res, jar } = await loginAttempt(u.username, u.password);
    assert.equal(res.status, 303, `login as ${role}: ${res.status} ${textOf(res.body).slice(0, 200)}`);
    who[role] = { user: u, jar, csrf: await staffCsrf(jar) };
    assert.ok(who[role].csrf, `${role}: a csrf token from ${'/admin/sandi'}`);
  }
  ids.pengguna = addStaff({ role: 'front_office', name: 'Akun Sekali Pakai' }).id;
  ids.unit = addUnit('bidang', `Bidang Sekali Pakai ${sfx}`);
  ids.standar = Number(sql("SELECT id FROM service WHERE slug = 'pembinaan-umkm-koperasi'")[0][0]);
  // A date without a holiday, for /kalender/libur/:id/hapus.
  ids.libur = '2099-12-30';
  // A case waiting at step 2 and its letter, for /permohonan/:id and /berkas/:id.
  resetAttempts();
  ids.permohonan = requestIdOf((await submitValid({ nama_usaha: `Usaha Matriks ${sfx}` })).code);
  ids.berkas = attachmentsOf(ids.permohonan, 'surat_permohonan')[0].id;
  // A complaint, for /pengaduan/:id.
  sql(`INSERT INTO complaint (code, submit_key, subject, body, consent_at, received_at) VALUES (${q('ADU-M' + sfx.slice(0, 8))}, ${q(randomHex(32))}, 'Pengaduan Matriks', 'isi', NOW(), NOW())`);
  ids.pengaduan = Number(sql(`SELECT id FROM complaint WHERE code = ${q('ADU-M' + sfx.slice(0, 8))}`)[0][0]);
});

// The path of a pattern: ":id" after /pengguna is the throwaway user, after /unit the throwaway unit.
function fill(pattern) {
  return pattern.replace(/\/([a-z-]+)\/:id/g, (all, seg) => {
    assert.ok(ids[seg] !== undefined, `no id for ${seg}/:id: add one to ids in tests/http/authz.test.js`);
    return `/${seg}/${ids[seg]}`;
  });
}

// What the rows an admin edits look like: a denied request must leave them as they were.
const snapshot = () => JSON.stringify([
  sql('SELECT id, username, password_hash, must_change_password, name, nip, rank, position, role, unit_id, disabled_at FROM staff ORDER BY id'),
  sql('SELECT id, kind, parent_id, name, active FROM unit ORDER BY id'),
  sql('SELECT id, number, sk_number FROM standard_version ORDER BY id'),
  sql('SELECT weekday, position, opens, closes FROM office_hours ORDER BY weekday, position'),
  sql('SELECT day, kind, name FROM holiday ORDER BY day'),
]);

// The fields of the standard's edit form as the admin's browser would send them unchanged
// (text areas with CRLF line ends), without its csrf; [] if the page has no such form.
async function unchangedStandard() {
  const res = await staffGet(who.admin.jar, BP() + fill('/admin/standar/:id'));
  const form = elements(res.body, 'form').find((f) => /\/admin\/standar\/\d+$/.test(attr(f.attrs, 'action') || ''));
  if (!form) return [];
  const out = [];
  for (const m of form.inner.matchAll(/<input\b([^>]*)>/gi)) {
    const name = attr(m[1], 'name');
    if (name && name !== 'csrf') out.push([name, attr(m[1], 'value') ?? '']);
  }
  for (const t of elements(form.inner, 'textarea')) {
    out.push([attr(t.attrs, 'name'), decodeEntities(t.inner.replace(/^\r?\n/, '')).replace(/\r?\n/g, '\r\n')]);
  }
  for (const sel of elements(form.inner, 'select')) {
    const name = attr(sel.attrs, 'name');
    const opts = selectOptions(form.inner, name);
    const chosen = opts.find((o) => o.selected) || opts[0];
    out.push([name, chosen ? chosen.value : '']);
  }
  return out;
}

// Sends the route's request as `role` (null: anonymous); resolves to the response.
async function send(key, role) {
  const [method, pattern] = key.split(' ');
  const exp = MATRIX[key];
  const p = BP() + fill(pattern);
  let jar = '';
  let csrf = null;
  if (role && exp.fresh) {
    const u = who[role].user;
    const r = await loginAttempt(u.username, u.password);
    assert.equal(r.res.status, 303, `a fresh session for ${role}`);
    // POST /admin/masuk: the token of the login page the browser was shown; others: a staff page's.
    csrf = pattern === '/admin/masuk' ? r.page.csrf : await staffCsrf(r.jar);
    jar = r.jar;
  } else if (role) {
    ({ jar, csrf } = who[role]);
  } else if (method === 'POST') {
    // An anonymous browser with a valid token of the login form: refused for want of a session.
    const page = await loginPage();
    ({ jar, csrf } = page);
  }
  if (method === 'GET') return staffGet(jar, p);
  const body = typeof exp.body === 'function' ? await exp.body() : Object.entries(exp.body || {});
  return postForm(jar, p, [['csrf', csrf]].concat(body));
}

const toLogin = (res) => res.status === 303 && (locationPath(res) || '').split('?')[0] === BP() + '/admin/masuk';
const brief = (res) => `${res.status}${res.headers.location ? ' -> ' + res.headers.location : ''} "${textOf(res.body).slice(0, 120)}"`;

// The problem with one answer, or null.
function judge(key, role, allowed, res) {
  const method = key.split(' ')[0];
  const as = role || 'anonymous';
  if (allowed && MATRIX[key].answer) {
    return MATRIX[key].answer(res) ? null : `${as}: expected allowed (${MATRIX[key].answer.name}), got ${brief(res)}`;
  }
  if (allowed) {
    if (res.status === 403 || toLogin(res) || res.status >= 500) return `${as}: expected allowed, got ${brief(res)}`;
    return null;
  }
  if (!role && method === 'GET') return toLogin(res) ? null : `${as}: expected 303 to /admin/masuk, got ${brief(res)}`;
  const sentence = role ? NOT_ALLOWED : SESSION_ENDED;
  if (res.status !== 403 || !textOf(res.body).includes(sentence)) return `${as}: expected 403 "${sentence}", got ${brief(res)}`;
  return null;
}

for (const key of ROUTES) {
  const exp = MATRIX[key];
  const label = exp ? `allowed: ${exp.roles.length === ROLES.length ? 'every role' : exp.roles.join(', ')}${exp.anonymous ? ', anonymous' : ''}` : '';
  test(`${key}: ${label || 'no entry in the matrix'}`, { skip: exp ? false : 'no entry in the matrix (the first test fails)' }, async () => {
    const problems = [];
    // Denied first, then allowed, the admin last: an allowed POST may change the throwaway rows.
    const may = (role) => (role ? exp.roles.includes(role) : Boolean(exp.anonymous));
    const order = [null].concat(ROLES).sort((a, b) => may(a) - may(b) || (a === 'admin') - (b === 'admin'));
    for (const role of order) {
      const allowed = may(role);
      const method = key.split(' ')[0];
      const snap = !allowed && method === 'POST' ? snapshot() : null;
      const res = await send(key, role);
      const problem = judge(key, role, allowed, res);
      if (problem) problems.push(problem);
      if (snap !== null && snapshot() !== snap) problems.push(`${role || 'anonymous'}: a denied POST changed the staff, unit or standard rows`);
    }
    assert.deepEqual(problems, [], `${key}: ${fill(key.split(' ')[1])}`);
  });
}

test('the sessions of the matrix are still valid after the denials (a denial does not log out)', async () => {
  for (const role of ROLES) {
    const res = await staffGet(who[role].jar, BP() + '/admin/');
    assert.equal(res.status, 200, `${role}: GET /admin/ ${brief(res)}`);
  }
  assert.ok(sql(`SELECT disabled_at FROM staff WHERE id = ${q(ids.pengguna)}`)[0][0], 'the admin\'s allowed POST disabled the throwaway account');
});
