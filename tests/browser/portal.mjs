// Browser test of the public portal in Debian's Chromium, driven by
// playwright-core: pages load without errors and without requests to other
// hosts, a pupil can click from the home page to a vacancy and from a
// filter to its list with JavaScript off, axe-core finds no WCAG 2.1 A/AA
// violations, and phone- and desktop-sized screenshots are written for a
// person to look at. Usage: node portal.mjs BASE_URL SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const [base, shots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
const ok = (cond, what, detail) => {
  if (cond) { passed++; return; }
  failed++;
  console.error(`FAIL - ${what}${detail ? '\n    ' + detail : ''}`);
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const sizes = { telefoon: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

async function newPage(opts = {}) {
  const ctx = await browser.newContext({ viewport: sizes.telefoon, ...opts });
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) page.errors.push('request to ' + r.url()); });
  return page;
}

// A vacancy, an event, a chapter and a material, found from their list pages.
const page = await newPage();
async function firstLink(list, pattern) {
  await page.goto(base + list);
  const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
  return hrefs.find((h) => pattern.test(h));
}
const targets = {
  home: '/',
  vacatures: '/vacatures/',
  vacature: await firstLink('/vacatures/', /^\/vacatures\/[a-z0-9-]+\/$/),
  sector: await firstLink('/vacatures/', /^\/vacatures\/sector\/[a-z0-9-]+\/$/),
  evenement: await firstLink('/evenementen/', /^\/evenementen\/[a-z0-9-]+\/$/),
  hoofdstuk: await firstLink(await firstLink('/handboeken/', /^\/handboeken\/[a-z0-9-]+\/$/), /^\/handboeken\/[a-z0-9-]+\/[a-z0-9-]+\/$/),
  materiaal: await firstLink('/materialen/', /^\/materialen\/[a-z0-9-]+\/$/),
  organisatie: await firstLink('/organisaties/', /^\/organisaties\/[a-z0-9-]+\/$/),
  zoeken: '/zoeken/',
};

for (const [name, path] of Object.entries(targets)) {
  ok(path, `${name}: found a page to test`);
  if (!path) continue;
  for (const [size, viewport] of Object.entries(sizes)) {
    // bypassCSP lets the test inject axe-core; the site's own CSP stays strict.
    const p = await newPage({ viewport, bypassCSP: true });
    const resp = await p.goto(base + path);
    ok(resp && resp.status() === 200, `${name} (${size}): HTTP 200`, resp && resp.status());
    ok((await p.$$('h1')).length === 1, `${name} (${size}): one h1`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    ok(overflow <= 0, `${name} (${size}): no horizontal scrolling`, `overflow ${overflow}px`);
    await p.screenshot({ path: `${shots}/${name}-${size}.png` });
    if (size === 'telefoon')
      await p.screenshot({ path: `${shots}/${name}-${size}-hele-pagina.png`, fullPage: true });
    if (size === 'desktop') {
      await p.addScriptTag({ content: axeSource });
      const res = await p.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
      ok(res.violations.length === 0, `${name}: axe-core finds no WCAG 2.1 A/AA violation`,
        res.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`).join('\n    '));
    }
    ok(p.errors.length === 0, `${name} (${size}): no errors or foreign requests`, p.errors.join('\n    '));
    await p.context().close();
  }
}

// A pupil without JavaScript: home -> a vacancy card -> its page.
{
  const p = await newPage({ javaScriptEnabled: false });
  await p.goto(base + '/');
  const card = p.locator('main article h2 a, main article h3 a').first();
  const title = (await card.textContent()).trim();
  await card.click();
  await p.waitForLoadState();
  ok((await p.locator('h1').textContent()).trim() === title, 'no JS: a card on the home page leads to its vacancy', title);
  // From the list, a sector filter leads to a list of that sector.
  await p.goto(base + '/vacatures/');
  const filter = p.locator('a[href^="/vacatures/sector/"]').first();
  await filter.click();
  await p.waitForLoadState();
  ok(/\/vacatures\/sector\/[a-z0-9-]+\/$/.test(new URL(p.url()).pathname), 'no JS: a sector filter opens its list', p.url());
  // Keyboard: the first Tab reaches the skip link, and it is visible then.
  await p.goto(base + '/vacatures/');
  await p.keyboard.press('Tab');
  const skip = await p.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), visible: r.width > 1 && r.height > 1 && r.top >= 0 };
  });
  ok(skip.href === '#inhoud' && skip.visible, 'keyboard: first Tab shows the skip link', JSON.stringify(skip));
  await p.context().close();
}

await browser.close();
console.log(`portal.mjs: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
