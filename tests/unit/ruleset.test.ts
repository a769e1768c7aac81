import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_DETECTORS } from '../../lib/page/detectors';
import { PAGE_EXAMPLES } from '../../lib/page/detectors/examples';
import { scanPage } from '../../lib/page/scan';
import { BUNDLED_RULES } from '../../lib/rules/bundled';
import { compileRules } from '../../lib/rules/compile';
import { runtimeRuleset } from '../../lib/rules/runtime';
import { parseRuleset } from '../../lib/rules/schema';
import { canonicalRuleset } from '../../scripts/rules-format';
import { furnishedHtml, loadRealPages } from '../corpus/realpages';
import { doc, ROOT, RULES } from './helpers';

const file = readFileSync(join(ROOT, 'lib', 'rules', 'ruleset.json'), 'utf8');

describe('ruleset file', () => {
  it('passes the zod schema', () => {
    const parsed = parseRuleset(file);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
  });

  it('is canonical: sorted, de-duplicated, formatted (npm run rules:format)', () => {
    expect(canonicalRuleset(JSON.parse(file))).toBe(file);
  });

  it('has a runtime form for content scripts, under 40% of its size', () => {
    expect(JSON.stringify(runtimeRuleset(BUNDLED_RULES)).length).toBeLessThan(file.length * 0.4);
  });

  it('the runtime form judges pages exactly as the full rules do', () => {
    const full = compileRules(BUNDLED_RULES);
    const slim = compileRules(runtimeRuleset(BUNDLED_RULES));
    const pages: Array<[string, string]> = PAGE_DETECTORS.flatMap((d) =>
      [...(PAGE_EXAMPLES[d.id]?.match ?? []), ...(PAGE_EXAMPLES[d.id]?.noMatch ?? [])].map((e) => [e.html, e.url] as [string, string]),
    );
    for (const name of readdirSync(join(ROOT, 'tests', 'fixtures', 'evidence')))
      pages.push([readFileSync(join(ROOT, 'tests', 'fixtures', 'evidence', name), 'utf8'), 'https://x.example/']);
    for (const p of loadRealPages()) pages.push([furnishedHtml(p), p.url]);
    for (const [html, url] of pages) expect(scanPage(doc(html), url, slim), url).toEqual(scanPage(doc(html), url, full));
  });

  it('has unique ids within each list', () => {
    const raw = RULES.raw;
    for (const list of [
      raw.official,
      raw.partners,
      raw.reported,
      raw.phrases,
      raw.sensitiveFields,
      raw.formSinks,
      raw.advice,
      raw.social,
      raw.sharedHosts,
    ]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('rejects broken rule files with a clear message', () => {
    expect(parseRuleset('{not json')).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    expect(parseRuleset({ ...JSON.parse(file), schemaVersion: 2 })).toMatchObject({ ok: false, error: expect.stringMatching(/schemaVersion/) });
    const bad = JSON.parse(file);
    bad.phrases[0].pattern = '([';
    expect(parseRuleset(bad)).toMatchObject({ ok: false, error: expect.stringMatching(/phrases\.0\.pattern/) });
    const noSource = JSON.parse(file);
    delete noSource.official[0].source;
    expect(parseRuleset(noSource).ok).toBe(false);
  });

  it('keeps the official site on go.id and every partner outside the scam list', () => {
    expect(RULES.raw.official.find((o) => o.role === 'main')?.host).toBe('prakerja.go.id');
    for (const p of RULES.raw.partners) expect(RULES.raw.reported.some((r) => r.host === p.host)).toBe(false);
  });
});

describe('phrase and field rules, with examples run both ways', () => {
  const rules = [...RULES.phrases, ...RULES.sensitive];
  for (const rule of rules) {
    it(`${rule.id}: matches its examples and none of its own counter-examples`, () => {
      for (const m of rule.match) expect(new RegExp(rule.pattern, 'iu').test(m.toLowerCase()), m).toBe(true);
      for (const n of rule.noMatch) expect(new RegExp(rule.pattern, 'iu').test(n.toLowerCase()), n).toBe(false);
    });
  }
  it('no phrase rule matches the counter-examples of another phrase rule', () => {
    const negatives = RULES.phrases.flatMap((p) => p.noMatch);
    for (const rule of RULES.phrases) {
      for (const n of negatives) expect(new RegExp(rule.pattern, 'iu').test(n.toLowerCase()), `${rule.id} vs "${n}"`).toBe(false);
    }
  });
});
