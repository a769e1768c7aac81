import type { AnyPage } from './browsers';
import { expect, href, tabState, test, visit, warnedAbout } from './fixtures';
import { decodePng } from './pixels';

// Issue 12: scam links where they travel. Fixture pages imitate WhatsApp Web, a Facebook group, a Telegram
// channel and a webmail message, served on their real host names (resolved to the loopback fixture server).

/** Whether the link (or element) has our ⚠ mark right after it. */
const linkMarked = (page: AnyPage, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.nextSibling?.nodeName === 'JAGA-PRAKERJA-LINK-MARK', selector);
/** How many plain-text address marks sit inside the element. */
const textMarks = (page: AnyPage, selector: string) =>
  page.evaluate((sel) => document.querySelector(sel)?.querySelectorAll('jaga-prakerja-text-mark').length ?? -1, selector);

/**
 * The share of the element's pixels in the mark's red (#b91c1c), from a screenshot: our style sheet reached the
 * closed shadow root (an unstyled ⚠ is a dark glyph on the page's white).
 */
async function redShare(page: AnyPage, selector: string): Promise<number> {
  const r = await page.evaluate((sel) => {
    const b = document.querySelector(sel)?.getBoundingClientRect();
    return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
  }, selector);
  if (!r || r.width < 1 || r.height < 1) return 0;
  const img = decodePng((await page.screenshot({ clip: r })) as Uint8Array);
  let red = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const [R, G, B] = img.rgb(x, y);
      if (Math.abs(R - 0xb9) < 40 && G < 80 && B < 80) red++;
    }
  return red / (img.width * img.height);
}

/** The rendered width of the element (0 when it is missing, or a mark whose ⚠ was not drawn). */
const width = (page: AnyPage, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.getBoundingClientRect().width ?? 0, selector);

test('WhatsApp-like chat: typed and linked scam addresses are marked, recycled rows lose stale marks, late messages are judged', async ({
  harness,
  sites,
}) => {
  const page = await harness.newPage();
  await visit(page, sites.secureUrl('web.whatsapp.com'));
  await expect.poll(() => textMarks(page, '#row1')).toBe(1);
  await expect.poll(() => linkMarked(page, '#row3 a')).toBe(true);
  // Each mark shows its ⚠ (drawn inside its closed shadow root).
  for (const mark of ['#row1 jaga-prakerja-text-mark', '#row3 a + jaga-prakerja-link-mark']) {
    expect(await width(page, mark), mark).toBeGreaterThan(5);
    // On its red badge (about 65% of the mark's pixels in both browsers): our style sheet applies inside each closed root.
    expect(await redShare(page, mark), mark).toBeGreaterThan(0.3);
  }
  // Decided in the same batches: the official link and address, and the message being typed, stay unmarked.
  expect(await linkMarked(page, '#row2 a')).toBe(false);
  expect(await textMarks(page, '#row2')).toBe(0);
  expect(await textMarks(page, '#compose')).toBe(0);
  await expect.poll(() => linkMarked(page, '#late-link')).toBe(true);

  await page.evaluate(() => (window as unknown as { scrollChat(): void }).scrollChat(), null);
  await expect.poll(() => linkMarked(page, '#row0 a')).toBe(true);
  await expect.poll(() => textMarks(page, '#row2')).toBe(1);
  await expect.poll(() => linkMarked(page, '#row3 a')).toBe(false);
  await expect.poll(() => textMarks(page, '#row1')).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('jaga-prakerja-link-mark').length, null)).toBe(2);
  await page.close();
});

test('Facebook-like feed: swapped, wrapped and short links are marked and ask first; a confirmed wrapped click ends on the warning page', async ({
  harness,
  sites,
  ext,
}) => {
  const page = await harness.newPage();
  const url = sites.secureUrl('www.facebook.com');
  await visit(page, url);
  for (const sel of ['#swap', '#wrapped', '#short']) await expect.poll(() => linkMarked(page, sel), sel).toBe(true);
  expect(await linkMarked(page, '#official')).toBe(false);
  expect(await linkMarked(page, '#news')).toBe(false);
  await expect.poll(() => textMarks(page, '#comment1')).toBe(1);
  // The feed itself quotes scam wording but offers no way to be harmed: no banner.
  expect((await tabState(ext, url)).verdict.level).toBe('neutral');

  // Pressing the link swaps in the shim; the mark still asks, naming the real destination.
  const refused = page.answerDialogs(false);
  await page.click('#swap');
  await expect.poll(() => refused.length).toBe(1);
  expect(refused[0]).toContain('prakerja12.xyz');
  expect(await href(page)).toBe(url);
  expect(await page.evaluate(() => document.querySelector<HTMLAnchorElement>('#swap')?.href, null)).toContain('l.facebook.com');

  const accepted = page.answerDialogs(true);
  await page.click('#wrapped');
  await expect.poll(() => accepted.length).toBe(1);
  expect(accepted[0]).toContain('kartu-prakerja.com');
  expect(await warnedAbout(page)).toContain('lm.facebook.com/l.php');
  await page.close();
});

test('Telegram-like channel: addresses in posts are marked, an edited post is judged again, official ones are not', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await visit(page, sites.secureUrl('web.telegram.org'));
  await expect.poll(() => textMarks(page, '#m1')).toBe(1);
  await expect.poll(() => linkMarked(page, '#tg-bad')).toBe(true);
  expect(await textMarks(page, '#m2')).toBe(0);
  expect(await textMarks(page, '#m4')).toBe(0);
  expect(await textMarks(page, '#m5')).toBe(0);
  await page.evaluate(() => (window as unknown as { editPost(): void }).editPost(), null);
  await expect.poll(() => textMarks(page, '#m5')).toBe(1);
  await page.close();
});

test('webmail: Google-wrapped links are judged by their target, and a click on the lookalike is stopped', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.secureUrl('mail.google.com');
  await visit(page, url);
  await expect.poll(() => linkMarked(page, '#mail-bad')).toBe(true);
  expect(await linkMarked(page, '#mail-good')).toBe(false);
  expect(await linkMarked(page, '#mail-news')).toBe(false);
  await expect.poll(() => textMarks(page, '.message-body')).toBe(1);
  // The page itself never changes: our own marks are no reason to read it again (a re-scan would come
  // 400 ms after them; waiting well past that, the page was still read once).
  await new Promise((r) => setTimeout(r, 1_500));
  expect((await tabState(ext, url)).scans).toBe(1);
  const accepted = page.answerDialogs(true);
  await page.click('#mail-bad');
  await expect.poll(() => accepted.length).toBe(1);
  await expect.poll(() => href(page)).toContain('/warning.html?url=');
  await page.close();
});

test('a short link is judged again where it lands: the redirect to a lookalike ends on the warning page', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('s.id', '/daftarprakerja72'));
  expect(await warnedAbout(page)).toBe(sites.url('prakerja12.xyz', '/daftar'));
  await page.close();
});

test('links are judged where the browser would go: written paths that leave the site and a lookalike base address are marked', async ({
  harness,
  sites,
}) => {
  const page = await harness.newPage();
  await visit(page, sites.url('forum-warga.example'));
  // A tab dropped by the URL parser, a backslash read as a slash, capitals, leading spaces: all reach the lookalike.
  for (const id of ['#tab', '#backslash', '#upper', '#spaced']) await expect.poll(() => linkMarked(page, id)).toBe(true);
  expect(await linkMarked(page, '#own')).toBe(false);
  expect(await linkMarked(page, '#own-query')).toBe(false);
  // A marked link turned into a path of the site loses its mark, and is marked again when it turns back.
  await expect.poll(() => linkMarked(page, '#swap')).toBe(true);
  await page.evaluate(() => document.querySelector('#swap')?.setAttribute('href', '/topik/3'), null);
  await expect.poll(() => linkMarked(page, '#swap')).toBe(false);
  await page.evaluate(() => document.querySelector('#swap')?.setAttribute('href', 'http://prakerja12.xyz/daftar'), null);
  await expect.poll(() => linkMarked(page, '#swap')).toBe(true);
  await visit(page, sites.url('pengumuman.example'));
  await expect.poll(() => linkMarked(page, '#relative')).toBe(true);
  await page.close();
});
