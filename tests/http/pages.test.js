// HTTP tests of the public pages' content: the home page and the service standards page, against the seed and the database.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  SERVICE_PATH, SERVICE_SLUG, SEED, get, rawRequest, sql, q, readConfig, textOf, elements, cells, attr, links,
  assertHtmlUtf8, exclusive, env,
} = require('./lib.js');

exclusive();

const UNIT_WORD = { minute: 'menit', hour: 'jam', day: 'hari', workday: 'hari kerja' };

let standardsCache = null;
async function standardsPage() {
  if (standardsCache === null) {
    const res = await get(SERVICE_PATH);
    assert.equal(res.status, 200, `GET ${SERVICE_PATH}: ${res.body.slice(0, 300)}`);
    standardsCache = res;
  }
  return standardsCache;
}

// The swimlane table: the table whose header names every lane and the Mutu Baku columns.
function swimlaneTable(html) {
  const tables = elements(html, 'table');
  const t = tables.find((tb) => {
    const text = textOf(tb.html).toLowerCase();
    return SEED.lanes.every((l) => text.includes(l.toLowerCase())) && text.includes('kelengkapan');
  });
  assert.ok(t, `no table with the seven lanes and "Kelengkapan" among ${tables.length} tables`);
  return t;
}

// Lays the table's rows out on a grid (colspan/rowspan honoured): grid[row][col] = cell.
function grid(tableHtml) {
  const rows = elements(tableHtml, 'tr');
  const g = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    const re = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<(?:td|th)\b|<\/tr\s*>|$)/gi;
    let m;
    while ((m = re.exec(row.inner)) !== null) {
      while (g[r][c] !== undefined) c++;
      const cell = { tag: m[1].toLowerCase(), attrs: m[2], inner: m[3].replace(/<\/(td|th)\s*>\s*$/i, ''), text: textOf(m[3]), row: r };
      const cs = Math.max(1, parseInt(attr(m[2], 'colspan') || '1', 10) || 1);
      const rs = Math.max(1, parseInt(attr(m[2], 'rowspan') || '1', 10) || 1);
      for (let dr = 0; dr < rs && r + dr < g.length; dr++) {
        for (let dc = 0; dc < cs; dc++) g[r + dr][c + dc] = cell;
      }
      c += cs;
    }
  });
  return { rows, g };
}

// The row of the swimlane table that holds a step's activity as a cell of its own.
function stepRowIndex(rows, no, activity) {
  const numbered = new RegExp(`^${no}\\.?\\s+${activity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return rows.findIndex((row) => cells(row.inner).some((c) => c.text === activity || numbered.test(c.text)));
}

function dbSteps() {
  return sql(`SELECT st.no, st.activity, l.name, l.code, st.input, st.time_amount, st.time_unit, st.output, st.symbol
    FROM service_step st JOIN service s ON s.id = st.service_id JOIN lane l ON l.id = st.lane_id
    WHERE s.slug = ${q(SERVICE_SLUG)} AND st.version_id = (SELECT MAX(v.id) FROM standard_version v WHERE v.service_id = s.id) ORDER BY st.no`).map(([no, activity, lane, laneCode, input, amount, unit, output, symbol]) =>
    ({ no: Number(no), activity, lane, laneCode, input, amount, unit, output, symbol }));
}

const lower = (s) => s.toLowerCase();
const hasPhrase = (text, phrase) => new RegExp(`(^|[^\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

test('home page shows the office name, address and phone from the config', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assertHtmlUtf8(res, 'GET /');
  const text = textOf(res.body);
  const conf = readConfig();
  for (const key of ['Office.Name', 'Office.Address', 'Office.Phone']) {
    assert.ok(conf[key], `config has no ${key}`);
    assert.ok(text.includes(conf[key]), `home page lacks ${key} "${conf[key]}"`);
  }
  assert.ok(text.includes('Jl. Imam Bonjol No. 109'), 'home page lacks the street address');
  assert.ok(text.includes('0754-20044'), 'home page lacks the phone number');
});

test('home page links to the Pembinaan UMKM dan Koperasi standards page', async () => {
  const res = await get('/');
  const basePath = readConfig()['Site.BasePath'] || '';
  const hrefs = links(res.body);
  assert.ok(hrefs.includes(basePath + SERVICE_PATH), `no link to ${basePath + SERVICE_PATH} among ${JSON.stringify(hrefs)}`);
  const a = [...res.body.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)].find((m) => attr(m[1], 'href') === basePath + SERVICE_PATH);
  assert.match(textOf(a[2]), /Pembinaan UMKM dan Koperasi/, 'the link names the service');
});

test('home page lists every service in the database with a link to its page', async () => {
  const res = await get('/');
  const basePath = readConfig()['Site.BasePath'] || '';
  const hrefs = links(res.body);
  const services = sql('SELECT slug, name FROM service ORDER BY id');
  assert.ok(services.length >= 1, 'the database has no service');
  for (const [slug, name] of services) {
    assert.ok(hrefs.includes(`${basePath}/layanan/${slug}`), `no link to /layanan/${slug}`);
    assert.ok(textOf(res.body).includes(name), `service name "${name}" not shown`);
  }
});

test('standards page shows each of the nine SOP activities verbatim in its own row, with its time', async () => {
  const res = await standardsPage();
  assertHtmlUtf8(res, SERVICE_PATH);
  const { rows } = grid(swimlaneTable(res.body).html);
  SEED.steps.forEach(([activity, time], i) => {
    const r = stepRowIndex(rows, i + 1, activity);
    assert.ok(r >= 0, `step ${i + 1} "${activity}" is not a cell of the swimlane table`);
    const rowText = textOf(rows[r].html);
    if (time) {
      assert.ok(hasPhrase(rowText, time), `step ${i + 1}: row lacks its time "${time}": ${rowText}`);
    } else {
      assert.doesNotMatch(rowText, /\d+\s*(menit|jam|hari)/i, `step ${i + 1} has no time in the source, row shows one: ${rowText}`);
    }
  });
});

test('standards page shows the steps in their order, with No., input and output as stored in service_step', async () => {
  const res = await standardsPage();
  const steps = dbSteps();
  assert.equal(steps.length, 9, 'service_step holds nine steps for the service');
  const { rows } = grid(swimlaneTable(res.body).html);
  let prev = -1;
  for (const st of steps) {
    const r = stepRowIndex(rows, st.no, st.activity);
    assert.ok(r >= 0, `DB step ${st.no} "${st.activity}" is not shown as a cell of the swimlane table`);
    assert.ok(r > prev, `step ${st.no} is shown out of order`);
    prev = r;
    const rowCells = cells(rows[r].inner).map((c) => c.text);
    assert.ok(rowCells.some((c) => c === String(st.no) || c === `${st.no}.` || c.startsWith(`${st.no}. `) || c.startsWith(`${st.no} `)),
      `step ${st.no}: no cell with its number: ${JSON.stringify(rowCells)}`);
    assert.ok(rowCells.includes(st.input), `step ${st.no}: no cell with its input "${st.input}": ${JSON.stringify(rowCells)}`);
    assert.ok(rowCells.includes(st.output), `step ${st.no}: no cell with its output "${st.output}": ${JSON.stringify(rowCells)}`);
    if (st.amount !== null) {
      const time = `${Number(st.amount)} ${UNIT_WORD[st.unit]}`;
      assert.ok(rowCells.some((c) => lower(c) === time), `step ${st.no}: no cell with its time "${time}": ${JSON.stringify(rowCells)}`);
    }
  }
});

const SYMBOL = { terminator: '○', process: '▭', decision: '◇' };

test('standards page draws each step\'s symbol (○ ▭ ◇) in the column of its lane as stored in service_step, and in no other lane', async () => {
  const res = await standardsPage();
  const steps = dbSteps();
  const { rows, g } = grid(swimlaneTable(res.body).html);
  const laneCol = {};
  g.forEach((row) => row.forEach((cell, c) => {
    if (cell.tag === 'th' && laneCol[lower(cell.text)] === undefined) laneCol[lower(cell.text)] = c;
  }));
  const laneCols = SEED.lanes.map((l) => laneCol[lower(l)]);
  for (const st of steps) {
    const col = laneCol[lower(st.lane)];
    assert.notEqual(col, undefined, `no header cell for lane "${st.lane}" (headers: ${JSON.stringify(Object.keys(laneCol))})`);
    const r = stepRowIndex(rows, st.no, st.activity);
    assert.ok(r >= 0, `step ${st.no} not found`);
    const cell = g[r][col];
    assert.ok(cell && cell.row === r, `step ${st.no}: no cell of its own under lane "${st.lane}"`);
    assert.ok(SYMBOL[st.symbol], `step ${st.no}: symbol "${st.symbol}" is one of ${Object.keys(SYMBOL)}`);
    assert.ok(cell.text.includes(SYMBOL[st.symbol]), `step ${st.no}: the cell under "${st.lane}" holds ${SYMBOL[st.symbol]} (${st.symbol}): "${cell.text}"`);
    for (const c of laneCols) {
      if (c === col || c === undefined) continue;
      const other = g[r][c];
      assert.ok(!/[○▭◇]/.test(other.text), `step ${st.no}: another lane's cell holds a symbol: "${other.text}"`);
    }
  }
});

test('standards page draws the flow from each step across the lanes to the next step\'s lane, and names that lane', async () => {
  const steps = dbSteps();
  assert.equal(steps[0].symbol, 'terminator', 'step 1 (the applicant\'s letter) is the start symbol ○, as in the source');
  const { rows, g } = grid(swimlaneTable((await standardsPage()).body).html);
  const laneCol = {};
  g.forEach((row) => row.forEach((cell, c) => {
    if (cell.tag === 'th' && laneCol[lower(cell.text)] === undefined) laneCol[lower(cell.text)] = c;
  }));
  for (let i = 0; i + 1 < steps.length; i++) {
    const from = steps[i], to = steps[i + 1];
    const r = stepRowIndex(rows, from.no, from.activity);
    const ca = laneCol[lower(from.lane)], cb = laneCol[lower(to.lane)];
    assert.ok(g[r][ca].text.includes(to.lane), `step ${from.no}: its cell names the next lane "${to.lane}": "${g[r][ca].text}"`);
    const lo = Math.min(ca, cb), hi = Math.max(ca, cb);
    for (let c = lo; c <= hi; c++) {
      assert.ok(/\S/.test(g[r][c].inner), `step ${from.no} -> ${to.no}: the lane cell ${c - lo + 1} of ${hi - lo + 1} between "${from.lane}" and "${to.lane}" draws the flow`);
    }
  }
});

test('standards page has the seven lanes as column headers in the document order', async () => {
  const res = await standardsPage();
  const { g } = grid(swimlaneTable(res.body).html);
  const headerTexts = [];
  const seen = new Set();
  g.forEach((row) => row.forEach((cell) => {
    if (cell.tag === 'th' && !seen.has(cell)) { seen.add(cell); headerTexts.push(lower(cell.text)); }
  }));
  const laneHeaders = headerTexts.filter((t) => SEED.lanes.some((l) => lower(l) === t));
  assert.deepEqual(laneHeaders, SEED.lanes.map(lower), 'lane headers in the order of the document');
  const dbLanes = sql('SELECT name FROM lane ORDER BY position').map(([n]) => lower(n));
  assert.deepEqual(laneHeaders, dbLanes, 'lane headers in the order of lane.position');
});

test('standards page has the Mutu Baku columns Kelengkapan, Waktu and Output', async () => {
  const res = await standardsPage();
  const { g } = grid(swimlaneTable(res.body).html);
  const headers = new Set();
  g.forEach((row) => row.forEach((cell) => { if (cell.tag === 'th') headers.add(lower(cell.text)); }));
  for (const h of ['mutu baku', 'kelengkapan', 'waktu', 'output']) {
    assert.ok(headers.has(h), `no column header "${h}" (headers: ${JSON.stringify([...headers])})`);
  }
});

test('standards page shows the published facts of the standard', async () => {
  const res = await standardsPage();
  const text = textOf(res.body);
  for (const fact of ['Pembinaan UMKM dan Koperasi', '1 Hari kerja', 'Tidak dipungut biaya', 'Surat Permohonan dari UMKM',
    'Surat Permohonan dari Koperasi', 'SP4N LAPOR', '1708', 'Kotak Pengaduan', 'Jl. Imam Bonjol', '0754-20044', 'Persyaratan',
    'Waktu Penyelesaian', 'Biaya', 'Produk Pelayanan', 'Pengaduan']) {
    assert.ok(text.includes(fact), `standards page lacks "${fact}"`);
  }
  assert.match(text, /SP4N LAPOR!/, 'the Android application "SP4N LAPOR!" is named');
});

test('standards page names the service in its main heading', async () => {
  const res = await standardsPage();
  const [name] = sql(`SELECT name FROM service WHERE slug = ${q(SERVICE_SLUG)}`)[0];
  const h1 = elements(res.body, 'h1');
  assert.equal(h1.length, 1, 'one h1');
  assert.ok(textOf(h1[0].inner).includes(name), `h1 "${textOf(h1[0].inner)}" names the service "${name}"`);
});

test('standards page shows "Belum ditetapkan" for the empty SK number', async () => {
  const [sk] = sql(`SELECT v.sk_number FROM standard_version v JOIN service s ON s.id = v.service_id WHERE s.slug = ${q(SERVICE_SLUG)} ORDER BY v.number DESC LIMIT 1`)[0];
  assert.ok(sk === null || sk === '', `the seed leaves the SK number empty (DB has ${JSON.stringify(sk)})`);
  const text = textOf((await standardsPage()).body);
  assert.match(text, /(No\.|Nomor)\s*SK\s*:?\s*Belum ditetapkan/i);
});

// The component sections: for each of the 14 components (standard_component order), the HTML from
// its heading (h2-h4 whose text is the title, optionally numbered) to the next component's heading.
function componentSections(html, components) {
  const headings = [...html.matchAll(/<(h[2-4])\b[^>]*>([\s\S]*?)<\/\1\s*>/gi)].map((m) => ({ index: m.index, end: m.index + m[0].length, text: textOf(m[2]) }));
  let from = 0;
  const found = components.map(([code, title]) => {
    const re = new RegExp(`^(\\d+\\.?\\s*)?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    const h = headings.find((x) => x.index >= from && re.test(x.text));
    assert.ok(h, `no heading for component "${title}" (${code}) after the previous one; headings: ${JSON.stringify(headings.map((x) => x.text))}`);
    from = h.end;
    return { code, title, h };
  });
  return found.map((s, i) => Object.assign(s, { html: html.slice(s.h.end, i + 1 < found.length ? found[i + 1].h.index : html.length) }));
}

test('standards page shows the 14 components of UU 25/2009 Pasal 21 in order, each with its items or "Belum ditetapkan"', async () => {
  const res = await standardsPage();
  const components = sql('SELECT code, title FROM standard_component ORDER BY position');
  assert.equal(components.length, 14, 'standard_component holds 14 components');
  const items = sql(`SELECT i.component_code, i.text FROM service_item i JOIN service s ON s.id = i.service_id
    WHERE s.slug = ${q(SERVICE_SLUG)} AND i.version_id = (SELECT MAX(v.id) FROM standard_version v WHERE v.service_id = s.id)
    ORDER BY i.component_code, i.position`);
  const sections = componentSections(res.body, components);
  // The last section runs to the end of the page: cut it at the footer.
  const last = sections[sections.length - 1];
  last.html = last.html.split(/<footer\b/i)[0];
  for (const s of sections) {
    const mine = items.filter(([code]) => code === s.code).map(([, t]) => t);
    const text = textOf(s.html);
    if (s.code === 'prosedur') {
      assert.ok(/<table\b/i.test(s.html), 'the Prosedur section holds the swimlane table');
      continue;
    }
    if (mine.length === 0) {
      assert.ok(text.includes('Belum ditetapkan'), `empty component "${s.title}" must read "Belum ditetapkan": ${text.slice(0, 200)}`);
    } else {
      assert.ok(!text.includes('Belum ditetapkan'), `component "${s.title}" has items but reads "Belum ditetapkan"`);
      let prev = -1;
      for (const t of mine) {
        const at = text.indexOf(textOf(t));
        assert.ok(at >= 0, `component "${s.title}" lacks its item "${t}"`);
        assert.ok(at > prev, `component "${s.title}": item "${t}" out of order`);
        prev = at;
      }
    }
  }
});

test('standards page lists Persyaratan, Biaya, Produk and Pengaduan items from the seed', async () => {
  const items = sql(`SELECT i.component_code, i.text FROM service_item i JOIN service s ON s.id = i.service_id
    WHERE s.slug = ${q(SERVICE_SLUG)} AND i.version_id = (SELECT MAX(v.id) FROM standard_version v WHERE v.service_id = s.id)
    ORDER BY i.component_code, i.position`);
  const by = (code) => items.filter(([c]) => c === code).map(([, t]) => t);
  assert.deepEqual(by('persyaratan'), ['Surat Permohonan dari UMKM', 'Surat Permohonan dari Koperasi']);
  assert.deepEqual(by('biaya'), ['Tidak dipungut biaya']);
  assert.deepEqual(by('produk'), ['Pembinaan UMKM dan Koperasi']);
  assert.deepEqual(by('waktu'), ['1 Hari kerja']);
  const pengaduan = by('pengaduan').join(' | ');
  for (const part of ['SP4N LAPOR', '1708', 'SP4N LAPOR!', 'Kotak Pengaduan', 'Jl. Imam Bonjol']) {
    assert.ok(pengaduan.includes(part), `pengaduan items lack "${part}": ${pengaduan}`);
  }
  assert.deepEqual(by('dasar_hukum'), [], 'the source has no Dasar Hukum: nothing may be invented');
});

test('HEAD returns the headers of GET without a body', async () => {
  const host = new URL(env.baseUrl).host;
  for (const [p, status] of [['/', 200], [SERVICE_PATH, 200], ['/tidak-ada-head', 404]]) {
    const raw = await rawRequest(`HEAD ${p} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    const s = raw.toString('latin1');
    const end = s.indexOf('\r\n\r\n');
    assert.ok(end > 0, `HEAD ${p}: no complete header block: ${JSON.stringify(s.slice(0, 300))}`);
    assert.match(s, new RegExp(`^HTTP/1\\.[01] ${status} `), `HEAD ${p}: status ${status}: ${s.split('\r\n')[0]}`);
    assert.match(s.slice(0, end + 2), /\r\ncontent-type: text\/html;\s*charset=utf-8\r\n/i, `HEAD ${p}: Content-Type`);
    assert.equal(raw.length, end + 4, `HEAD ${p}: ${raw.length - end - 4} body bytes after the headers`);
  }
});
