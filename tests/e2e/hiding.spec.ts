import type { AnyPage } from './browsers';
import { bannerText, expect, expectQuiet, href, tabState, test, visit } from './fixtures';

// Issue 14: the same branded NIK + OTP form hidden five ways (and two combinations) must get the red
// badge, the banner in the top frame, the field warning on the hidden field and the submit hold.

type Where = 'open' | 'closed' | 'frame' | 'document' | 'frame-shadow';

/** Run `act` on the tree the form lives in, the way the page itself (and so the user) can reach it. */
function inScope<R>(page: AnyPage, where: Where, act: string): Promise<R> {
  return page.evaluate(
    ({ where, act }) => {
      const w = window as unknown as { __root?: ShadowRoot };
      const frame = () => (document.getElementById('f') as HTMLIFrameElement | null)?.contentDocument ?? null;
      const scope: Document | ShadowRoot | null | undefined =
        where === 'open'
          ? document.getElementById('host')?.shadowRoot
          : where === 'closed'
            ? w.__root
            : where === 'frame'
              ? frame()
              : where === 'frame-shadow'
                ? frame()?.getElementById('host')?.shadowRoot
                : document;
      if (!scope) return null as never;
      const field = scope.querySelector<HTMLInputElement>('#nik, #f1');
      const form = scope.querySelector<HTMLFormElement>('#claim');
      if (act === 'focus') field?.focus();
      if (act === 'submit') form?.requestSubmit();
      return (act === 'warned' ? scope.querySelectorAll('jaga-prakerja-field-warning').length : field ? 'ok' : null) as never;
    },
    { where, act },
  );
}

const CASES: Array<[string, string, Where]> = [
  ['an open (declarative) shadow root', 'bayangan-terbuka.example', 'open'],
  ['a closed shadow root', 'bayangan-tertutup.example', 'closed'],
  ['a srcdoc frame', 'bingkai-srcdoc.example', 'frame'],
  ['an about:blank frame written by script', 'bingkai-kosong.example', 'frame'],
  ['a frame rewritten by script after the extension settled in it (its listeners erased)', 'bingkai-ditulis-ulang.example', 'frame'],
  ['labels drawn only by CSS', 'label-css.example', 'document'],
  ['a shadow root inside a srcdoc frame', 'bayangan-bingkai.example', 'frame-shadow'],
  ['a closed shadow root attached after a delay', 'bayangan-telat.example', 'closed'],
  ['a custom element (web component) with a closed shadow root', 'komponen.example', 'closed'],
];

for (const [name, host, where] of CASES) {
  test(`a scam form hidden in ${name} is caught: badge, banner, field warning, submit hold`, async ({ harness, sites, ext }) => {
    const page = await harness.newPage();
    const url = sites.url(host);
    await visit(page, url);
    await expect.poll(() => inScope(page, where, 'find')).toBe('ok');
    await expect.poll(async () => (await tabState(ext, url)).verdict.level).toBe('dangerous');
    const state = await tabState(ext, url);
    expect(state.badge).toBe('!');
    // The CSS-only label is read from generated content: the PIN field has no other name or shape.
    if (where === 'document') expect(state.verdict.reasons.find((r) => r.code === 'sensitive-form')?.evidence?.fields).toContain('pin');
    await expect.poll(() => bannerText(page)).toMatch(/^visible/);

    await inScope(page, where, 'focus');
    await expect.poll(() => inScope<number>(page, where, 'warned')).toBe(1);

    const asked = page.answerDialogs(false);
    await inScope(page, where, 'submit');
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/NIK/);
    expect(await href(page)).toBe(url);
    expect(await inScope(page, where, 'find')).toBe('ok');
    await page.close();
  });
}

test('the same hiding places with nothing to hide stay silent', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('tenang.example');
  await visit(page, url);
  await expectQuiet(ext, page, url);
  await page.close();
});

test('a closed shadow root torn down and attached again every 50 ms: the page stays usable and the verdict right', async ({
  harness,
  sites,
  ext,
}) => {
  const page = await harness.newPage();
  const url = sites.url('bayangan-putar.example');
  await visit(page, url);
  await expect.poll(async () => (await tabState(ext, url)).verdict.level).toBe('dangerous');
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  const before = Number(await page.evaluate(() => document.getElementById('ticks')?.textContent, null));
  await expect.poll(async () => Number(await page.evaluate(() => document.getElementById('ticks')?.textContent, null))).toBeGreaterThan(before + 10);
  await page.close();
});

test('10,000 empty shadow hosts do not hide the one that holds the form', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('bayangan-banyak.example');
  await visit(page, url);
  await expect.poll(async () => (await tabState(ext, url)).verdict.level).toBe('dangerous');
  await inScope(page, 'closed', 'focus');
  await expect.poll(() => inScope<number>(page, 'closed', 'warned')).toBe(1);
  expect(await page.evaluate(() => document.querySelectorAll('#many span').length, null)).toBe(10_000);
  await page.close();
});

test('a cross-origin ad frame can neither smear a news page nor vouch for a scam page, fake messages included', async ({ harness, sites, ext }) => {
  const news = await harness.newPage();
  const newsUrl = sites.url('portal-berita.example');
  await visit(news, newsUrl);
  // The frame's own form is still guarded where the user would type into it (and so the frame has decided).
  await expect.poll(() => news.inFrame('iklan.example', () => document.getElementById('nik') !== null, null)).toBe(true);
  await news.inFrame('iklan.example', () => document.getElementById('nik')?.focus(), null);
  await expect.poll(() => news.inFrame('iklan.example', () => document.querySelectorAll('jaga-prakerja-field-warning').length, null)).toBe(1);
  await expectQuiet(ext, news, newsUrl);
  await news.close();

  const scam = await harness.newPage();
  const scamUrl = sites.url('portal-klaim.example');
  await visit(scam, scamUrl);
  await expect.poll(async () => (await tabState(ext, scamUrl)).verdict.level).toBe('dangerous');
  await expect.poll(() => bannerText(scam)).toMatch(/^visible/);
  expect((await tabState(ext, scamUrl)).verdict.reasons.some((r) => r.level === 'official' || r.evidence?.inFrame === true)).toBe(false);
  await scam.close();
});
