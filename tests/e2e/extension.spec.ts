import { join } from 'node:path';
import { bannerText, expect, expectQuiet, href, openExtensionPage, SCREENSHOTS, tabState, test, visit, warnedAbout } from './fixtures';

// The same scenarios run in Chromium (Playwright) and Firefox ESR (puppeteer over WebDriver BiDi),
// each with the built extension loaded and fake hostnames resolved to a loopback fixture server.

test('an ordinary page is scanned and gets no badge or banner', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('resep.example');
  await visit(page, url);
  await expectQuiet(ext, page, url);
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
  expect(await warnedAbout(page)).toBe(url);
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

test('a page that changes its address without changing its content is read again at the new address', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('bantuan-warga.example'));
  await tabState(ext, sites.url('bantuan-warga.example'));
  // history.pushState and nothing else: no DOM change for the page's observer to notice.
  await page.evaluate(() => history.pushState({}, '', '/langkah-2'), null);
  const state = await tabState(ext, sites.url('bantuan-warga.example', '/langkah-2'));
  expect(state.scanned).toBe(true);
  expect(state.verdict.reasons.map((r) => r.code)).toContain('sensitive-form');
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

test('the form guard warns beside a sensitive field and holds the submission until confirmed', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('bantuan-warga.example');
  await visit(page, url);
  await tabState(ext, url);
  await page.focus('#nik');
  await page.waitForSelector('#nik + jaga-prakerja-field-warning');
  await page.type('#otp', '123456');
  await page.waitForSelector('#otp + jaga-prakerja-field-warning');
  await page.screenshot({ path: join(SCREENSHOTS, `form-warning-${harness.name}.png`) });
  const refused = page.answerDialogs(false);
  await page.press('Enter');
  await expect.poll(() => refused.length).toBe(1);
  expect(refused[0]).toMatch(/NIK/);
  expect(await href(page)).toBe(url);
  const accepted = page.answerDialogs(true);
  await page.click('#send');
  await page.waitForSelector('#posted');
  expect(accepted).toHaveLength(1);
  await page.close();
});

test('a link to a lookalike host on a chat page is marked and asks before opening', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('chat.example');
  await visit(page, url);
  await tabState(ext, url);
  await page.waitForSelector('#bad + jaga-prakerja-link-mark');
  expect(await page.evaluate(() => document.querySelector('#good + jaga-prakerja-link-mark'), null)).toBeNull();
  const seen = page.answerDialogs(false);
  await page.click('#bad');
  await expect.poll(() => seen.length).toBe(1);
  expect(await href(page)).toBe(url);
  await page.close();
});

test('the official login page shows the before-you-log-in reminder until it is dismissed', async ({ harness, sites }) => {
  const page = await harness.newPage();
  const url = sites.url('dashboard.prakerja.go.id', '/masuk');
  await visit(page, url);
  await page.waitForSelector('jaga-prakerja-tip');
  const box = await page.evaluate(() => {
    const r = (document.querySelector('jaga-prakerja-tip') as HTMLElement).getBoundingClientRect();
    return { x: r.left, y: r.bottom, h: r.height };
  }, null);
  expect(box.h).toBeGreaterThan(40);
  await page.clickAt(box.x + 40, box.y - 22);
  await expect.poll(() => page.evaluate(() => document.querySelector('jaga-prakerja-tip'), null)).toBeNull();
  await visit(page, url);
  await page.waitForSelector('#otp');
  await new Promise((r) => setTimeout(r, 500));
  expect(await page.evaluate(() => document.querySelector('jaga-prakerja-tip'), null)).toBeNull();
  await page.close();
});

test('"continue anyway" records an exception that options lists and can remove', async ({ harness, sites }) => {
  const page = await harness.newPage();
  const url = sites.url('prakerja12.xyz', '/lanjut');
  await visit(page, url);
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.waitForSelector('#proceed');
  await page.click('#proceed');
  await page.click('#proceed-yes');
  await page.waitForSelector('#scam-content');
  expect(await href(page)).toBe(url);
  const options = await harness.newPage();
  await openExtensionPage(harness, options, 'options.html', 'tr[data-host="prakerja12.xyz"]');
  await options.click('tr[data-host="prakerja12.xyz"] button');
  await options.waitForSelector('#allow-empty');
  await options.close();
  await visit(page, sites.url('prakerja12.xyz', '/lagi'));
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.close();
});

test('"Kembali" on the warning page returns to the previous page', async ({ harness, sites }) => {
  const page = await harness.newPage();
  const before = sites.url('resep.example');
  await visit(page, before);
  await visit(page, sites.url('prakerja12.xyz', '/kembali'));
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.waitForSelector('#go-back');
  await page.click('#go-back');
  await expect.poll(() => href(page)).toBe(before);
  await page.close();
});

test('the warning page refuses to work inside a frame', async ({ ext }) => {
  const framed = await ext.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = `warning.html?${new URLSearchParams({ url: 'https://prakerja12.xyz/' })}`;
    document.body.append(frame);
    for (let i = 0; i < 100; i++) {
      const d = frame.contentDocument;
      const link = d?.querySelector('a[target="_blank"]');
      if (link) return { link: link.textContent, buttons: d?.querySelectorAll('#go-official, #proceed').length };
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, null);
  expect(framed).toEqual({ link: expect.stringMatching(/tab baru|new tab/), buttons: 0 });
});
