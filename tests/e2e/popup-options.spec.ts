import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyPage, ROOT } from './browsers';
import { expect, href, openExtensionPage, SCREENSHOTS, tabState, test, visit } from './fixtures';

// Popup and options in Chromium and Firefox ESR: verdicts per kind of tab, report, backup, language,
// accessibility (axe-core injected into the extension's own pages).

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Inject axe-core into the page and return the ids of its serious and critical violations. */
async function seriousViolations(page: AnyPage): Promise<string[]> {
  await page.run(AXE);
  return (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
    return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  }, null)) as string[];
}

/** Pick a language in the options page the way a person does (the select's change event). */
async function chooseLanguage(options: AnyPage, lang: 'auto' | 'id' | 'en'): Promise<void> {
  await options.evaluate((value) => {
    const select = document.getElementById('lang') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
}

test('the popup shows the right verdict for partner, neutral and lookalike tabs', async ({ harness, sites, ext }) => {
  const cases = [
    [sites.url('www.tokopedia.com', '/kartu-prakerja'), 'partner'],
    [sites.url('resep.example'), 'neutral'],
    [sites.url('prakerja12.xyz', '/popup'), 'dangerous'],
  ] as const;
  for (const [url, level] of cases) {
    const page = await harness.newPage();
    await visit(page, url);
    const { tabId } = await tabState(ext, url, { scanned: level !== 'dangerous' });
    const popup = await harness.newPage();
    await openExtensionPage(harness, popup, `popup.html?tabId=${tabId}`, '.verdict');
    expect(await popup.evaluate(() => document.querySelector('.verdict')?.getAttribute('data-level'), null)).toBe(level);
    if (level === 'dangerous') {
      expect(await popup.evaluate(() => document.querySelector('.verdict li')?.textContent, null)).toMatch(/dilaporkan|reported/);
      const opened = popup.answerDialogs(true);
      await popup.click('.verdict button');
      await popup.waitForSelector('.verdict [role="status"]');
      if (harness.name === 'chromium') expect(await popup.evaluate(() => navigator.clipboard.readText(), null)).toContain(url);
      expect(opened).toEqual([]);
    }
    await popup.close();
    await page.close();
  }
});

test('options: a bad backup is rejected and changes nothing; a good one restores the checklist', async ({ harness, ext }) => {
  await ext.click('#export');
  await ext.waitForSelector('#export-link');
  const exported = await ext.evaluate(async () => (await fetch((document.getElementById('export-link') as HTMLAnchorElement).href)).text(), null);
  expect(JSON.parse(exported)).toMatchObject({ format: 'jaga-prakerja-backup', version: 1 });
  await ext.setFile('#import', join(ROOT, 'tests', 'fixtures', 'backups', 'bad.json'));
  await ext.waitForSelector('#import-status.error');
  expect(await ext.evaluate(() => document.getElementById('import-status')?.textContent, null)).toMatch(/settings\.lang/);
  const popup = await harness.newPage();
  await openExtensionPage(harness, popup, 'popup.html', '.checklist');
  expect(await popup.evaluate(() => (document.querySelector('input[data-id="read_terms"]') as HTMLInputElement).checked, null)).toBe(false);
  await ext.setFile('#import', join(ROOT, 'tests', 'fixtures', 'backups', 'good.json'));
  await ext.waitForSelector('#import-status.ok');
  await openExtensionPage(harness, popup, 'popup.html?again', '.checklist');
  await expect
    .poll(() => popup.evaluate(() => (document.querySelector('input[data-id="read_terms"]') as HTMLInputElement | null)?.checked, null))
    .toBe(true);
  await popup.close();
});

test('popup, options and warning page have no serious accessibility violations', async ({ harness, sites }) => {
  const page = await harness.newPage();
  for (const [path, ready] of [
    ['popup.html', '.checklist'],
    ['options.html', '#app main'],
  ] as const) {
    await openExtensionPage(harness, page, path, ready);
    const violations = await seriousViolations(page);
    expect(violations, path).toEqual([]);
  }
  await visit(page, sites.url('prakerja12.xyz', '/axe'));
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.waitForSelector('#go-official');
  const warning = await seriousViolations(page);
  expect(warning).toEqual([]);
  await page.close();
});

test('options and popup screenshots in both languages: the language switch applies to the popup', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('bantuan-warga.example', '/en');
  await visit(page, url);
  const { tabId } = await tabState(ext, url);
  const options = await harness.newPage();
  await openExtensionPage(harness, options, 'options.html', '#lang');
  await options.screenshot({ path: join(SCREENSHOTS, `options-id-${harness.name}.png`), fullPage: true });
  await chooseLanguage(options, 'en');
  await expect.poll(() => options.evaluate(() => document.documentElement.lang, null).catch(() => '')).toBe('en');
  await options.waitForSelector('#lang');
  await options.screenshot({ path: join(SCREENSHOTS, `options-en-${harness.name}.png`), fullPage: true });
  const popup = await harness.newPage();
  await openExtensionPage(harness, popup, `popup.html?tabId=${tabId}`, '.checklist');
  expect(await popup.evaluate(() => document.getElementById('check-title')?.textContent, null)).toBe('Before you log in: account safety');
  await popup.screenshot({ path: join(SCREENSHOTS, `popup-en-${harness.name}.png`), fullPage: true });
  await chooseLanguage(options, 'auto');
  await expect.poll(() => options.evaluate(() => document.documentElement.lang, null).catch(() => '')).toBe('id');
  await popup.close();
  await options.close();
  await page.close();
});

test('checklist ticks survive a browser restart on the same profile', async ({ harness }) => {
  const popup = await harness.newPage();
  await openExtensionPage(harness, popup, 'popup.html', '.checklist');
  await popup.click('input[data-id="strong_password"]');
  await expect
    .poll(() => popup.evaluate(() => (document.querySelector('input[data-id="strong_password"]') as HTMLInputElement).checked, null))
    .toBe(true);
  await new Promise((r) => setTimeout(r, 300)); // let storage flush before quitting
  await harness.restart();
  const again = await harness.newPage();
  await openExtensionPage(harness, again, 'popup.html', '.checklist');
  expect(await again.evaluate(() => (document.querySelector('input[data-id="strong_password"]') as HTMLInputElement).checked, null)).toBe(true);
  await again.close();
});
