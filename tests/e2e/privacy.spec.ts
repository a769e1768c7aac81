import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchChromium } from './browsers';
import { href, openExtensionPage, tabState, visit } from './fixtures';
import { startSiteServer } from './sites';

// Every request the extension itself makes, from Chromium's own network log: while browsing the fixture
// pages there must be none, and the optional rules download must be the only one when it is switched on.

interface NetEvent {
  type: number;
  params?: { url?: string; initiator?: string; network_isolation_key?: string };
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright passes fixtures first; this test launches its own browser
test('the extension makes no request of its own except the optional rules download', async ({}, info) => {
  test.skip(info.project.name !== 'chromium', "reads Chromium's network log (--log-net-log)");
  const netlog = join(tmpdir(), `jaga-netlog-${Date.now()}.json`);
  const sites = await startSiteServer({ '/rules.json': '{"format":"jaga-prakerja-rules","keyId":"none","signature":"","payload":"{}"}' });
  const harness = await launchChromium([`--log-net-log=${netlog}`, '--net-log-capture-mode=Default']);
  const ext = await harness.newPage();
  await openExtensionPage(harness, ext, 'options.html', '#rules-url');
  const page = await harness.newPage();
  for (const [host, path] of [
    ['resep.example', '/'],
    ['berita.example', '/'],
    ['bantuan-warga.example', '/'],
    ['chat.example', '/'],
    ['dashboard.prakerja.go.id', '/masuk'],
    ['www.tokopedia.com', '/kartu-prakerja'],
  ]) {
    const url = sites.url(host as string, path);
    await visit(page, url);
    await tabState(ext, url);
  }
  await page.type('#otp', '123456').catch(() => undefined);
  await visit(page, sites.url('prakerja12.xyz', '/net'));
  await expect.poll(() => href(page)).toContain('/warning.html');

  const rulesUrl = `http://127.0.0.1:${sites.port}/rules.json`;
  await ext.evaluate((u) => {
    const input = document.getElementById('rules-url') as HTMLInputElement;
    input.value = u;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, rulesUrl);
  await ext.waitForSelector('#check-update:not([disabled])');
  await ext.click('#check-update');
  await expect.poll(() => ext.evaluate(() => document.getElementById('rules-status')?.textContent ?? '', null)).toMatch(/ditolak|rejected/);
  // Rejected for what the download held (the file is not signed), not for want of an address: the check clicked
  // right after the address was typed sends the address the page has just saved.
  expect(await ext.evaluate(() => document.getElementById('rules-status')?.textContent ?? '', null)).not.toContain('no-address');
  await harness.close();
  sites.server.close();

  const log = JSON.parse(readFileSync(netlog, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: NetEvent[] };
  rmSync(netlog, { force: true });
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const fromExtension = new Set(
    log.events
      .filter(
        (e) =>
          e.type === start &&
          (e.params?.initiator?.startsWith('chrome-extension://') || e.params?.network_isolation_key?.includes('chrome-extension://')),
      )
      .map((e) => e.params?.url),
  );
  expect([...fromExtension]).toEqual([rulesUrl]);
});
