import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../lib/url/classify';
import { generateLookalikes } from '../corpus/lookalikes';
import { benignDomains, RULES } from './helpers';

const benign = benignDomains();

describe('corpora (quality targets; speed is in npm run bench)', () => {
  it('the benign corpus has at least 1,000 real domains and none is flagged', () => {
    expect(new Set(benign).size).toBeGreaterThanOrEqual(1000);
    const flagged = benign.filter((d) => ['dangerous', 'suspicious'].includes(classifyUrl(`https://${d}/`, RULES).level));
    expect(flagged).toEqual([]);
  });
  it('at least 99% of generated lookalikes are flagged, in every technique', () => {
    const all = generateLookalikes();
    expect(all.length).toBeGreaterThan(1000);
    const missed = all.filter((l) => !['dangerous', 'suspicious'].includes(classifyUrl(`https://${l.domain}/`, RULES).level));
    expect(missed.length / all.length).toBeLessThanOrEqual(0.01);
    const techniques = new Set(all.map((l) => l.technique));
    for (const t of techniques) {
      const of = all.filter((l) => l.technique === t);
      const miss = missed.filter((l) => l.technique === t);
      expect(miss.length / of.length, `${t}: ${miss.map((l) => l.domain).join(' ')}`).toBeLessThanOrEqual(0.01);
    }
    for (const t of ['typo-combo', 'typo-subdomain', 'typo-vetted', 'leet-combo']) expect(techniques.has(t), t).toBe(true);
  });
});
