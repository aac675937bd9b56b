// Browser test of the whole SOP (issue 4, point 9): on a desktop, one request sent through the public
// form is taken through the nine steps, each by a user of the right role who logs in through
// /admin/masuk, finds the case in their inbox by its tracking code, fills the step's form by its
// labels and logs out. The Lembar Disposisi, Surat Tugas and Laporan are opened from the case page,
// printed to PDF by Chromium and downloaded ("Unduh PDF"), and their text read with pdftotext.
// It ends on /lacak with "Selesai". axe-core checks every step's case page, the inbox and the
// three documents. The users and units are made here (./dev test has no demo users).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  env, launch, screenshotPath, url, axeViolations, sql, resetAttempts, configValue,
  applyThroughForm, addDemoTeam, officeDate, documentPath, pdfText,
} = require('./lib.js');
const { jpeg } = require('../http/fixtures.js');

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const NOTICE = 'Tindakan disimpan.';
const KOP_GOVERNMENT = 'Pemerintah Kabupaten Sijunjung';

let browser; // JavaScript on, CSP enforced: the staff's ordinary browser
let axe; // CSP bypassed so that axe-core can be injected; given the same cookies as `browser`
let T; // the users and units made for this test

before(async () => {
  resetAttempts();
  T = addDemoTeam();
  browser = await launch(Object.assign({ acceptDownloads: true }, DESKTOP));
  axe = await launch(Object.assign({ bypassCSP: true }, DESKTOP));
}, { timeout: 120000 });

after(async () => {
  for (const c of [browser, axe]) if (c) await c.close();
  resetAttempts();
});

const squash = (s) => String(s).replace(/\s+/g, ' ').trim();
const mainText = async (page) => squash(await page.locator('main').innerText());
const pathOf = (page) => new URL(page.url()).pathname;

// Does what follows a click that loads a page, and returns that page's response.
async function navigates(page, action) {
  const [res] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  assert.ok(res, `a page was loaded (now at ${page.url()})`);
  return res;
}

async function shot(page, name) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

// axe-core on the page now open in `page`, in the axe context with the same cookies (the session
// is the same); violations are kept under `what` and asserted at the end.
const axeFound = {};
async function checkAxe(page, what) {
  await axe.context.addCookies(await page.context().cookies());
  const p = await axe.context.newPage();
  try {
    const res = await p.goto(page.url());
    assert.equal(res.status(), 200, `axe: ${what}: ${page.url()}`);
    const v = await axeViolations(p);
    if (v.length) axeFound[what] = v;
  } finally {
    await p.close();
  }
}

// Logs in through the form as `who`; lands on the inbox.
async function logIn(page, who) {
  let res = await page.goto(url('/admin/masuk'));
  assert.equal(res.status(), 200, 'GET /admin/masuk');
  await page.getByLabel('Nama pengguna').fill(who.username);
  await page.getByLabel('Kata sandi').fill(who.password);
  res = await navigates(page, () => page.getByRole('button', { name: 'Masuk', exact: true }).click());
  assert.equal(res.status(), 200, `login as ${who.role}: ${page.url()}`);
  assert.equal(pathOf(page), '/admin/', `login as ${who.role} (${who.username}) leads to the inbox (got ${page.url()}: ${(await mainText(page)).slice(0, 300)})`);
  assert.equal(squash(await page.locator('h1').innerText()), 'Kotak Masuk', `${who.role}: the inbox`);
  assert.ok((await page.locator('.staff-who').innerText()).includes(who.name), `${who.role}: the page names the user`);
}

// Logs out with the "Keluar" button; lands on the login page, and the inbox is closed.
async function logOut(page, who) {
  await navigates(page, () => page.getByRole('button', { name: 'Keluar', exact: true }).click());
  assert.equal(pathOf(page), '/admin/masuk', `${who.role}: "Keluar" leads to the login page`);
  assert.equal(await page.getByRole('button', { name: 'Keluar', exact: true }).count(), 0, `${who.role}: logged out`);
}

// On the inbox, finds the card with the tracking code (following "Halaman berikutnya" if need be)
// and opens the case by its link. Returns the case's path.
async function openFromInbox(page, code, step, { keepShot = false, runAxe = false } = {}) {
  if (pathOf(page) !== '/admin/') await page.goto(url('/admin/'));
  for (let n = 1; n <= 100; n++) {
    const card = page.locator('li.case-card').filter({ has: page.locator('.code-inline', { hasText: code }) });
    const found = await card.count();
    if (found > 0) {
      assert.equal(found, 1, `step ${step}: the case is in the inbox once`);
      assert.match(squash(await card.innerText()), new RegExp(`Langkah ${step} —`), `step ${step}: the inbox card shows the step`);
      if (keepShot) await shot(page, `alur-kotak-masuk-langkah-${step}.png`);
      if (runAxe) await checkAxe(page, `the inbox (step ${step})`);
      const res = await navigates(page, () => card.getByRole('link').first().click());
      assert.equal(res.status(), 200, `step ${step}: the case page`);
      assert.match(pathOf(page), /^\/admin\/permohonan\/\d+$/, `step ${step}: the card links to the case page`);
      return pathOf(page);
    }
    const next = page.getByRole('link', { name: 'Halaman berikutnya' });
    assert.ok(await next.count() > 0, `step ${step}: the case ${code} is in the inbox (${n} pages looked at)`);
    await navigates(page, () => next.click());
  }
  assert.fail(`step ${step}: the case ${code} is not in the first 100 pages of the inbox`);
}

// The value (dd) of a fact (dt) inside `scope`.
async function fact(scope, term) {
  const row = scope.locator('div').filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^\\s*${term}\\s*$`) }) });
  return squash(await row.locator('dd').first().innerText());
}

// Opens a document from the case page's link, keeps a screenshot, prints it to A4 PDF, downloads
// its "Unduh PDF" and returns both texts: { printed, downloaded }. Back on the case page after.
async function documentTexts(page, { title, slug, tag }) {
  const casePath = pathOf(page);
  const docs = page.locator('.case-docs');
  let res = await navigates(page, () => docs.getByRole('link', { name: title, exact: true }).click());
  assert.equal(res.status(), 200, `${title}: the page`);
  assert.equal(pathOf(page), `${casePath}/${slug}`, `${title}: the case page links to ${casePath}/${slug}`);
  assert.equal(squash(await page.locator('h1').innerText()).toLowerCase(), title.toLowerCase() === 'laporan'
    ? 'laporan hasil pembinaan dan rencana tindak lanjut' : title.toLowerCase(), `${title}: its heading`);
  await shot(page, `alur-${slug}-${tag}.png`);
  await checkAxe(page, `${title} (${tag})`);

  const printed = documentPath(`${slug}-${tag}-cetak.pdf`);
  await page.pdf({ path: printed, format: 'A4', printBackground: true });

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: new RegExp(`^Unduh PDF\\s+${title}$`) }).click()]);
  const id = casePath.split('/').pop();
  assert.equal(download.suggestedFilename(), `${slug}-${id}.pdf`, `${title}: the download's file name`);
  const downloaded = documentPath(`${slug}-${tag}-unduh.pdf`);
  await download.saveAs(downloaded);
  assert.equal(await download.failure(), null, `${title}: the download completed`);

  res = await navigates(page, () => page.getByRole('link', { name: 'Kembali ke halaman permohonan' }).click());
  assert.equal(pathOf(page), casePath, `${title}: back to the case page`);
  const p = pdfText(printed);
  const d = pdfText(downloaded);
  const maxPages = slug === 'laporan' ? 2 : 1;
  assert.ok(p.pages >= 1 && p.pages <= maxPages, `${title}: printed on ${maxPages === 1 ? 'one A4 page' : '1 or 2 A4 pages'} (got ${p.pages})`);
  for (const screenOnly of ['Unduh PDF', 'Keluar', 'Kembali ke halaman permohonan']) {
    assert.ok(!p.text.includes(screenOnly), `${title}: "${screenOnly}" is on the screen only, not printed\n--- text: ${p.text.slice(0, 1500)}`);
  }
  return { printed: p.text, downloaded: d.text };
}

// Asserts that each text (printed, downloaded) has each wanted string (whitespace collapsed; case
// ignored when `anyCase`, for the kop, which the pages may set in capitals).
function assertTexts(texts, wanted, what, { anyCase = false } = {}) {
  for (const [which, text] of Object.entries(texts)) {
    const hay = anyCase ? text.toLowerCase() : text;
    for (const w of wanted) {
      const needle = anyCase ? squash(w).toLowerCase() : squash(w);
      assert.ok(hay.includes(needle), `${what} (${which === 'printed' ? 'printed by Chromium' : '"Unduh PDF"'}): the text has "${w}"\n--- text: ${text.slice(0, 3000)}`);
    }
  }
}

test('one request goes from the public form through the nine steps, each by its user through the pages, with its documents as PDF, to "Selesai" on /lacak', { timeout: 240000 }, async () => {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20000);
  const problems = [];
  page.on('requestfailed', (r) => {
    // A download ends its navigation as "aborted": that is not a failure.
    if (/\.pdf$/.test(new URL(r.url()).pathname) && /ERR_ABORTED/.test(String(r.failure() && r.failure().errorText))) return;
    problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });

  try {
    const sfx = T.unitNames.bidang.split(' ').pop();
    const business = `Kedai Kopi Uda Peramban ${sfx}`;
    const officeName = configValue(env.config, 'Office', 'Name');
    assert.ok(officeName, 'Office.Name is in the test config');
    const kop = [KOP_GOVERNMENT, officeName];
    const today = officeDate(0);
    const F = {
      nomorSurat: `021/KKU/${today.slice(0, 4)}`,
      perihal: 'Permohonan pembinaan pemasaran daring kopi bubuk',
      saran: 'Pemohon layak dibina; mohon didisposisikan ke bidang UMKM.',
      disposisi: 'Tindak lanjuti dengan pembinaan pemasaran daring.',
      catatan: 'Berkas diserahkan langsung ke bidang.',
      disposisiKasi: 'Buat Surat Tugas dan laksanakan pembinaan minggu ini.',
      dasar: 'Surat Permohonan pemohon dan disposisi Kepala Dinas.',
      tempat: 'Nagari Muaro, Kecamatan Sijunjung',
      untuk: 'Melakukan pembinaan pemasaran daring kepada pemohon.',
      hadir: 'Oki Petugas\nRina Marlina (pemilik)',
      catatanPembinaan: 'Pemohon dilatih membuat toko di lokapasar dan mencatat kas harian.',
      hasil: 'Pemohon mampu mengunggah produk ke lokapasar.',
      saranLaporan: 'Gunakan foto produk yang terang dan catat setiap penjualan.',
      tl1: 'Membuka toko di lokapasar resmi',
      tl2: 'Mengurus izin edar PIRT',
    };

    // 1. The applicant sends the request through the public form.
    const code = await applyThroughForm(page, { business });
    const [[idText, statusRow]] = sql(`SELECT id, status FROM request WHERE tracking_code = '${code}'`).trim().split('\n').map((l) => l.split('\t'));
    const id = Number(idText);
    assert.equal(statusRow, 'diajukan', 'the request is stored as diajukan');

    let agendaNo = '';
    let stNumber = '';
    const docs = {};

    // 2..9: each step by its user, through the pages.
    const steps = [
      {
        step: 2, who: T.fo, button: 'Terima dan agendakan', status: 'Diproses',
        async fill(form) {
          await form.getByLabel('Tanggal terima').fill(today);
          await form.getByLabel('Nomor surat pemohon').fill(F.nomorSurat);
          await form.getByLabel('Tanggal surat').fill(officeDate(-2));
          await form.getByRole('radio', { name: 'Segera', exact: true }).check();
          await form.getByLabel('Perihal').fill(F.perihal);
        },
      },
      {
        step: 3, who: T.sek, button: 'Kirim saran', status: 'Diproses',
        async fill(form) { await form.getByLabel('Saran kepada Kepala Dinas').fill(F.saran); },
      },
      {
        step: 4, who: T.kadis, button: 'Kirim disposisi', status: 'Diproses',
        async fill(form) {
          await form.getByLabel('Disposisi').fill(F.disposisi);
          await form.getByLabel('Bidang tujuan').selectOption({ label: T.unitNames.bidang });
        },
      },
      {
        step: 5, who: T.bo, button: 'Teruskan ke bidang', status: 'Diproses',
        async fill(form, p) {
          assert.ok(squash(await p.locator('#tindakan').innerText()).includes(T.unitNames.bidang), 'step 5: the act names the bidang chosen by the Kepala Dinas');
          await form.getByLabel('Catatan').fill(F.catatan);
        },
      },
      {
        step: 6, who: T.kabid, button: 'Kirim disposisi ke Kasi', status: 'Diproses',
        async fill(form) {
          await form.getByLabel('Disposisi kepada Kasi').fill(F.disposisiKasi);
          await form.getByLabel('Seksi tujuan').selectOption({ label: T.unitNames.seksi });
        },
      },
      {
        step: 7, who: T.kasi, button: 'Buat Surat Tugas', status: 'Dijadwalkan',
        async fill(form, p) {
          await form.getByLabel('Dasar').fill(F.dasar);
          const officer = form.getByRole('checkbox', { name: T.officer.name });
          assert.match(squash(await form.locator(`label[for="${await officer.getAttribute('id')}"]`).innerText()),
            new RegExp(`NIP ${T.officer.nip}`), 'step 7: the officer is offered with the NIP');
          await officer.check();
          await form.getByLabel('Tanggal mulai').fill(today);
          await form.getByLabel('Tanggal selesai').fill(officeDate(7));
          await form.getByLabel('Tempat').fill(F.tempat);
          await form.getByLabel('Untuk (tujuan penugasan)').fill(F.untuk);
          await form.getByLabel('Penandatangan').selectOption({ label: `${T.kadis.name} — ${T.kadis.position}` });
          await shot(p, 'alur-langkah-7-surat-tugas-diisi.png');
        },
      },
      {
        step: 8, who: T.kasi, button: 'Simpan catatan pembinaan', status: 'Dijadwalkan',
        async fill(form) {
          await form.getByLabel('Tanggal pelaksanaan').fill(today);
          await form.getByLabel('Yang hadir').fill(F.hadir);
          await form.getByLabel('Catatan pembinaan').fill(F.catatanPembinaan);
          await form.getByLabel('Foto 1').setInputFiles({ name: 'pembinaan.jpg', mimeType: 'image/jpeg', buffer: jpeg() });
        },
      },
      {
        step: 9, who: T.kasi, button: 'Simpan laporan dan selesaikan', status: 'Selesai',
        async fill(form) {
          await form.getByLabel('Hasil pembinaan').fill(F.hasil);
          await form.getByLabel('Saran yang diberikan').fill(F.saranLaporan);
          const plan1 = form.getByRole('group', { name: 'Rencana tindak lanjut 1', exact: true });
          await plan1.getByLabel('Rencana tindak lanjut 1').fill(F.tl1);
          await plan1.getByLabel('Tanggal target').fill(officeDate(30));
          const plan2 = form.getByRole('group', { name: 'Rencana tindak lanjut 2', exact: true });
          await plan2.getByLabel('Rencana tindak lanjut 2').fill(F.tl2);
          await plan2.getByLabel('Tanggal target').fill(officeDate(60));
        },
      },
    ];

    for (const s of steps) {
      const what = `step ${s.step} by ${s.who.role}`;
      await logIn(page, s.who);
      await openFromInbox(page, code, s.step, { keepShot: true, runAxe: s.step === 2 || s.step === 6 });
      assert.equal(pathOf(page), `/admin/permohonan/${id}`, `${what}: the case of the request sent`);
      assert.equal(squash(await page.locator('h1').innerText()), business, `${what}: the case page names the business`);

      const act = page.locator('#tindakan');
      assert.match(squash(await act.locator('h2').innerText()), new RegExp(`^Tindakan Anda: Langkah ${s.step} —`), `${what}: the form of step ${s.step}`);
      await checkAxe(page, `the case page with the form of step ${s.step}`);
      const form = act.locator('form').filter({ has: page.getByRole('button', { name: s.button, exact: true }) });
      assert.equal(await form.count(), 1, `${what}: one form with the button "${s.button}"`);
      await s.fill(form, page);

      const res = await navigates(page, () => form.getByRole('button', { name: s.button, exact: true }).click());
      assert.equal(res.status(), 200, `${what}: after "${s.button}": ${(await mainText(page)).slice(0, 600)}`);
      assert.equal(new URL(page.url()).search, '?pesan=tindakan', `${what}: back on the case page with the notice (${page.url()})`);
      assert.equal(squash(await page.getByRole('status').first().innerText()), NOTICE, `${what}: the notice`);
      assert.equal(squash(await page.locator('.case-summary .badge').innerText()), s.status, `${what}: the status`);
      if (s.step === 7 || s.step === 8) {
        // The same Kasi acts next: the page now has the form of the next step.
        assert.match(squash(await page.locator('#tindakan h2').innerText()), new RegExp(`^Tindakan Anda: Langkah ${s.step + 1} —`),
          `${what}: the form of step ${s.step + 1} follows for the Kasi`);
      } else {
        assert.equal(await page.locator('#tindakan').count(), 0, `${what}: no form left for this user`);
      }

      if (s.step === 2) {
        agendaNo = await fact(page.locator('.case-summary'), 'Nomor agenda');
        const [[stored]] = [sql(`SELECT agenda_no FROM request WHERE id = ${id}`).trim().split('\t')];
        assert.ok(agendaNo, 'step 2: the case page shows the agenda number');
        assert.equal(agendaNo, stored, 'step 2: the agenda number shown is the one stored');
        docs.disposisiAwal = await documentTexts(page, { title: 'Lembar Disposisi', slug: 'lembar-disposisi', tag: 'langkah-2' });
        assertTexts(docs.disposisiAwal, kop, 'Lembar Disposisi after step 2: the kop', { anyCase: true });
        assertTexts(docs.disposisiAwal, [agendaNo, business, F.nomorSurat, F.perihal], 'Lembar Disposisi after step 2');
      }
      if (s.step === 7) {
        await shot(page, 'alur-langkah-7-permohonan.png');
        const st = page.locator('section[aria-labelledby="st-judul"]');
        stNumber = await fact(st, 'Nomor');
        assert.ok(stNumber, 'step 7: the case page shows the Surat Tugas number');
        assert.equal(stNumber, sql(`SELECT number FROM surat_tugas WHERE request_id = ${id}`).trim(), 'step 7: the number stored');
        docs.suratTugas = await documentTexts(page, { title: 'Surat Tugas', slug: 'surat-tugas', tag: 'langkah-7' });
        assertTexts(docs.suratTugas, kop, 'Surat Tugas: the kop', { anyCase: true });
        assertTexts(docs.suratTugas, [stNumber, F.dasar, T.officer.name, T.officer.nip, T.officer.rank, T.officer.position,
          F.tempat, F.untuk, T.kadis.name, `NIP. ${T.kadis.nip}`], 'Surat Tugas');
      }
      if (s.step === 8) {
        const photo = page.locator('.file-item').filter({ hasText: 'pembinaan.jpg' });
        assert.equal(await photo.count(), 1, 'step 8: the photo is among the files of the case');
      }
      if (s.step === 9) {
        docs.laporan = await documentTexts(page, { title: 'Laporan', slug: 'laporan', tag: 'langkah-9' });
        assertTexts(docs.laporan, kop, 'Laporan: the kop', { anyCase: true });
        assertTexts(docs.laporan, [business, code, agendaNo, stNumber, F.catatanPembinaan, F.hasil, F.saranLaporan,
          F.tl1, F.tl2, T.kasi.name, `NIP. ${T.kasi.nip}`], 'Laporan');
        for (const [which, text] of Object.entries(docs.laporan)) {
          assert.ok(text.indexOf(F.tl1) < text.indexOf(F.tl2), `Laporan (${which}): the follow-up actions in order`);
        }
        docs.disposisiAkhir = await documentTexts(page, { title: 'Lembar Disposisi', slug: 'lembar-disposisi', tag: 'selesai' });
        assertTexts(docs.disposisiAkhir, kop, 'Lembar Disposisi at the end: the kop', { anyCase: true });
        assertTexts(docs.disposisiAkhir, [agendaNo, business, F.perihal, F.saran, F.disposisi, F.disposisiKasi,
          T.unitNames.bidang, T.unitNames.seksi, T.sek.name, T.kadis.name, T.kabid.name], 'Lembar Disposisi at the end');
      }
      await logOut(page, s.who);
    }

    const [[status, stepNo]] = [sql(`SELECT status, waiting FROM request WHERE id = ${id}`).trim().split('\t')];
    assert.deepEqual([status, stepNo], ['selesai', '0'], 'the request is stored as selesai and waits for no one');

    // The applicant tracks the request: Selesai.
    let res = await page.goto(url('/lacak'));
    assert.equal(res.status(), 200, 'GET /lacak');
    await page.getByLabel('Kode pelacakan').fill(code);
    res = await navigates(page, () => page.getByRole('button', { name: 'Lacak', exact: true }).click());
    assert.equal(res.status(), 200, '/lacak with the code');
    const track = await mainText(page);
    assert.equal(squash(await page.locator('main .badge').first().innerText()), 'Selesai', `/lacak shows the status Selesai: ${track.slice(0, 600)}`);
    assert.ok(track.includes(business), '/lacak names the business');
    await shot(page, 'alur-lacak-selesai.png');

    if (Object.keys(axeFound).length) console.log(JSON.stringify(axeFound, null, 2));
    assert.deepEqual(axeFound, {}, 'axe-core violations');
    assert.deepEqual(problems, [], 'no failed requests, HTTP errors or console errors (CSP)');
  } finally {
    await page.close();
  }
});
