import { join } from 'node:path';
import type { AnyPage } from './browsers';
import { bannerText, expect, href, openExtensionPage, SCREENSHOTS, tabState, test, visit } from './fixtures';

// Phones (issue 13): many users browse only on a phone, where Firefox for Android opens the popup as a
// full tab and shows no toolbar badge. At 360x640 (touch events in Firefox), every screen must fit the
// width, every control must be at least 44 px tall, and the text must be readable without zooming.

const WIDTH = 360;
const HEIGHT = 640;

interface Fit {
  /** The layout viewport's width: the phone's, or the test did not get a phone screen. */
  width: number;
  overflow: number;
  small: string[];
  tinyText: string[];
}

/** Horizontal overflow, controls shorter than 44 px, and text under 12 px on the page. */
function layoutOf(page: AnyPage): Promise<Fit> {
  return page.evaluate(() => {
    const TARGETS = 'button, a.button, a.primary, .links a, select, input:not([type=checkbox]):not([type=hidden]), label:has(> input[type=checkbox])';
    const small: string[] = [];
    const tinyText: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(TARGETS))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height < 44) small.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${Math.round(r.height)}px`);
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('p, li, label, button, a, h1, h2, span'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && el.textContent?.trim() && Number.parseFloat(getComputedStyle(el).fontSize) < 12) tinyText.push(el.tagName);
    }
    // innerWidth counts a scroll bar that scrollWidth does not: only overflow beyond the screen matters.
    return {
      width: window.innerWidth,
      overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      small,
      tinyText,
    };
  }, null);
}

test('phone: a blocked lookalike shows a warning page that fits and can be used with a thumb', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await page.setViewport(WIDTH, HEIGHT);
  await visit(page, sites.url('prakerja12.xyz', '/daftar'));
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.waitForSelector('#go-official');
  expect(await layoutOf(page)).toEqual({ width: WIDTH, overflow: 0, small: [], tinyText: [] });
  await page.screenshot({ path: join(SCREENSHOTS, `phone-warning-${harness.name}.png`) });
  await page.tap('#go-official');
  await expect.poll(() => href(page)).toMatch(/^https:\/\/www\.prakerja\.go\.id\/|^chrome-error:|^about:neterror/);
  await page.close();
});

test('phone: a scam form gets the banner (no badge needed), the field warning on tap and the submit hold', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  await page.setViewport(WIDTH, HEIGHT);
  const url = sites.url('bantuan-warga.example');
  await visit(page, url);
  expect((await tabState(ext, url)).verdict.level).toBe('dangerous');
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  // The banner carries the message on its own, inside the screen width, with thumb-sized buttons.
  const banner = await page.evaluate(() => {
    const host = document.querySelector('jaga-prakerja-banner') as HTMLElement;
    const r = host.getBoundingClientRect();
    return { inside: r.left >= 0 && r.right <= window.innerWidth, overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth) };
  }, null);
  expect(banner).toEqual({ inside: true, overflow: 0 });
  await page.screenshot({ path: join(SCREENSHOTS, `phone-banner-${harness.name}.png`) });
  await page.tap('#nik');
  await page.waitForSelector('#nik + jaga-prakerja-field-warning');
  const asked = page.answerDialogs(false);
  await page.tap('#send');
  await expect.poll(() => asked.length).toBe(1);
  expect(await href(page)).toBe(url);
  await page.close();
});

test('phone: the popup (a full tab on Android) and the options page fit, and the checklist works by tap', async ({ harness }) => {
  const popup = await harness.newPage();
  await popup.setViewport(WIDTH, HEIGHT);
  await openExtensionPage(harness, popup, 'popup.html', '.checklist');
  expect(await layoutOf(popup)).toEqual({ width: WIDTH, overflow: 0, small: [], tinyText: [] });
  await popup.screenshot({ path: join(SCREENSHOTS, `phone-popup-${harness.name}.png`) });
  const box = 'input[data-id="never_share_otp"]';
  const before = await popup.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, box);
  await popup.tap(box);
  await expect.poll(() => popup.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, box)).toBe(!before);
  await popup.tap(box);
  await expect.poll(() => popup.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).checked, box)).toBe(before);

  const options = await harness.newPage();
  await options.setViewport(WIDTH, HEIGHT);
  await openExtensionPage(harness, options, 'options.html', '#app main');
  expect(await layoutOf(options)).toEqual({ width: WIDTH, overflow: 0, small: [], tinyText: [] });
  await popup.close();
  await options.close();
});
