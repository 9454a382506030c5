// The search figures of make bench, run by bench/search.sh (which serves
// the site through lighttpd): for each case, SEARCH_RUNS runs (default 5)
// in Debian's Chromium, each in a new browser context (cold cache), with
// a phone-sized window as a pupil has it (the filters below the results):
//
//   query           /zoeken/?q=zorg
//   query + filter  /zoeken/?q=zorg&niveau=SLUG
//   filter          /zoeken/?niveau=SLUG
//   typed           /zoeken/, then three letters typed into the box
//
// bytes: the encodedDataLength (compressed body and headers, as DevTools
// shows "transferred") of every response Chromium requested before the
// first result list appeared, through the DevTools protocol: "index" the
// files below /zoeken/index/, "total" everything, the page, style, script
// and font included (for "typed": everything requested after the first
// key). ms: from the load event (performance timing of the navigation) to
// the first result cards in the list (the script shows the first four as
// soon as they are in), and "page ms" to the whole page of results with
// its count in the status line, and "nav ms" from the start of the
// navigation (what a pupil waits in all); for "typed", from the last key.
// The cards count once #zoek-app, which holds them, is shown. Nothing of
// the test runs in the page between the load and the results (the page
// reports them in a console message): Playwright's injected script took
// tens of ms of the page's main thread there on a busy machine. "a request
// takes" is the median time of a tiny fetch in the same browser: on a
// busy machine it is tens of milliseconds, and every figure grows with it.
// Bytes and ms are medians over the runs; one untimed warm-up run per
// case first fills lighttpd's compression cache, as on a live server.
// Each run also checks that the first cards are the first of the finished
// list (the script may show them before the whole search is done); a
// mismatch is an error.
//
//   node bench/search.mjs BASE_URL SITE_DIR RESULTS_JSON [N]
//
// Environment: SEARCH_RUNS, SEARCH_Q (zorg), SEARCH_TYPED (zor),
// SEARCH_NIVEAU (vmbo-bb, else the first level with vacancies),
// SEARCH_CASES (names of the cases to run, comma-separated; all by default).
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../tests/package.json'));
const { chromium } = require('playwright-core');

const [base, site, out, nArg] = process.argv.slice(2);
if (!base || !site || !out) {
  console.error('usage: node bench/search.mjs BASE_URL SITE_DIR RESULTS_JSON [N]');
  process.exit(2);
}
const RUNS = Math.max(1, parseInt(process.env.SEARCH_RUNS || '5', 10));
const Q = process.env.SEARCH_Q || 'zorg', TYPED = process.env.SEARCH_TYPED || 'zor';
const idxDir = join(site, 'zoeken/index');
const readJSON = (p) => JSON.parse(readFileSync(p, 'utf8'));
const entry = readJSON(join(idxDir, 'open/start.json'));
const closed = existsSync(join(idxDir, 'gesloten/start.json')) ? readJSON(join(idxDir, 'gesloten/start.json')) : { n: 0 };
const N = parseInt(nArg || '', 10) || entry.n + closed.n;
const levels = (entry.f || []).find((f) => f.id === 'niveau');
const niveau = process.env.SEARCH_NIVEAU || (levels && (levels.w.find(([s], i) => s === 'vmbo-bb' && levels.a[i] > 0) ||
  levels.w.find((_, i) => levels.a[i] > 0) || levels.w[0] || [])[0]) || 'vmbo-bb';

// ---- the files of the index ----
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
  d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]);
const gz = (p) => gzipSync(readFileSync(p), { level: 6 }).length;
const rel = (p) => p.slice(idxDir.length + 1);
const files = walk(idxDir).map((p) => ({ p: rel(p), size: statSync(p).size }));
const figures = { files: files.length, bytes: files.reduce((a, f) => a + f.size, 0), indexes: {} };
for (const name of readdirSync(idxDir)) {
  const fs = files.filter((f) => f.p.startsWith(name + '/'));
  figures.indexes[name] = { files: fs.length, bytes: fs.reduce((a, f) => a + f.size, 0) };
}
const one = (p) => p && { file: p, bytes: statSync(join(idxDir, p)).size, gzip: gz(join(idxDir, p)) };
const largest = (re) => files.filter((f) => re.test(f.p)).sort((a, b) => b.size - a.size)[0];
const group = (re) => {
  const fs = files.filter((f) => re.test(f.p));
  return fs.length ? { files: fs.length, bytes: fs.reduce((a, f) => a + f.size, 0),
    gzip: fs.reduce((a, f) => a + gz(join(idxDir, f.p)), 0), largest: one(largest(re).p) } : null;
};
figures.start = one('open/start.json');
figures.facets = group(/^open\/k[./]/); // k.json, or the facet files in k/
figures.largest_shard = one((largest(/^open\/w\//) || {}).p);
figures.metadata = group(/^open\/m\//);
if (figures.metadata) delete figures.metadata.gzip; // thousands of files: the sum of raw sizes is enough

// ---- the browser ----
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const phone = { width: 390, height: 844 };
const cases = [
  { name: 'query', path: '/zoeken/?q=' + encodeURIComponent(Q) },
  { name: 'query + filter', path: '/zoeken/?q=' + encodeURIComponent(Q) + '&niveau=' + encodeURIComponent(niveau) },
  { name: 'filter', path: '/zoeken/?niveau=' + encodeURIComponent(niveau) },
  { name: 'typed', path: '/zoeken/', typed: TYPED },
].filter((c) => !process.env.SEARCH_CASES || process.env.SEARCH_CASES.split(',').includes(c.name));
const errors = [];

async function run(c) {
  const ctx = await browser.newContext({ viewport: phone });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(c.name + ': ' + e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(c.name + ': ' + m.text()); });
  const cdp = await ctx.newCDPSession(page);
  const reqs = new Map();
  let offset = null; // wall-clock seconds minus the protocol's monotonic seconds
  cdp.on('Network.requestWillBeSent', (e) => {
    if (offset === null && e.wallTime) offset = e.wallTime - e.timestamp;
    reqs.set(e.requestId, { url: e.request.url, start: e.timestamp, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) { r.bytes = e.encodedDataLength; r.end = e.timestamp; } });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await page.addInitScript(() => {
    // Times taken in the page, reported by a console message: no evaluation from the test
    // runs in the page (its injected script costs the main thread tens of ms on a busy machine)
    // until the results are there. Cards count once #zoek-app, which holds them, is shown.
    const now = () => performance.timeOrigin + performance.now();
    const titles = () => [...document.querySelectorAll('#zoek-lijst > li h3')].map((h) => h.textContent);
    new MutationObserver(() => {
      const app = document.getElementById('zoek-app'), status = document.getElementById('zoek-status');
      const list = app && !app.hidden && document.querySelector('#zoek-lijst > li');
      if (!window.__results && list) window.__results = now(), window.__first = titles();
      if (!window.__done && list && status && /\d/.test(status.textContent)) {
        window.__done = now();
        window.__final = titles();
        console.debug('sb:done');
      }
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
    addEventListener('input', () => { window.__typed = now(); window.__firstKey = window.__firstKey || now(); }, true);
  });
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'sb:done', timeout: 120000 });
  await page.goto(base + c.path, { waitUntil: 'load' });
  if (c.typed) {
    await page.waitForSelector('#zoek-app:not([hidden]) #zoek-facetten fieldset', { timeout: 120000 });
    await page.waitForTimeout(300);
    await page.locator('#zoek-q').pressSequentially(c.typed, { delay: 40 });
  }
  await done;
  const t = await page.evaluate(() => ({
    results: window.__results, done: window.__done, typed: window.__typed, firstKey: window.__firstKey,
    load: performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventStart, nav: performance.timeOrigin,
    status: document.getElementById('zoek-status').textContent.trim(),
    first: window.__first, final: window.__final,
  }));
  // The first cards (perhaps shown before the whole search was done) must be those of the finished list.
  if (t.first.join('|') !== t.final.slice(0, t.first.length).join('|'))
    errors.push(`${c.name}: the first cards ${JSON.stringify(t.first)} are not the first of the finished list ${JSON.stringify(t.final.slice(0, 6))}`);
  // Responses still arriving for requests made before the list: let them finish.
  await page.waitForTimeout(200);
  const from = c.typed ? t.firstKey : 0, until = t.results;
  let index = 0, total = 0, n = 0;
  for (const r of reqs.values()) {
    const at = (r.start + offset) * 1000;
    if (at < from || at > until) continue;
    total += r.bytes;
    n++;
    if (new URL(r.url).pathname.startsWith('/zoeken/index/')) index += r.bytes;
  }
  if (process.env.SEARCH_DEBUG) {
    console.log(c.name, 'load', (t.load - until).toFixed(0), 'ms before the list');
    for (const r of reqs.values()) console.log('  ', ((r.start + offset) * 1000 - until).toFixed(0), ((r.end + offset) * 1000 - until).toFixed(0), r.bytes, new URL(r.url).pathname);
  }
  await ctx.close();
  const t0 = c.typed ? t.typed : t.load;
  return { ms: until - t0, all: t.done - t0, nav: until - (c.typed ? t.typed : t.nav), index, total, requests: n, status: t.status };
}

const median = (a) => { const s = [...a].sort((x, y) => x - y), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = [];
for (const c of cases) {
  await run(c); // warm-up: lighttpd compresses each file once, into its cache
  const rs = [];
  for (let i = 0; i < RUNS; i++) rs.push(await run(c));
  rows.push({ N, case: c.name, query: c.typed ? c.path + ' + typed "' + c.typed + '"' : c.path,
    bytes: median(rs.map((r) => r.total)), index_bytes: median(rs.map((r) => r.index)),
    requests: median(rs.map((r) => r.requests)), ms: Math.round(median(rs.map((r) => r.ms))),
    ms_page: Math.round(median(rs.map((r) => r.all))), ms_nav: Math.round(median(rs.map((r) => r.nav))),
    ms_runs: rs.map((r) => Math.round(r.ms)), results: rs[rs.length - 1].status });
}
// How busy the machine is: the time of a tiny request from the page.
const rtt = await (async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/robots.txt');
  const ts = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 7; i++) {
      const a = performance.now();
      await (await fetch('/robots.txt?' + Math.random())).text();
      out.push(performance.now() - a);
    }
    return out;
  });
  await ctx.close();
  return median(ts);
})();
await browser.close();

// ---- the table ----
const kb = (b) => (b / 1000).toFixed(1);
const int = (n) => n.toLocaleString('en');
const pad = (s, w, right) => (right ? String(s).padStart(w) : String(s).padEnd(w));
console.log(`search, N = ${int(N)}: phone window, served by lighttpd with mod_deflate, cold cache, median of ${RUNS}; load ${loadavg()[0].toFixed(2)}, a request takes ${rtt.toFixed(1)} ms`);
console.log(pad('case', 15) + pad('URL', 44) + pad('index KB', 9, 1) + pad('total KB', 10, 1) + pad('req', 5, 1) + pad('ms', 6, 1) +
  pad('page ms', 9, 1) + pad('nav ms', 8, 1) + '  ms of each run; results');
for (const r of rows) {
  console.log(pad(r.case, 15) + pad(r.query.length > 43 ? r.query.slice(0, 42) + '…' : r.query, 44) + pad(kb(r.index_bytes), 9, 1) +
    pad(kb(r.bytes), 10, 1) + pad(r.requests, 5, 1) + pad(r.ms, 6, 1) + pad(r.ms_page, 9, 1) + pad(r.ms_nav, 8, 1) + '  ' + r.ms_runs.join(' ') + '; ' + r.results);
}
console.log('  KB: 1000 bytes transferred (compressed) for requests made before the first result list. ms: from the load');
console.log('  event (typed: from the last key) to the first result cards; page ms: to the whole page of results');
console.log('  with its count (typed: said once typing pauses for 400 ms); nav ms: from the start of the navigation (typed: the last');
console.log('  key) to the first result cards, the whole wait a pupil sees. Targets: 300 KB, 50 ms.');
const f = figures, gzs = (x) => `${kb(x.bytes)} KB (${kb(x.gzip)} KB gzip)`;
console.log(`index: ${int(f.files)} files, ${(f.bytes / 1e6).toFixed(1)} MB: ` +
  Object.entries(f.indexes).map(([k, v]) => `${k} ${int(v.files)} files ${(v.bytes / 1e6).toFixed(2)} MB`).join(', '));
console.log(`  open/start.json ${gzs(f.start)}` +
  (f.facets ? `; facets ${f.facets.files > 1 ? f.facets.files + ' files ' : f.facets.largest.file + ' '}${gzs(f.facets)}` +
    (f.facets.files > 1 ? `, largest ${f.facets.largest.file} ${gzs(f.facets.largest)}` : '') : '') +
  (f.largest_shard ? `; largest term shard ${f.largest_shard.file} ${gzs(f.largest_shard)}` : '') +
  (f.metadata ? `; metadata ${int(f.metadata.files)} files ${(f.metadata.bytes / 1e6).toFixed(1)} MB` : ''));
if (errors.length) console.log('errors in the page:\n  ' + [...new Set(errors)].slice(0, 10).join('\n  '));

// ---- the JSON: rows of other N kept ----
let doc = { results: [], index: [] };
try { doc = readJSON(out); } catch { /* a new file */ }
for (const r of rows) Object.assign(r, { request_ms: +rtt.toFixed(1), load: +loadavg()[0].toFixed(2) });
doc.results = (doc.results || []).filter((r) => r.N !== N).concat(rows).sort((a, b) => a.N - b.N);
doc.index = (doc.index || []).filter((r) => r.N !== N).concat([{ N, ...figures }]).sort((a, b) => a.N - b.N);
doc.about = 'bench/search.sh: bytes transferred (compressed, as served by lighttpd) before the first result list, ' +
  'ms from the load event (typed: from the last key) to it; medians of cold-cache runs in headless Chromium';
writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
process.exit(errors.length ? 1 : 0);
