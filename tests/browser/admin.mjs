// Browser test of the admin (beheer) in Debian's Chromium, driven by
// playwright-core, against the server tests/admin.sh starts: a broker logs
// in, opens a vacancy from the list, switches its status from open to vol,
// saves, sees the confirmation with the link to the live page, follows it
// to the public page that now says the internship is full, and finds the
// commit under "Recente wijzigingen". axe-core scans the login page, the
// dashboard and the edit form (WCAG 2.1 A/AA; any violation fails), and
// desktop and phone screenshots are written as beheer-*.png.
// Usage: node admin.mjs BASE_URL SCREENSHOT_DIR USER PASSWORD FULL-NAME [VACANCY-SLUG]
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const [base, shots, user, password, fullName, slug = 'helpende-zorg-2'] = process.argv.slice(2);
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
const sizes = { desktop: { width: 1280, height: 900 }, telefoon: { width: 390, height: 844 } };

// bypassCSP lets the test inject axe-core; the admin's own CSP stays strict.
const ctx = await browser.newContext({ viewport: sizes.desktop, bypassCSP: true });
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) errors.push('request to ' + r.url()); });
page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()} (from ${page.url()})`); });
page.on('console', (m) => { if (m.type() === 'error') errors.push(`  at ${page.url()}`); });

// Screenshots at both sizes of the page as it is now, and an axe scan.
async function look(name, scan) {
  const overflow = {};
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    overflow[size] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: `${shots}/beheer-${name}-${size}.png`, fullPage: size === 'telefoon' });
  }
  await page.setViewportSize(sizes.desktop);
  ok(overflow.telefoon <= 0, `${name}: no horizontal scrolling on a phone`, `overflow ${overflow.telefoon}px`);
  ok((await page.$$('h1')).length === 1, `${name}: one h1`);
  if (!scan) return;
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  ok(res.violations.length === 0, `${name}: axe-core finds no WCAG 2.1 A/AA violation`,
    res.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`).join('\n    '));
}

try {
  // Log in.
  let resp = await page.goto(base + '/beheer/');
  ok(new URL(page.url()).pathname === '/beheer/inloggen', 'the admin sends a visitor to the login page', page.url());
  ok(resp && resp.status() === 200, 'login page: HTTP 200', resp && resp.status());
  await look('inloggen', true);
  await page.getByLabel('Gebruikersnaam').fill(user);
  await page.getByLabel('Wachtwoord').fill(password);
  await Promise.all([page.waitForURL(base + '/beheer/'), page.getByRole('button', { name: 'Inloggen' }).click()]);
  ok(new URL(page.url()).pathname === '/beheer/', 'login leads to the dashboard', page.url());
  await look('overzicht', true);

  // Find the vacancy in the list and open it.
  await page.locator('nav.beheer-nav').getByRole('link', { name: 'Vacatures', exact: true }).click();
  await page.waitForLoadState();
  await page.locator('#q').fill(slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()));
  await page.getByRole('search').getByRole('button').click();
  await page.waitForLoadState();
  await look('lijst', true);
  const link = page.locator(`main table a[href$="/vacatures/${slug}/"]`);
  ok(await link.count() === 1, 'the search finds the vacancy', page.url());
  const title = (await link.textContent()).trim();
  await link.click();
  await page.waitForLoadState();
  ok(new URL(page.url()).pathname === `/beheer/vacatures/${slug}/`, 'the list links the edit form', page.url());
  ok(await page.locator('#f-status').inputValue() === 'open', 'the vacancy is open before', await page.locator('#f-status').inputValue());
  await look('bewerken', true);

  // A refused save: the title emptied past the browser's own check (an
  // old browser, or a script): Dutch message beside the field, input kept.
  await page.locator('#f-status').selectOption('vol');
  await page.locator('#f-titel').fill('');
  await page.locator('form.formulier').evaluate((f) => { f.noValidate = true; });
  const seen = errors.length;
  await Promise.all([page.waitForLoadState(), page.getByRole('button', { name: 'Opslaan', exact: true }).click()]);
  const titleError = page.locator('#f-titel-fout');
  ok(await titleError.isVisible() && (await titleError.textContent()).trim() === 'Vul dit veld in.',
    'a refused save shows the Dutch message beside the title', await titleError.count() && await titleError.textContent());
  ok(await page.locator('#f-titel').getAttribute('aria-describedby') === 'f-titel-fout',
    'the title field is described by its message');
  ok(await page.locator('#f-status').inputValue() === 'vol', 'what was chosen elsewhere is kept',
    await page.locator('#f-status').inputValue());
  ok(await page.locator('#fouten').isVisible(), 'a summary says the save was refused');
  await look('bewerken-fout', true);
  const refusal = errors.splice(seen);
  ok(refusal.some((e) => /^HTTP 422 /.test(e)) && refusal.every((e) => /422|^  at /.test(e)),
    'the refused save answers 422 and nothing else goes wrong', refusal.join('\n    '));
  await page.locator('#f-titel').fill(title);

  // Open -> vol, save.
  await page.locator('#f-status').selectOption('vol');
  await Promise.all([page.waitForURL(/opgeslagen=/), page.getByRole('button', { name: 'Opslaan', exact: true }).click()]);
  const saved = new URL(page.url());
  ok(/^[0-9a-f]{12}$/.test(saved.searchParams.get('opgeslagen') || '') && /^\d+$/.test(saved.searchParams.get('tijd') || ''),
    'saving leads back with the commit and the publishing time', page.url());
  const done = page.locator('.gelukt-blok');
  ok(await done.isVisible(), 'a confirmation is shown');
  const live = done.locator(`a[href="/vacatures/${slug}/"]`);
  ok(await live.count() === 1, 'the confirmation links the live page', await done.innerHTML());
  ok(await page.locator('#f-status').inputValue() === 'vol', 'the form shows the new status');
  await look('opgeslagen', false);

  // The live page says the internship is full.
  await Promise.all([page.waitForURL(`${base}/vacatures/${slug}/`), live.click()]);
  const status = (await page.locator('.badge-status').first().textContent()).trim();
  ok(/\bvol\b/i.test(status), 'the public page says the internship is full (vol)', status);
  ok((await page.locator('h1').textContent()).trim() === title, 'the public page is the vacancy', title);
  await page.screenshot({ path: `${shots}/beheer-live-vacature-desktop.png` });

  // The change is the newest entry of "Recente wijzigingen".
  await page.goto(base + '/beheer/');
  await page.getByRole('link', { name: 'Recente wijzigingen' }).click();
  await page.waitForLoadState();
  const first = page.locator('ol.wijzigingen > li').first();
  const message = (await first.locator('strong').textContent()).trim();
  const meta = (await first.locator('p.klein').textContent()).trim();
  ok(message.startsWith(`Vacature '${title}':`) && /status/.test(message) && meta.includes(fullName),
    'Recente wijzigingen shows the commit first, by the broker', `${message} | ${meta}`);
  ok(message === `Vacature '${title}': status open → vol`, 'its message reads: status open → vol', message);
  ok(await first.locator(`a[href="/beheer/vacatures/${slug}/"]`).count() === 1, 'the change links the edited vacancy');
  await look('wijzigingen', false);

  ok(errors.length === 0, 'no errors or foreign requests', errors.join('\n    '));
} catch (e) {
  ok(false, 'the broker can go through it all', String(e && e.stack || e));
  await page.screenshot({ path: `${shots}/beheer-fout.png` }).catch(() => {});
}

await browser.close();
console.log(`admin.mjs: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
