// HTTP tests of complaints (issue 6 part B): the public form /pengaduan (anonymous allowed, every
// field rule, a request's tracking code, double submits, the per-address throttle), the lookup of
// a complaint by its code (no personal data; 400, 404, 429), and the staff's pages: the list with
// its filter and pages, a complaint, its answer and its closing (409 for the second of two staff),
// who may, the menu's count, and a failure midway leaving nothing behind.
'use strict';

const { test, before, beforeEach, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  CODE_ALPHABET, get, sql, q, textOf, elements, attr, inputValue, inputs, exclusive, resetAttempts, parseForm,
  postForm, mergeCookies, submitValid, addStaff, loggedIn, staffGet, staffPost, assertRedirect, assertSecurityHeaders,
  assertHtmlUtf8, locationPath, NOT_ALLOWED,
} = require('./lib.js');

exclusive();
before(resetAttempts);
beforeEach(resetAttempts);
after(resetAttempts);

const show = (res) => textOf(res.body).slice(0, 600);
const CCODE_RE = /^ADU-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/;

// Opens /pengaduan as a browser: { jar, csrf, submitKey, res }.
async function openComplaintForm(jar = '') {
  const res = await get('/pengaduan', jar ? { headers: { Cookie: jar } } : {});
  assert.equal(res.status, 200, show(res));
  const f = parseForm(res.body, res.headers['set-cookie'], jar || null);
  return { jar: mergeCookies(jar, res.headers['set-cookie']), csrf: f.csrf, submitKey: f.submitKey, res };
}

const valid = (over = {}) => Object.assign({
  nama: '', kontak: '', kode_permohonan: '',
  perihal: 'Petugas tidak datang pada jadwal pembinaan',
  isi: 'Kami menunggu petugas pada tanggal yang dijanjikan,\ntetapi tidak ada yang datang.',
  setuju: '1', kosongkan: '',
}, over);

// Sends the complaint form (a fresh one unless `form` is given): the response and the form.
async function sendComplaint(over = {}, form = null) {
  const f = form || await openComplaintForm();
  const res = await postForm(f.jar, '/pengaduan', Object.assign({ csrf: f.csrf, submit_key: f.submitKey }, valid(over)));
  return { res, form: f };
}

// The complaint code of a 303 to /pengaduan/CODE.
function codeOf(res) {
  assert.equal(res.status, 303, show(res));
  const m = String(locationPath(res)).match(/^\/pengaduan\/([^/?#]+)$/);
  assert.ok(m, `Location ${res.headers.location} is /pengaduan/CODE`);
  assert.match(m[1], CCODE_RE);
  return m[1];
}

const row = (code) => {
  const r = sql(`SELECT id, name, contact, request_id, subject, body, status, version FROM complaint WHERE code = ${q(code)}`);
  if (r.length === 0) return null;
  const [id, name, contact, requestId, subject, body, status, version] = r[0];
  return { id: Number(id), name, contact, requestId, subject, body, status, version: Number(version) };
};
const complaintCount = () => Number(sql('SELECT COUNT(*) FROM complaint')[0][0]);
const eventCount = () => Number(sql('SELECT COUNT(*) FROM complaint_event')[0][0]);

test('GET /pengaduan: the form with csrf, submit key, honeypot, consent, the lookup form and the SP4N LAPOR! channels', async () => {
  const { res } = await openComplaintForm();
  assertHtmlUtf8(res, '/pengaduan');
  assertSecurityHeaders(res, { what: '/pengaduan' });
  for (const name of ['nama', 'kontak', 'kode_permohonan', 'perihal', 'setuju', 'kosongkan', 'kode']) {
    assert.equal(inputs(res.body, name).length, 1, `an input ${name}`);
  }
  assert.equal(elements(res.body, 'textarea').filter((t) => attr(t.attrs, 'name') === 'isi').length, 1, 'a textarea isi');
  const text = textOf(res.body);
  assert.ok(text.includes('tanpa nama'), 'says that a complaint may be anonymous');
  assert.ok(text.includes('SP4N LAPOR!'), 'names SP4N LAPOR!');
  assert.ok(text.includes('Lacak pengaduan'), 'the lookup');
  for (const [p, what] of [['/', 'home'], ['/lacak', '/lacak'], ['/layanan/pembinaan-umkm-koperasi', 'standards page']]) {
    const r = await get(p);
    assert.ok(r.body.includes('href="/pengaduan"'), `${what} links to /pengaduan`);
    if (what === 'standards page') assert.ok(textOf(r.body).includes('SP4N LAPOR'), 'the standards page keeps the SP4N LAPOR! channels');
  }
});

test('an anonymous complaint: 303 to /pengaduan/ADU-..., stored with its history row; the status page shows Diterima', async () => {
  const before = eventCount();
  const { res } = await sendComplaint();
  const code = codeOf(res);
  const c = row(code);
  assert.ok(c, 'the complaint is stored');
  assert.equal(c.name, null);
  assert.equal(c.contact, null);
  assert.equal(c.requestId, null);
  assert.equal(c.status, 'diterima');
  assert.equal(c.body, valid().isi, 'the text as sent, its line break kept');
  assert.equal(eventCount(), before + 1, 'one history row');
  assert.deepEqual(sql(`SELECT action, actor_id FROM complaint_event WHERE complaint_id = ${c.id}`), [['diterima', null]]);
  const page = await get('/pengaduan/' + code);
  assert.equal(page.status, 200, show(page));
  const text = textOf(page.body);
  assert.ok(text.includes('Diterima') && text.includes(code) && text.includes(valid().perihal), text.slice(0, 400));
  assert.match(text, /\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB/, 'the received time');
});

test('with a name, a mobile number and a tracking code typed loosely: kept normalised; the public page shows neither name nor contact', async () => {
  const { code: rcode } = await submitValid({ nama_usaha: 'Usaha Pengaduan Uji' });
  resetAttempts();
  const typed = rcode.toLowerCase().replace('-', ' ');
  const { res } = await sendComplaint({ nama: 'Rahmi Pengadu Uji', kontak: '0812 9876 5432', kode_permohonan: typed });
  const code = codeOf(res);
  const c = row(code);
  assert.equal(c.name, 'Rahmi Pengadu Uji');
  assert.equal(c.contact, '+6281298765432');
  assert.equal(c.requestId, sql(`SELECT id FROM request WHERE tracking_code = ${q(rcode)}`)[0][0]);
  const page = await get('/pengaduan/' + code);
  for (const s of ['Rahmi', '0812', '+62812', '6281298765432', '9876']) {
    assert.ok(!page.body.includes(s), `the public page does not show "${s}"`);
  }
  // An email address is a contact too.
  const { res: r2 } = await sendComplaint({ kontak: 'pengadu.uji@example.com' });
  assert.equal(row(codeOf(r2)).contact, 'pengadu.uji@example.com');
});

test('every field rule: 422 with a message per field, the input kept, nothing stored', async () => {
  const cases = [
    [{ perihal: '' }, 'perihal', 'Perihal wajib diisi.'],
    [{ isi: '' }, 'isi', 'Isi pengaduan wajib diisi.'],
    [{ setuju: '' }, 'setuju', 'Persetujuan pemrosesan data pribadi wajib dicentang.'],
    [{ perihal: 'x'.repeat(201) }, 'perihal', 'Perihal terlalu panjang.'],
    [{ isi: 'x'.repeat(5001) }, 'isi', 'Isi pengaduan terlalu panjang.'],
    [{ nama: 'y'.repeat(101) }, 'nama', 'Nama terlalu panjang.'],
    [{ nama: '<b>Nama</b>' }, 'nama', 'Nama tidak boleh memuat tanda < atau >.'],
    [{ kontak: 'bukan kontak' }, 'kontak', 'Kontak tidak valid.'],
    [{ kontak: '0812' }, 'kontak', 'Kontak tidak valid.'],
    [{ kode_permohonan: 'ABC' }, 'kode_permohonan', 'Kode permohonan terdiri atas 10 huruf dan angka'],
    [{ kode_permohonan: '22222-22222' }, 'kode_permohonan', 'Kode permohonan tidak ditemukan.'],
    [{ kosongkan: 'robot' }, 'kosongkan', 'harus dibiarkan kosong'],
  ];
  const before = [complaintCount(), eventCount()];
  for (const [over, field, msg] of cases) {
    const { res } = await sendComplaint(Object.assign({ nama: 'Nama Tetap' }, over));
    assert.equal(res.status, 422, `${JSON.stringify(over).slice(0, 60)}: ${show(res)}`);
    const text = textOf(res.body);
    assert.ok(text.includes(msg), `${field}: "${msg}" in ${text.slice(0, 500)}`);
    if (field !== 'kosongkan') assert.ok(res.body.includes(`id="e-${field}"`), `${field}: its message by the field`);
    if (field !== 'nama') assert.equal(inputValue(res.body, 'nama'), 'Nama Tetap', 'the input is kept');
    assert.match(inputValue(res.body, 'submit_key') || '', /^[0-9a-f]{64}$/, 'the same form key comes back');
  }
  assert.deepEqual([complaintCount(), eventCount()], before, 'nothing stored');
});

test('without csrf: 403; without a submit key: 400; nothing stored', async () => {
  const f = await openComplaintForm();
  const before = complaintCount();
  const r1 = await postForm(f.jar, '/pengaduan', Object.assign({ submit_key: f.submitKey }, valid()));
  assert.equal(r1.status, 403);
  const r2 = await postForm(f.jar, '/pengaduan', Object.assign({ csrf: f.csrf }, valid()));
  assert.equal(r2.status, 400);
  assert.equal(complaintCount(), before);
});

test('the same form sent twice makes one complaint: the second answer is the first one\'s page', async () => {
  const f = await openComplaintForm();
  const [a, b] = await Promise.all([sendComplaint({}, f), sendComplaint({}, f)]);
  const c1 = codeOf(a.res);
  const c2 = codeOf(b.res);
  assert.equal(c1, c2);
  const again = await sendComplaint({}, f);
  assert.equal(codeOf(again.res), c1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM complaint WHERE submit_key = ${q(f.submitKey)}`)[0][0]), 1);
});

test('per-address throttle: after 5 complaints (Limits.Complaints) the answer is 429 with Retry-After', async () => {
  for (let i = 0; i < 5; i++) codeOf((await sendComplaint()).res);
  const before = complaintCount();
  const { res } = await sendComplaint();
  assert.equal(res.status, 429, show(res));
  assert.equal(res.headers['retry-after'], '3600');
  assert.equal(complaintCount(), before);
});

test('lookup: the form on /pengaduan (any case, spaces) finds it; malformed 400; unknown 404; request codes are not complaint codes', async () => {
  const code = codeOf((await sendComplaint()).res);
  const loose = code.toLowerCase().replace(/-/g, ' ');
  const found = await get('/pengaduan?kode=' + encodeURIComponent(loose));
  assert.equal(found.status, 200, show(found));
  assert.ok(textOf(found.body).includes(code));
  const bad = await get('/pengaduan/ADU-XYZ');
  assert.equal(bad.status, 400, show(bad));
  assert.ok(textOf(bad.body).includes('Kode pengaduan diawali ADU'));
  let unknown;
  do {
    let s = '';
    for (let i = 0; i < 10; i++) s += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    unknown = `ADU-${s.slice(0, 5)}-${s.slice(5)}`;
  } while (sql(`SELECT COUNT(*) FROM complaint WHERE code = ${q(unknown)}`)[0][0] !== '0');
  const miss = await get('/pengaduan/' + unknown);
  assert.equal(miss.status, 404, show(miss));
  assert.ok(textOf(miss.body).includes('tidak ditemukan'));
  const missForm = await get('/pengaduan?kode=' + unknown);
  assert.equal(missForm.status, 404);
  assert.equal(inputs(missForm.body, 'perihal').length, 1, 'the complaint form is still there');
  // Two namespaces: a request code is malformed here, and a complaint code malformed at /lacak.
  const { code: rcode } = await submitValid();
  assert.equal((await get('/pengaduan/' + rcode)).status, 400);
  assert.equal((await get('/lacak?kode=' + code)).status, 400);
});

test('lookup misses count with /lacak\'s: after 10 misses from one address, 429', async () => {
  let res;
  for (let i = 0; i < 10; i++) {
    res = await get('/pengaduan/ADU-22222-2222' + (i % 2 ? '3' : '4'));
    assert.ok(res.status === 404 || res.status === 400, `miss ${i}: ${res.status}`);
  }
  res = await get('/pengaduan/ADU-22222-22222');
  assert.equal(res.status, 429);
});

// ---- the staff's pages ----

const staff = {};
before(async () => {
  for (const role of ['sekretaris', 'kepala_dinas', 'admin', 'front_office', 'kasi']) {
    staff[role] = await loggedIn(addStaff({ role }));
  }
  staff.sekretaris2 = await loggedIn(addStaff({ role: 'sekretaris' }));
});

const idOf = (code) => row(code).id;

test('who may: Sekretaris, Kepala Dinas and the administrator; the others get 403', async () => {
  const id = idOf(codeOf((await sendComplaint()).res));
  for (const role of ['sekretaris', 'kepala_dinas', 'admin']) {
    assert.equal((await staffGet(staff[role].jar, '/admin/pengaduan')).status, 200, role);
    assert.equal((await staffGet(staff[role].jar, `/admin/pengaduan/${id}`)).status, 200, role);
  }
  for (const role of ['front_office', 'kasi']) {
    const res = await staffGet(staff[role].jar, '/admin/pengaduan');
    assert.equal(res.status, 403, role);
    assert.ok(textOf(res.body).includes(NOT_ALLOWED));
    const home = await staffGet(staff[role].jar, '/admin/');
    assert.ok(!home.body.includes('href="/admin/pengaduan"'), `${role}: no complaints in the menu`);
  }
  assert.equal((await staffGet(staff.sekretaris.jar, '/admin/pengaduan/999999999')).status, 404);
});

test('the menu shows "Pengaduan (N terbuka)" with the complaints not closed', async () => {
  codeOf((await sendComplaint()).res);
  const n = sql("SELECT COUNT(*) FROM complaint WHERE status <> 'ditutup'")[0][0];
  const res = await staffGet(staff.kepala_dinas.jar, '/admin/');
  assert.ok(textOf(res.body).includes(`Pengaduan (${n} terbuka)`), textOf(res.body).slice(0, 400));
});

test('the complaint for staff: contact, the linked request (a link to its case page), the history', async () => {
  const { code: rcode } = await submitValid({ nama_usaha: 'Usaha Tautan Pengaduan' });
  resetAttempts();
  const code = codeOf((await sendComplaint({ nama: 'Pengadu Staf Uji', kontak: 'staf.uji@example.com', kode_permohonan: rcode })).res);
  const c = row(code);
  const res = await staffGet(staff.sekretaris.jar, `/admin/pengaduan/${c.id}`);
  const text = textOf(res.body);
  for (const s of ['Pengadu Staf Uji', 'staf.uji@example.com', rcode, 'Usaha Tautan Pengaduan', 'Riwayat', 'Diterima']) {
    assert.ok(text.includes(s), `shows ${s}`);
  }
  assert.ok(res.body.includes(`href="/admin/permohonan/${c.requestId}"`), 'a link to the case page');
  const asAdmin = await staffGet(staff.admin.jar, `/admin/pengaduan/${c.id}`);
  assert.ok(!asAdmin.body.includes(`href="/admin/permohonan/${c.requestId}"`), 'no case link for the administrator, who may not open cases');
});

test('answer (422 when empty, then 303): the answer, its time and who, on the staff and public pages; then close with a note', async () => {
  const code = codeOf((await sendComplaint()).res);
  const c = row(code);
  const empty = await staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: c.version, jawaban: '' });
  assert.equal(empty.status, 422);
  assert.ok(textOf(empty.body).includes('Jawaban wajib diisi.'));
  const long = await staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: c.version, jawaban: 'j'.repeat(5001) });
  assert.equal(long.status, 422);
  assert.equal(row(code).status, 'diterima');
  const answer = 'Mohon maaf. Petugas akan datang kembali pada hari Senin.';
  const res = await staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: c.version, jawaban: answer });
  assertRedirect(res, `/admin/pengaduan/${c.id}?pesan=dijawab`, 'answer');
  const [[status, ans, answeredBy, hasAt, version]] = sql(`SELECT status, answer, answered_by, answered_at IS NOT NULL, version FROM complaint WHERE id = ${c.id}`);
  assert.deepEqual([status, ans, Number(answeredBy), hasAt, Number(version)], ['dijawab', answer, staff.sekretaris.id, '1', 2]);
  const pub = textOf((await get('/pengaduan/' + code)).body);
  assert.ok(pub.includes('Dijawab') && pub.includes(answer), pub.slice(0, 500));
  assert.ok(!pub.includes(staff.sekretaris.name), 'the public page does not name the officer');
  // An answered complaint takes no second answer.
  const twice = await staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: 2, jawaban: 'Lagi' });
  assert.equal(twice.status, 409);
  const close = await staffPost(staff.kepala_dinas.jar, `/admin/pengaduan/${c.id}/tutup`, { versi: 2, catatan: 'Sudah ditindaklanjuti.' });
  assertRedirect(close, `/admin/pengaduan/${c.id}?pesan=ditutup`, 'close');
  const [[st2, closedBy, note]] = sql(`SELECT status, closed_by, close_note FROM complaint WHERE id = ${c.id}`);
  assert.deepEqual([st2, Number(closedBy), note], ['ditutup', staff.kepala_dinas.id, 'Sudah ditindaklanjuti.']);
  assert.deepEqual(sql(`SELECT action FROM complaint_event WHERE complaint_id = ${c.id} ORDER BY id`).map((r) => r[0]), ['diterima', 'dijawab', 'ditutup']);
  const page = await staffGet(staff.admin.jar, `/admin/pengaduan/${c.id}`);
  const text = textOf(page.body);
  assert.ok(text.includes(staff.sekretaris.name) && text.includes(staff.kepala_dinas.name), 'who answered and who closed');
  assert.equal(inputs(page.body, 'versi').length, 0, 'a closed complaint has no forms');
  assert.ok(textOf((await get('/pengaduan/' + code)).body).includes('Ditutup'));
});

test('a complaint may be closed without an answer and without a note; a closed one takes nothing more', async () => {
  const c = row(codeOf((await sendComplaint()).res));
  assertRedirect(await staffPost(staff.admin.jar, `/admin/pengaduan/${c.id}/tutup`, { versi: 1, catatan: '' }), `/admin/pengaduan/${c.id}?pesan=ditutup`);
  assert.equal(sql(`SELECT close_note FROM complaint WHERE id = ${c.id}`)[0][0], null);
  assert.equal((await staffPost(staff.admin.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: 2, jawaban: 'x' })).status, 409);
  assert.equal((await staffPost(staff.admin.jar, `/admin/pengaduan/${c.id}/tutup`, { versi: 2 })).status, 409);
  assert.equal((await staffPost(staff.admin.jar, `/admin/pengaduan/${c.id}/tutup`, {})).status, 400, 'no versi: 400');
});

test('two staff answering at once: one wins, the other gets 409 naming who; one answer, one history row', async () => {
  const c = row(codeOf((await sendComplaint()).res));
  const [a, b] = await Promise.all([
    staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: 1, jawaban: 'Jawaban A' }),
    staffPost(staff.sekretaris2.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: 1, jawaban: 'Jawaban B' }),
  ]);
  const statuses = [a.status, b.status].sort();
  assert.deepEqual(statuses, [303, 409], `${a.status} ${b.status}`);
  const loser = a.status === 409 ? a : b;
  const winner = a.status === 409 ? staff.sekretaris2 : staff.sekretaris;
  assert.ok(textOf(loser.body).includes(winner.name), textOf(loser.body).slice(0, 400));
  assert.equal(Number(sql(`SELECT COUNT(*) FROM complaint_event WHERE complaint_id = ${c.id} AND action = 'dijawab'`)[0][0]), 1);
  assert.equal(sql(`SELECT answer FROM complaint WHERE id = ${c.id}`)[0][0], a.status === 303 ? 'Jawaban A' : 'Jawaban B');
});

test('the list: newest first, filtered by status, in pages of 50 (keyset), no page repeats a row', async () => {
  const sfx = Date.now().toString(36);
  // Codes need only be unique here: made from the suffix and the row number.
  const rows = [];
  for (let i = 0; i < 55; i++) {
    rows.push(`(${q(`ADU-L${sfx.slice(-6)}${String(i).padStart(3, '0')}`)}, ${q((sfx + '-' + i + '-').padEnd(64, '0'))}, ${q(`Daftar ${sfx} ${i}`)}, 'isi', 'dijawab', NOW(), NOW())`);
  }
  sql(`INSERT INTO complaint (code, submit_key, subject, body, status, consent_at, received_at) VALUES ${rows.join(', ')}`);
  const first = await staffGet(staff.sekretaris.jar, '/admin/pengaduan?status=dijawab');
  assert.equal(first.status, 200);
  const rowsOf = (html) => elements(html, 'tbody')[0] ? elements(elements(html, 'tbody')[0].inner, 'tr').map((tr) => textOf(tr.inner)) : [];
  const p1 = rowsOf(first.body);
  assert.equal(p1.length, 50);
  assert.ok(p1[0].includes(`Daftar ${sfx} 54`), `newest first: ${p1[0]}`);
  assert.ok(p1.every((t) => t.includes('Dijawab')), 'only answered ones');
  const next = first.body.match(/href="([^"]*setelah=[^"]*)"/);
  assert.ok(next, 'a link to the next page');
  const second = await staffGet(staff.sekretaris.jar, next[1].replace(/&amp;/g, '&'));
  const p2 = rowsOf(second.body);
  assert.ok(p2.length >= 5);
  assert.ok(p2.every((t) => !p1.includes(t)), 'no row twice');
  assert.ok(p2.every((t) => t.includes('Dijawab')), 'the filter is kept on the next page');
  const received = await staffGet(staff.sekretaris.jar, '/admin/pengaduan?status=diterima');
  assert.ok(rowsOf(received.body).every((t) => t.includes('Diterima')));
});

test('transactions: a failure writing the history leaves no complaint, and no answer', async () => {
  const marker = 'GAGAL-UJI-' + Date.now();
  sql('DROP TRIGGER IF EXISTS complaint_test_fail');
  // One statement (the client splits at semicolons): a row of a marked complaint points nowhere,
  // and its foreign key refuses it.
  sql(`CREATE TRIGGER complaint_test_fail BEFORE INSERT ON complaint_event FOR EACH ROW
    SET NEW.complaint_id = IF((SELECT subject FROM complaint WHERE id = NEW.complaint_id) LIKE 'GAGAL-UJI-%', 0, NEW.complaint_id)`);
  try {
    const before = [complaintCount(), eventCount()];
    const { res } = await sendComplaint({ perihal: marker });
    assert.equal(res.status, 500, show(res));
    assert.deepEqual([complaintCount(), eventCount()], before, 'no complaint without its history row');
    assert.equal(Number(sql("SELECT COUNT(*) FROM attempt WHERE kind = 'pengaduan'")[0][0]), 0, 'not counted either');
    // An answer whose history row fails is not kept.
    const c = row(codeOf((await sendComplaint()).res));
    sql(`UPDATE complaint SET subject = ${q(marker)} WHERE id = ${c.id}`);
    const ans = await staffPost(staff.sekretaris.jar, `/admin/pengaduan/${c.id}/jawab`, { versi: 1, jawaban: 'Tidak tersimpan' });
    assert.equal(ans.status, 500);
    assert.deepEqual(sql(`SELECT status, answer, version FROM complaint WHERE id = ${c.id}`), [['diterima', null, '1']]);
  } finally {
    sql('DROP TRIGGER IF EXISTS complaint_test_fail');
  }
});
