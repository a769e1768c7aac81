import { describe, expect, it } from 'vitest';
import { parsePageModel } from '../../lib/page/model-schema';
import { brandedModel } from '../../lib/page/read';
import { scanPage } from '../../lib/page/scan';
import { classifyUrl } from '../../lib/url/classify';
import { combineVerdicts, isWarning } from '../../lib/verdict';
import { bareHtml, furnishedHtml, loadRealPages } from '../corpus/realpages';
import { doc, RULES } from './helpers';

// The false-alarm test that matters most: 81 real pages people read about the programme (news, blogs, the
// official help centre), none a scam. Judged as the extension judges a tab: URL verdict and page verdict.
const pages = loadRealPages();

function warnings(wrap: (p: (typeof pages)[number]) => string): string[] {
  const out: string[] = [];
  for (const p of pages) {
    const v = combineVerdicts(classifyUrl(p.url, RULES), scanPage(doc(wrap(p)), p.url, RULES));
    if (isWarning(v.level)) out.push(`${v.level} ${p.url} ${JSON.stringify(v.reasons.filter((r) => r.level !== 'neutral'))}`);
  }
  return out;
}

describe('real pages about the programme', () => {
  it('the corpus is there and whole', () => {
    expect(pages.length).toBe(81);
  });
  it('no warning on any page, bare', () => {
    expect(warnings(bareHtml)).toEqual([]);
  });
  it('no warning on any page inside ordinary furniture (share buttons, tip line, comment and newsletter forms)', () => {
    expect(warnings(furnishedHtml)).toEqual([]);
  });
  it('the furniture is really there: the furnished pages carry share links and forms the scanner reads', () => {
    const d = doc(furnishedHtml(pages[0] as (typeof pages)[number]));
    expect(d.querySelectorAll('form').length).toBe(3);
    expect(d.querySelectorAll('a[href*="wa.me"]').length).toBe(2);
  });
  it("what the content script would send the background for each page passes the background's check", () => {
    for (const p of pages) {
      for (const html of [bareHtml(p), furnishedHtml(p)]) {
        const model = brandedModel(doc(html), p.url, RULES);
        if (model) expect(parsePageModel(model), p.url).toEqual({ ok: true, model });
      }
    }
  });
});
