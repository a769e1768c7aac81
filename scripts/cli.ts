/**
 * Maintainers' CLI over the extension's own engine (lib/): the same classifyUrl, scanPage and combine
 * step the background and content script run.
 *
 *   npm run -s cli -- check URL...
 *   npm run -s cli -- check --html FILE URL
 *   npm run -s cli -- check --jsonl  < lines of {"url": ..., "html"?: ...}
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseHTML } from 'linkedom';
import { scanPage } from '../lib/page/scan';
import { compileRules } from '../lib/rules/compile';
import { parseRuleset } from '../lib/rules/schema';
import { classifyUrl } from '../lib/url/classify';
import { combineVerdicts, type Verdict } from '../lib/verdict';

const USAGE = `usage:
  cli check URL...                 judge URLs
  cli check --html FILE URL        judge a saved page served at URL
  cli check --jsonl                read {"url","html"?} JSON lines on stdin
  options: --rules FILE            use another ruleset file (validated first)`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

export function judge(url: string, html: string | undefined, rules: ReturnType<typeof compileRules>): Verdict {
  const urlVerdict = classifyUrl(url, rules);
  if (html === undefined) return urlVerdict;
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  return combineVerdicts(urlVerdict, scanPage(document as unknown as Document, url, rules));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command !== 'check') fail(command ? `unknown command: ${command}` : 'missing command');
  let rulesPath = new URL('../lib/rules/ruleset.json', import.meta.url).pathname;
  const ri = rest.indexOf('--rules');
  if (ri >= 0) {
    rulesPath = rest[ri + 1] ?? fail('--rules needs a file');
    rest.splice(ri, 2);
  }
  let text: string;
  try {
    text = readFileSync(rulesPath, 'utf8');
  } catch (e) {
    fail(`cannot read rules ${rulesPath}: ${(e as Error).message}`);
  }
  const parsed = parseRuleset(text);
  if (!parsed.ok) fail(`rejected ruleset ${rulesPath}: ${parsed.error}`);
  const rules = compileRules(parsed.rules);
  const out = (url: string, v: Verdict) => process.stdout.write(`${JSON.stringify({ url, level: v.level, reasons: v.reasons })}\n`);

  if (rest[0] === '--jsonl') {
    if (rest.length > 1) fail('--jsonl takes no other arguments');
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch (e) {
        process.stdout.write(`${JSON.stringify({ line: n, error: `invalid JSON: ${(e as Error).message}` })}\n`);
        continue;
      }
      const rec = item as { url?: unknown; html?: unknown };
      if (typeof rec !== 'object' || rec === null || typeof rec.url !== 'string' || (rec.html !== undefined && typeof rec.html !== 'string')) {
        process.stdout.write(
          `${JSON.stringify({ line: n, url: typeof rec?.url === 'string' ? rec.url : null, error: 'expected {"url": string, "html"?: string}' })}\n`,
        );
        continue;
      }
      out(rec.url, judge(rec.url, rec.html as string | undefined, rules));
    }
    return;
  }
  if (rest[0] === '--html') {
    const [, file, url, ...extra] = rest;
    if (!file || !url || extra.length > 0) fail('--html needs exactly FILE and URL');
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as Error).message}`);
    }
    out(url, judge(url, html, rules));
    return;
  }
  if (rest.length === 0) fail('no URL given');
  for (const url of rest) {
    if (url.startsWith('--')) fail(`unknown option: ${url}`);
    out(url, judge(url, undefined, rules));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`internal error: ${(e as Error).stack}\n`);
    process.exit(1);
  });
}
