/*
 * Stagebureau: search as you type on /zoeken/, over the static index the
 * generator writes below /zoeken/index/ (generator/search.c). Progressive
 * enhancement: without this script the page has a plain GET form and the
 * filter link lists. Plain ES2020, no framework; text reaches the page
 * through textContent and DOM nodes only, never as markup. Every word it
 * shows comes from the page (data attributes of #zoek-app, rendered from
 * the locale) or from the index. See README.md beside this file.
 */
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const app = $('zoek-app'), form = $('zoek-form'), filt = $('zoek-filters');
  if (!app || !form || !filt || !window.fetch) return;
  const input = form.elements.q, T = app.dataset, PER = 20;
  const status = $('zoek-status'), melding = $('zoek-melding'), list = $('zoek-lijst'), pages = $('zoek-paginas');
  const info = $('zoek-info'), typoNote = $('zoek-typo');
  const fill = (s, k, v) => s.replace('{' + k + '}', v);
  const num = (n, d) => n.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: d || 0 });

  /*
   * ---- words: must match search_terms() in generator/search.c exactly;
   * its tables (folding of U+00C0-U+017F, what 1-5 there expand to, stop
   * words) come with the open index's entry (set with O, below) ----
   */
  let LATIN, EXPAND, STOP;

  const stem = (w) => {
    if (/[^a-z]/.test(w)) return w;
    let n = w.length;
    const v = (i) => 'aeiouy'.includes(w[i]);
    if (n >= 5 && w.endsWith('heden')) w = w.slice(0, -5) + 'heid';
    else if (n >= 5) {
      if (w[n - 1] == 's' && ((!v(n - 2) && w[n - 2] != 'j') || (w[n - 2] == 'e' && !v(n - 3)))) w = w.slice(0, --n);
      if (n >= 5 && w.endsWith('en') && !v(n - 3)) w = w.slice(0, n -= 2);
      if (n >= 4 && w[n - 1] == 'e' && !v(n - 2)) w = w.slice(0, --n);
      if (n >= 4 && w[n - 1] == w[n - 2] && !v(n - 1)) w = w.slice(0, --n);
    }
    return w.replace(/([aeou])\1+/g, '$1');
  };

  /* Calls fn(term, folded word, start, end) for each term of text; positions index text. */
  const words = (text, fn) => {
    let w = '', n = 0, start = 0, i = 0;
    for (const ch of text + ' ') {
      let c = ch.codePointAt(0), add = '';
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) add = String.fromCharCode(c);
      else if (c >= 0xc0 && c < 0x180 && LATIN[c - 0xc0] != ' ') add = EXPAND[LATIN[c - 0xc0] - 1] || LATIN[c - 0xc0];
      else if (c >= 0x300 && c < 0x370) { i += ch.length; continue; }
      else if ((c >= 0x180 && c < 0x2000) || (c >= 0x3040 && c < 0xd800)) add = ch;
      if (add) {
        if (!n) start = i;
        for (const a of add) if (n++ < 24) w += a;
      } else {
        if (n >= 2 && !STOP.has(w)) fn(stem(w), w, start, i);
        w = '';
        n = 0;
      }
      i += ch.length;
    }
  };

  /* ---- numbers of the index: base-64 digits ---- */
  const DV = new Uint8Array(128);
  [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'].forEach((c, i) => { DV[c.charCodeAt(0)] = i; });
  const digit = (s, i) => DV[s.charCodeAt(i)];

  /* ---- loading ---- */
  const cache = {};
  const json = (url, fresh) => cache[url] || (cache[url] = fetch(url, fresh ? { cache: 'no-cache' } : {})
    .then((r) => { if (!r.ok) throw Error(r.status + ' ' + url); return r.json(); })
    .catch((e) => { delete cache[url]; throw e; }));
  const base = new URL('index/', form.action);
  const idx = {};
  /*
   * The entries come with the page (data-index), as fresh as the page: used
   * unless the page itself came from the browser's cache unasked (no bytes
   * transferred), which could pair an old entry with new shards. Then, and
   * for an entry the page lacks, start.json is fetched, past the cache.
   */
  let E = {};
  try {
    if (performance.getEntriesByType('navigation')[0].transferSize) E = JSON.parse(T.index);
  } catch (e) { /* fetched instead */ }
  /* An index (open, gesloten, info): entry plus where each document's metadata is. */
  const open = (name) => idx[name] || (idx[name] = (E[name] ? Promise.resolve(E[name]) : json(new URL(name + '/start.json', base), 1)).then((e) => {
    const x = { e, n: e.n, name, dir: new URL(name + '/', base).href, v: '?v=' + e.v,
      bk: new Uint32Array(e.nb + 1), c: {} };
    for (let b = 0; b < e.nb; b++) x.bk[b + 1] = x.bk[b] + digit(e.bz, b); // the first id of each bucket
    return x;
  }).catch((e) => { delete idx[name]; throw e; }));
  /* A file of index x; the cards it carries (c: id -> metadata record) join x.c. */
  const file = (x, f) => json(x.dir + f + x.v).then((j) => Object.assign(x.c, j.c) && j);
  /* The vacancy indexes in use: the open one, and the closed one when asked for. */
  const active = () => Promise.all(['open'].concat(filt.elements.alle.checked ? ['gesloten'] : []).map(open));
  let O; // the entry of the open index: facets, places, column layout, word tables
  let hits = new Set(); // the terms the current query matched

  /*
   * Facets of a vacancy index, loaded in parts (k/PART.json): a bitmap per
   * value of a bit-mask column ('s3': sector 3, OR-ed into the masks of x.f.s)
   * or a whole column ('l': places). x.f holds every column as a typed array,
   * zeros where nothing is loaded yet; x.d the parts loaded.
   */
  const ALL = () => O.kol.flatMap(([c, w, nv]) => (w ? [c] : [...Array(nv).keys()].map((v) => c + v)));
  const facets = (x, parts) => {
    if (!x.f) {
      x.f = {};
      x.h = {};
      x.d = new Set();
      const zero = new Uint32Array(x.n); // shared by the columns not loaded yet
      for (const c of 'mskdlngp') x.f[c] = zero;
    }
    return Promise.all(parts.map((q) => x.h[q] || (x.h[q] = file(x, 'k/' + q + '.json').then(({ v }) => {
      const c = q[0], b = 1 << q.slice(1), w = O.kol.find((k) => k[0] == c)[1];
      const a = x.f[c] = [...x.d].some((p) => p[0] == c) ? x.f[c] : new Uint32Array(x.n);
      for (let i = 0, p = 0; i < x.n; i++) {
        if (!w) { if (digit(v, i / 6 | 0) >> i % 6 & 1) a[i] |= b; }
        else for (let j = a[i] = 0; j < w; j++) a[i] = a[i] * 64 + digit(v, p++);
      }
      if (c == 'l') x.f.m = a.map((l) => O.pl[l][1]); // the municipality of each vacancy
      x.d.add(q);
    }).catch((e) => { delete x.h[q]; throw e; }))));
  };

  /* ---- matching ---- */
  /* The first place in sorted a with an element above s (after: true) or at least s. */
  const bound = (a, s, after) => { let lo = 0, hi = a.length; while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < s || (after && a[m] == s)) lo = m + 1; else hi = m; } return lo; };
  const upper = (a, s) => bound(a, s, 1), lower = (a, s) => bound(a, s);

  /* Is some prefix of t within one edit (insert, delete, change, swap) of q? */
  const near = (q, t) => {
    let a = [...Array(q.length + 1).keys()], c = null, best = q.length;
    for (let j = 1; j <= t.length && best > 1; j++) {
      const b = [j];
      for (let i = 1; i <= q.length; i++) {
        let d = Math.min(a[i] + 1, b[i - 1] + 1, a[i - 1] + (q[i - 1] != t[j - 1]));
        if (c && i > 1 && q[i - 1] == t[j - 2] && q[i - 2] == t[j - 1]) d = Math.min(d, c[i - 2] + 1);
        b[i] = d;
      }
      best = Math.min(best, b[q.length]);
      if (Math.min(...b) > 1) break;
      c = a;
      a = b;
    }
    return best <= 1;
  };

  /*
   * Terms of index x for a query word: [{t, p (postings), h (head), k: 0
   * exact, 1 prefix, 2 one typo, l: its head in the level files}]. With LV
   * (a search of one word and that level) the open index's level files come
   * with the shards.
   */
  let LV = '';
  const shard = (x, t) => Math.max(0, upper(x.e.w, t) - 1);
  const lookup = async (x, w) => {
    // A prefix is what was typed (3+ letters): "hoo" stems to "ho" and must still find Hoogeveen.
    const first = x.e.w, s = w.s, pre = w.f.length >= 3, out = [], lv = x.name == 'open' && LV;
    if (!first.length) return out;
    const need = [shard(x, s)];
    for (let i = need[0] + 1; pre && i < first.length && first[i].startsWith(s); i++) need.push(i);
    const get = (f) => Promise.all(need.map((i) => file(x, 'w/' + i + f + '.json')));
    const [shards, levels] = await Promise.all([get(''), lv && get('.n' + lv).catch(() => 0)]);
    shards.forEach((sh, i) => {
      for (let j = lower(sh.t, s); j < sh.t.length && (sh.t[j] == s || (pre && sh.t[j].startsWith(s))); j++) {
        out.push({ t: sh.t[j], p: sh.p[j], h: sh.h[j], k: sh.t[j] == s ? 0 : 1, l: levels && levels[i].h[j] });
      }
    });
    return out;
  };
  /* Terms one typo away (the first letter right), for a word that matches nothing anywhere. */
  const typo = async (x, w) => {
    const s = w.s;
    if (!x.e.d.includes(s[0])) return [];
    const cands = (await file(x, 'd/' + s.codePointAt(0) + '.json')).t.filter((t) => near(s, t)).slice(0, 30);
    const shards = await Promise.all(cands.map((t) => file(x, 'w/' + shard(x, t) + '.json')));
    return cands.map((t, i, _, j = lower(shards[i].t, t)) => ({ t, p: shards[i].p[j], h: shards[i].h[j], k: 2 }));
  };
  /* The terms of every word in every index: [index][word]; typos holds the words found by a typo. */
  const search = async (xs, ws, typos) => {
    const found = await Promise.all(xs.map((x) => Promise.all(ws.map((w) => lookup(x, w)))));
    await Promise.all(ws.map(async (w, wi) => {
      if (w.f.length < 5 || found.some((f) => f[wi].length)) return;
      await Promise.all(xs.map(async (x, xi) => { found[xi][wi] = await typo(x, w); }));
      if (found.some((f) => f[wi].length)) typos.add(w.f);
    }));
    return found;
  };

  /* Starts loading the term shards of words ws in indexes xs (json() keeps them for the search). */
  const prefetch = (xs, ws) => xs.forEach((x) => ws.forEach((w) => lookup(x, w).catch(() => {})));

  const WEIGHT = [1, 1.6, 2.6, 4], KIND = [1, 0.7, 0.5];
  /*
   * Scores of the documents of x: sc, every document's (0: not every word
   * matches), and ids, the documents that match, so that the rest of a
   * search looks at those only.
   */
  const score = (x, found) => {
    let sc = null, ids = null;
    for (const terms of found) {
      const w = new Float32Array(x.n), hit = [];
      for (const { p, h, k } of terms) {
        const f = KIND[k] * Math.log(1 + x.n / h[0]); // h[0]: documents of the term
        for (let i = 0, id = 0, v = 0; i < p.length; i++) {
          const d = digit(p, i);
          v = v * 32 + (d & 31);
          if (d < 32) {
            id += v >> 2;
            const s = WEIGHT[v & 3] * f;
            if (!w[id]) hit.push(id);
            if (s > w[id]) w[id] = s;
            v = 0;
          }
        }
      }
      if (!sc) sc = w, ids = hit;
      else {
        ids = ids.filter((id) => w[id]);
        for (const id of ids) sc[id] += w[id];
      }
    }
    if (found.length > 1) { // documents that missed a word
      const keep = new Uint8Array(x.n);
      for (const id of ids) keep[id] = 1;
      for (let i = 0; i < x.n; i++) if (!keep[i]) sc[i] = 0;
    }
    return { sc, ids };
  };

  /* ---- state: the query, the filter form and the page, all in the URL ---- */
  const FACETS = ['sector', 'niveau', 'soort', 'gemeente', 'geschiktheid'];
  const PERIODS = { maand: 1, schooljaar: 2, volgend: 4 };
  /*
   * The facet files a search of state p (as in the URL) needs before its
   * list: so the first search asks for them as soon as the entry is in,
   * before the filter form exists.
   */
  const needs = (p, hasWords) => {
    const on = (id) => p.getAll(id).filter(Boolean), per = PERIODS[p.get('periode')] || 0;
    if (!hasWords && !per && !p.get('plaats') && !FACETS.some((id) => on(id).length)) return [];
    const out = [...(p.get('plaats') || on('gemeente').length ? 'l' : ''), ...(on('soort').length ? 'k' : ''),
      ...((p.get('sorteer') || (hasWords ? '' : 'nieuw')) == 'nieuw' ? 'd' : '')];
    [0, 1, 4].forEach((fi) => O.f[fi].w.forEach(([slug], i) => { if (on(FACETS[fi]).includes(slug)) out.push('sn  g'[fi] + i); }));
    if (per) out.push('p' + (per >> 1));
    return out;
  };
  let page = 1;
  const params = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.append('q', input.value.trim());
    for (const [k, v] of new FormData(filt)) {
      if (v && !(k == 'km' && !filt.elements.plaats.value)) p.append(k, v);
    }
    if (page > 1) p.set('pagina', page);
    return p;
  };
  const here = () => new URLSearchParams(location.search); // the state of the URL
  const restore = () => {
    const p = here();
    input.value = p.get('q') || '';
    for (const c of filt.elements) {
      const vals = p.getAll(c.name);
      if (c.type == 'checkbox' || c.type == 'radio') c.checked = vals.length ? vals.includes(c.value) : c.defaultChecked;
      else if (c.options) c.value = vals[0] || ([...c.options].find((o) => o.defaultSelected) || c.options[0]).value;
    }
    page = Math.max(1, parseInt(p.get('pagina'), 10) || 1);
  };
  let typing = false, pushNext = false;
  const commit = (push) => {
    const s = params().toString(), url = location.pathname + (s ? '?' + s : '');
    if (url != location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  /* ---- DOM ---- */
  const el = (tag, cls, ...kids) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.append(...kids);
    return e;
  };
  const hidden = (label) => el('span', 'visueel-verborgen', label);
  const tick = () => new Promise((ok) => setTimeout(ok)); // the rest in a new task
  /* text as nodes, the words that matched the query in <mark>. */
  const marked = (text) => {
    const out = [];
    let last = 0;
    words(text || '', (t, f, a, b) => {
      if (hits.has(t)) {
        out.push(text.slice(last, a), el('mark', '', text.slice(a, b)));
        last = b;
      }
    });
    out.push((text || '').slice(last));
    return out;
  };
  const sep = () => {
    const s = el('span', 'scheiding', ' · ');
    s.setAttribute('aria-hidden', 'true');
    return [s, hidden(', ')];
  };
  const count = (n) => el('span', 'facet-aantal', hidden('('), num(n), hidden(')'));

  /* The filter fieldsets of the facets, from the open index's entry. */
  const EXPANDED = 'aria-expanded';
  const buildFilters = () => {
    const box = $('zoek-facetten');
    O.f.forEach((f, fi) => {
      const ul = el('ul', 'facet-waarden');
      f.w.forEach(([slug, naam], i) => {
        const cb = el('input');
        Object.assign(cb, { type: 'checkbox', name: f.id, value: slug });
        const li = el('li', '', el('label', '', cb, ' ', naam, ' ', el('span', 'facet-aantal')));
        li.dataset.i = i;
        ul.append(li);
      });
      const more = el('button', 'knop-rand');
      Object.assign(more, { type: 'button', hidden: true });
      more.setAttribute(EXPANDED, 'false');
      more.onclick = () => { more.setAttribute(EXPANDED, more.getAttribute(EXPANDED) == 'false'); showCounts(); };
      const fs = el('fieldset', 'facet', el('legend', 'facet-naam', f.naam), ul, more);
      fs.dataset.f = fi;
      box.append(fs);
    });
    const sel = filt.elements.plaats;
    let group = null, g = -1;
    for (const [i, [naam, gi]] of O.pl.entries()) {
      if (gi != g) {
        g = gi;
        group = el('optgroup');
        group.label = O.f[3].w[gi][1];
        sel.append(group);
      }
      const o = el('option', '', naam);
      o.value = i;
      group.append(o);
    }
  };

  /*
   * Counts next to every filter value; values without results hidden unless
   * chosen. counts null: those of the entry (no query, no filter);
   * undefined: not known yet (the facet file is loading), shown as none.
   */
  let counts = null;
  const showCounts = () => {
    for (const fs of $('zoek-facetten').children) {
      const fi = +fs.dataset.f, c = counts ? counts[fi] : O.f[fi].a, more = fs.lastChild;
      const open = more.getAttribute(EXPANDED) == 'true';
      let shown = 0, all = 0;
      for (const li of fs.querySelectorAll('li')) {
        const pill = li.querySelector('.facet-aantal'), n = c[li.dataset.i] || 0, on = li.querySelector('input').checked;
        if (counts === undefined) {
          pill.hidden = true;
          continue;
        }
        pill.replaceWith(count(n));
        all += n > 0 || on;
        li.hidden = !(n > 0 || on) || (!open && shown >= 8 && !on);
        shown += !li.hidden;
      }
      if (counts === undefined) continue;
      more.hidden = all <= 8;
      more.textContent = open ? T.minder : fill(T.meer, 'n', all);
    }
    for (const s of filt.querySelectorAll('[data-aantal]')) {
      s.hidden = !counts;
      if (counts) s.replaceChildren(...count(counts[5][s.dataset.aantal]).childNodes);
    }
  };

  /* One result card, like the theme's vacature-kaart. */
  const card = (m, dist) => {
    const badges = el('ul', 'badges');
    if (m.z) badges.append(el('li', 'badge badge-status badge-' + m.z[0], hidden(T.status + ': '), m.z[1]));
    [m.s, m.n].forEach((v, f, _, k = FACETS[f]) => v.forEach((i) => badges.append(el('li', 'badge badge-' + k, hidden(T[k] + ': '), O.f[f].w[i][1]))));
    const fact = (dt, dd) => el('div', '', el('dt', '', dt), el('dd', '', dd));
    const facts = el('dl', 'kaart-feiten', fact(T.soort, O.f[2].w[m.k][1]), fact(T.periode, m.p));
    if (!m.z) facts.append(fact(T.vrij, String(m.f)));
    if (dist != null) facts.append(fact(T.afstand, fill(T.km, 'n', num(dist, dist < 10 ? 1 : 0))));
    const a = el('a', '', ...marked(m.t));
    a.href = m.u;
    return el('li', '', el('article', 'kaart vacature-kaart' + (m.z ? ' status-' + m.z[0] : ''),
      el('h3', 'kaart-titel', a),
      el('p', 'kaart-bij', ...marked(m.o), ...sep(), ...marked(O.pl[m.l][0])),
      el('p', 'klein', ...marked(m.x)), badges, facts));
  };

  const pageLinks = (n) => {
    pages.replaceChildren();
    pages.hidden = n < 2;
    if (n < 2) return;
    const link = (p, label, cls) => {
      const a = el('a', '', ...label);
      const s = params(); // the URL may not follow the typing yet
      s.set('pagina', p);
      a.href = '?' + s;
      a.dataset.p = p;
      if (p == page && !cls) a.setAttribute('aria-current', 'page');
      return el('li', cls || '', a);
    };
    const ul = el('ul');
    const step = (d, k) => ul.append(link(page + d, [T[k], hidden(' ' + T.paginaKlein)], 'paginering-' + k));
    if (page > 1) step(-1, 'vorige');
    for (let i = 1; i <= n; i++) if (i == 1 || i == n || Math.abs(i - page) <= 2) ul.append(link(i, [hidden(T.pagina + ' '), String(i)]));
    if (page < n) step(1, 'volgende');
    pages.append(el('p', 'paginering-stand', [T.pagina, page, T.van, n].join(' ')), ul);
  };

  /*
   * The search part is shown once its styles are in and the first search
   * has something to show (results, a message), in one layout, not two.
   */
  let waiting = 2;
  const reveal = () => {
    if (--waiting) return;
    $('zoek-zonder-js').hidden = true;
    app.hidden = false;
    if (!failed) $('filters').hidden = true;
  };
  let shown1 = false;
  const first = () => { if (!shown1) shown1 = true, reveal(); };
  /*
   * The count on screen follows every key at once; the hidden live region
   * repeats it once typing pauses, so a screen reader is not made to read
   * a count for every letter.
   */
  let lastKey = 0, sayLater = 0;
  const put = (e, text) => { if (e.textContent != text) e.textContent = text; };
  const say = (text) => { // also ends the wait for a slow connection
    clearTimeout(slow);
    first();
    put(status, text);
    clearTimeout(sayLater);
    sayLater = setTimeout(() => put(melding, text), Math.max(0, lastKey + 400 - Date.now()));
  };

  /* ---- a search ---- */
  const haversine = (a, b) => {
    const r = Math.PI / 180e4, dl = (b[2] - a[2]) * r, dn = (b[3] - a[3]) * r;
    const h = Math.sin(dl / 2) ** 2 + Math.cos(a[2] * r) * Math.cos(b[2] * r) * Math.sin(dn / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  };
  let seq = 0, slow = 0, failed = false, shownKey = '';
  /*
   * A search fetches only the facet parts its filters and sort order need;
   * the live counts need them all, fetched after the results once the
   * filters are (nearly) in view, which on a phone is below the results,
   * so a first search downloads little.
   */
  let wantCounts = !window.IntersectionObserver;
  const seen = wantCounts || new IntersectionObserver((es) => {
    if (!es.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    wantCounts = true;
    if (O) run();
  }, { rootMargin: '300px' });
  const run = async () => {
    const my = ++seq, els = filt.elements, ws = [];
    const fd = new FormData(filt), sel = FACETS.map((id) => new Set(fd.getAll(id)));
    const per = PERIODS[els.periode.value] || 0;
    const origin = els.plaats.value, km = +els.km.value;
    const filtering = sel.some((s) => s.size) || per || origin;
    clearTimeout(slow);
    clearTimeout(sayLater);
    slow = setTimeout(() => { if (my == seq) say(T.laden); }, 500); // a slow connection: say so once
    try {
      const X = await active(), once = !O;
      if (once) O = X[0].e, LATIN = O.fold, EXPAND = O.fx.split(' '), STOP = new Set(O.sw.split(' '));
      words(input.value, (s, f) => ws.push({ s, f }));
      const infoP = ws.length ? open('info') : null, sort = els.sorteer.value || (ws.length ? '' : 'nieuw');
      /* One word and one level, best first: the level's champions are its first cards (see lookup). */
      const level = (need) => (LV = ws.length == 1 && !X[1] && !sort && need.length == 1 && need[0][0] == 'n' ? need[0].slice(1) : '');
      if (once) {
        /* What the URL's search needs loads while the filters are built. */
        const need = needs(here(), ws.length);
        level(need);
        prefetch(X, ws);
        if (infoP) infoP.then((x) => prefetch([x], ws), () => {});
        X.forEach((x) => facets(x, need).catch(() => {}));
        buildFilters();
        restore();
        return run();
      }
      const infoX = await infoP;
      if (!ws.length && !filtering) {
        counts = null;
        showCounts();
        shownKey = '';
        list.replaceChildren();
        pages.hidden = info.hidden = typoNote.hidden = true;
        return say(T.leeg);
      }
      /*
       * The first cards of a first page shown before the whole search is
       * done, when they are known from champions (see README.md): [[index,
       * id]], best first; then the browser may paint them (a task ends)
       * before the rest of the search takes the main thread.
       */
      const head = async (top) => {
        if (!top.length || page > 1 || my != seq || shownKey.startsWith(params() + ',')) return;
        shownKey = '';
        list.replaceChildren(...top.map(([xi, id]) => card(X[xi].c[id])));
        first();
        await tick();
      };
      const meta = async (x, id, b = upper(x.bk, id) - 1) => x.c[id] || (await file(x, 'm/' + b + '.json'))[id - x.bk[b]];
      const need = needs(params(), ws.length), lv = level(need);
      /* One filter value alone, newest first: the newest of the value, which its bitmap lists. */
      if (!ws.length && !X[1] && need[0] == 'd' && need.length == 2) {
        hits = new Set();
        await head((await file(X[0], 'k/' + need[1] + '.json')).h.map((id) => [0, id]));
      }
      /* The facet files load while the words are looked up: champions need none of them. */
      const faceted = Promise.all(X.map((x) => facets(x, need)));
      faceted.catch(() => {});
      const xs = infoX ? X.concat(infoX) : X, typos = new Set();
      const found = ws.length ? await search(xs, ws, typos) : null;
      if (my != seq) return;
      hits = new Set(found && found.flat(2).map((f) => f.t));
      /*
       * One word, best match first, no filter or one level alone: the first
       * four are the best champions of its terms (of that level: its level
       * files, null for a term without them); shown at once when the shards
       * brought their cards, else their buckets are asked for now, before
       * the scoring.
       */
      if (ws.length == 1 && !sort && (!filtering || lv)) {
        const best = [], seen = new Set();
        let all = 1;
        X.forEach((x, xi) => found[xi][0].forEach(({ h, k, l }) => {
          const c = lv ? l : h.slice(1);
          if (!c) all = 0;
          else c.map((v) => best.push([Math.fround(WEIGHT[v & 3] * (KIND[k] * Math.log(1 + x.n / h[0]))), xi, v >> 2]));
        }));
        const top = best.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
          .filter(([, xi, id]) => !seen.has(xi + ' ' + id) && seen.add(xi + ' ' + id)).slice(0, 4).map((b) => b.slice(1));
        if (all) {
          for (const [xi, id] of top) meta(X[xi], id).catch(() => {});
          if (top.every(([xi, id]) => X[xi].c[id])) await head(top);
        }
        if (my != seq) return;
      }
      await faceted;
      if (my != seq) return;
      const scores = found && xs.map((x, i) => score(x, found[i]));

      /*
       * The vacancies that pass every filter, and per filter value how many
       * would pass with it too: a vacancy failing one filter counts for that
       * filter's values only (OR within a filter), one failing none for all.
       * Suitability is AND-ed, so only vacancies that pass count for it.
       */
      const [m0, m1, , , m4] = sel.map((s, fi) => fi == 2 || fi == 3 ? 0 : O.f[fi].w.reduce((m, [slug], i) => (s.has(slug) ? m | (1 << i) : m), 0));
      const s2 = sel[2].size && O.f[2].w.map(([slug]) => sel[2].has(slug)), s3 = sel[3].size && O.f[3].w.map(([slug]) => sel[3].has(slug));
      const P = O.pl, dist = origin ? P.map((p) => haversine(P[origin], p)) : null;
      const ready = X.every((x) => ALL().every((q) => x.d.has(q)));
      const R = new Float64Array(5 * X.reduce((a, x, xi) => a + (scores ? scores[xi].ids.length : x.n), 0)); // results, 5 numbers each: index, id, score, distance, recency
      let r = 0;
      const C = counts = ready ? O.f.map((f) => new Array(f.w.length).fill(0)).concat([[0, 0, 0]]) : undefined;
      const bits = (c, v) => { for (let b = 0; v; b++, v >>>= 1) if (v & 1) c[b]++; };
      X.forEach((x, xi) => {
        const f = x.f, sc = scores && scores[xi].sc, ids = scores && scores[xi].ids;
        for (let j = 0, m = ids ? ids.length : x.n; j < m; j++) {
          const id = ids ? ids[j] : j, s = sc ? sc[id] : 1;
          if (!s) continue;
          const l = f.l[id], g = f.m[id], k = f.k[id], d = dist ? dist[l] : 0;
          if (d > km) continue;
          const v0 = f.s[id], v1 = f.n[id], v4 = f.g[id], v5 = f.p[id];
          let nf = 0, fi = -1;
          if (m0 && !(v0 & m0)) nf++, fi = 0;
          if (m1 && !(v1 & m1)) nf++, fi = 1;
          if (s2 && !s2[k]) nf++, fi = 2;
          if (s3 && !s3[g]) nf++, fi = 3;
          if ((v4 & m4) != m4) nf++, fi = 4;
          if (per && !(v5 & per)) nf++, fi = 5;
          if (nf > 1 || fi == 4) continue;
          if (C) {
            if (fi < 0 || fi == 0) bits(C[0], v0);
            if (fi < 0 || fi == 1) bits(C[1], v1);
            if (fi < 0 || fi == 2) C[2][k]++;
            if (fi < 0 || fi == 3) C[3][g]++;
            if (fi < 0) bits(C[4], v4);
            if (fi < 0 || fi == 5) bits(C[5], v5);
          }
          if (fi < 0) R[r++] = xi, R[r++] = id, R[r++] = s, R[r++] = d, R[r++] = f.d[id];
        }
      });
      /* Sort only what can reach this page: keys at least the page's last key. */
      const n = r / 5, npages = Math.max(1, Math.ceil(n / PER));
      page = Math.min(page, npages);
      const rank = new Float64Array(n), want = Math.min(n, page * PER);
      const byDist = sort == 'afstand' && origin, col = byDist ? 3 : sort == 'nieuw' ? 4 : 2;
      for (let i = 0; i < n; i++) rank[i] = byDist ? -R[i * 5 + 3] : R[i * 5 + col];
      const edge = want ? rank.slice().sort()[n - want] : 0, top = [];
      for (let i = 0; i < n; i++) if (rank[i] >= edge) top.push(i);
      top.sort((a, b) => rank[b] - rank[a] || (byDist && R[b * 5 + 2] - R[a * 5 + 2]) || R[a * 5] - R[b * 5] || R[a * 5 + 1] - R[b * 5 + 1]);
      const shown = top.slice((page - 1) * PER, page * PER).map((i) => R.slice(i * 5, i * 5 + 5));
      const infoSc = infoX && scores[xs.length - 1].sc;
      const infoTop = infoSc ? [...infoSc.keys()].filter((i) => infoSc[i]).sort((a, b) => infoSc[b] - infoSc[a] || a - b) : [];
      const cards = async (a, b) => (await Promise.all(shown.slice(a, b).map(([xi, id]) => meta(X[xi], id))))
        .map((m, i) => card(m, origin ? shown[a + i][3] : null));

      /* The same results again (the counts came in): leave them, and the focus in them, alone. */
      const key = [params(), npages, ...shown.map((r) => r[0] + ':' + r[1]), ...infoTop.slice(0, 5)].join();
      if (key != shownKey) {
        /*
         * The first cards (what a phone shows) as soon as they are in (the
         * term shards or facet files may have brought them), and only then,
         * in the next task, the files of the rest, so that asking for those
         * does not hold the first ones up.
         */
        const head = await cards(0, 4);
        if (my != seq) return;
        shownKey = '';
        list.replaceChildren(...head);
        first();
        await tick();
        if (my != seq) return;
        const [infoMetas, rest] = await Promise.all([Promise.all(infoTop.slice(0, 5).map((id) => meta(infoX, id))), cards(4)]);
        if (my != seq) return;
        shownKey = key;
        list.append(...rest);
        pageLinks(npages);
        typoNote.hidden = !typos.size;
        typoNote.textContent = fill(T.typo, 'woord', [...typos].join(', '));
        info.hidden = !infoMetas.length;
        info.querySelector('ul').replaceChildren(...infoMetas.map((m) => {
          const a = el('a', '', ...marked(m.t));
          a.href = m.u;
          return el('li', '', a, el('p', 'klein', [T['y' + m.y], m.b].filter(Boolean).join(' · ')), el('p', 'klein', ...marked(m.x)));
        }));
      }
      showCounts();
      say((n ? n == 1 ? T.gevondenEen : fill(T.gevondenMeer, 'n', num(n)) : T.gevondenGeen) +
        (infoTop.length ? ' ' + fill(T.infoAantal, 'n', num(infoTop.length)) : ''));
      if (!ready && wantCounts) Promise.all(X.map((x) => facets(x, ALL()))).then(() => { if (my == seq) run(); }, () => {});
      if (!wantCounts) seen.observe(filt); // only now: before the results came, the filters were in view
    } catch (e) {
      if (my != seq) return;
      failed = true;
      say(T.fout);
      $('filters').hidden = false;
    }
  };

  /* ---- events ---- */
  /*
   * Every key searches at once (a search still running gives way to the
   * newer one); the URL follows once typing pauses for 150 ms.
   */
  let timer = 0;
  input.addEventListener('input', () => {
    if (!typing) pushNext = typing = true;
    page = 1;
    lastKey = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => { commit(pushNext); pushNext = false; }, 150);
    run();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    page = 1;
    commit(pushNext);
    pushNext = typing = false;
    run();
  });
  const changed = () => { page = 1; typing = false; commit(true); run(); };
  filt.addEventListener('change', changed);
  filt.addEventListener('reset', () => setTimeout(changed));
  filt.addEventListener('submit', (ev) => ev.preventDefault());
  pages.addEventListener('click', (ev) => {
    const a = ev.target.closest('a');
    if (!a) return;
    ev.preventDefault();
    page = +a.dataset.p;
    typing = false;
    commit(true);
    run().then(() => $('zoek-kop').focus());
  });
  addEventListener('popstate', () => { typing = false; restore(); run(); });

  /* The styles of the parts built here: the page names (and preloads) them; else zoeken.css beside the script. */
  const css = el('link');
  css.rel = 'stylesheet';
  const src = new URL(document.currentScript.src);
  css.href = app.dataset.css || new URL('zoeken.css' + src.search, src);
  css.onload = css.onerror = reveal;
  document.head.append(css);
  restore();
  run();
})();
