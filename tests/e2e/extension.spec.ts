import { join } from 'node:path';
import { bannerText, expect, href, openExtensionPage, SCREENSHOTS, tabState, test, visit } from './fixtures';

// The same scenarios run in Chromium (Playwright) and Firefox ESR (puppeteer over WebDriver BiDi),
// each with the built extension loaded and fake hostnames resolved to a loopback fixture server.

test('an ordinary page is scanned and gets no badge or banner', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('resep.example');
  await visit(page, url);
  const state = await tabState(ext, url);
  expect(state.verdict.level).toBe('neutral');
  expect(state.badge).toBe('');
  expect(await bannerText(page)).toBeNull();
  await page.close();
});

test('a branded NIK + OTP form on an innocent-looking host gets the banner and a red badge', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('bantuan-warga.example');
  await visit(page, url);
  const state = await tabState(ext, url);
  expect(state.verdict.level).toBe('dangerous');
  expect(state.verdict.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['data-harvest', 'sensitive-form']));
  expect(state.badge).toBe('!');
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  await page.screenshot({ path: join(SCREENSHOTS, `banner-${harness.name}.png`) });
  await page.close();
});

test('a lookalike host is replaced by the warning page, whose safe button opens the official site', async ({ harness, sites }) => {
  const page = await harness.newPage();
  const url = sites.url('prakerja12.xyz', '/daftar');
  await visit(page, url);
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  expect(new URL(await href(page)).searchParams.get('url')).toBe(url);
  await page.waitForSelector('#go-official');
  expect(await page.evaluate(() => document.querySelector('.address')?.textContent, null)).toBe(url);
  expect(await page.evaluate(() => document.getElementById('scam-content'), null)).toBeNull();
  await page.screenshot({ path: join(SCREENSHOTS, `warning-${harness.name}.png`), fullPage: true });
  await page.click('#go-official');
  await expect.poll(() => href(page)).toMatch(/^https:\/\/www\.prakerja\.go\.id\/|^chrome-error:|^about:neterror/);
  await page.close();
});

for (const [name, host, path, level, badge] of [
  ['a news article that warns about scams', 'berita.example', '/', 'neutral', ''],
  ['the official dashboard OTP page', 'dashboard.prakerja.go.id', '/masuk', 'official', '\u2713'],
  ["a partner's Prakerja checkout", 'www.tokopedia.com', '/kartu-prakerja/checkout', 'partner', '\u2713'],
] as const) {
  test(`${name} gets no warning`, async ({ harness, sites, ext }) => {
    const page = await harness.newPage();
    const url = sites.url(host, path);
    await visit(page, url);
    const state = await tabState(ext, url);
    expect(state.verdict.level).toBe(level);
    expect(state.badge).toBe(badge);
    expect(await bannerText(page)).toBeNull();
    await page.close();
  });
}

test('a page that injects a branded PIN form after load is caught', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('layanan.example'));
  await page.waitForSelector('#pin');
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  const state = await tabState(ext, sites.url('layanan.example', '/klaim'));
  expect(state.verdict.reasons.map((r) => r.code)).toContain('sensitive-form');
  expect(state.badge).toBe('!');
  await page.close();
});

test('a page that deletes the banner gets it back', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('verifikasi.example'));
  await expect.poll(() => page.evaluate(() => document.title, null)).toBe('removed');
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  await page.close();
});

test('the popup shows the verdict and the checklist, and ticks persist', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('dashboard.prakerja.go.id', '/masuk');
  await visit(page, url);
  const { tabId } = await tabState(ext, url);
  const popup = await harness.newPage();
  await openExtensionPage(harness, popup, `popup.html?tabId=${tabId}`, '.checklist');
  expect(await popup.evaluate(() => document.querySelector('.verdict')?.getAttribute('data-level'), null)).toBe('official');
  expect(await popup.evaluate(() => (document.querySelector('input[data-id="official_only"]') as HTMLInputElement).checked, null)).toBe(true);
  const complaint = await popup.evaluate(() => (document.querySelector('a.complaint') as HTMLAnchorElement).href, null);
  expect(new URL(complaint).hostname).toBe('bantuan.prakerja.go.id');
  await popup.click('input[data-id="never_share_otp"]');
  await popup.screenshot({ path: join(SCREENSHOTS, `popup-${harness.name}.png`), fullPage: true });
  await popup.close();
  const again = await harness.newPage();
  await openExtensionPage(harness, again, `popup.html?tabId=${tabId}`, '.checklist');
  expect(await again.evaluate(() => (document.querySelector('input[data-id="never_share_otp"]') as HTMLInputElement).checked, null)).toBe(true);
  await again.close();
  await page.close();
});
