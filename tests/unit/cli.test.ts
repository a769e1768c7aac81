import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

// The CLI is bundled once (about 0.3 s) and each case starts plain `node` on the bundle: four `tsx` cold
// starts in parallel with the other test files took over 5 s on a 2-core machine. The bundle sits one
// level below the repository root, so the CLI's own `../lib/rules/ruleset.json` path still resolves.
const OUT_DIR = join(ROOT, '.cli-build');
const BUNDLE = join(OUT_DIR, 'cli.mjs');

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'scripts', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: BUNDLE,
    packages: 'external',
    logLevel: 'error',
  });
}, 60_000);

interface Run {
  status: number | null;
  stdout: string;
}

function cli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
    child.stdin.end(input ?? '');
  });
}

const lines = (r: Run) =>
  r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

// Process start-up on a loaded 2-core machine is slow but not a defect: generous per-case limits.
describe('CLI', { timeout: 60_000 }, () => {
  it('prints one JSON object per URL', async () => {
    const r = await cli(['check', 'https://prakerja12.xyz/', 'https://prakerja.go.id/']);
    expect(r.status).toBe(0);
    expect(lines(r).map((l) => l.level)).toEqual(['dangerous', 'official']);
  });
  it('judges a saved page at a URL', async () => {
    const r = await cli(['check', '--html', join(ROOT, 'tests', 'fixtures', 'scam-otp.html'), 'https://bantuan-warga.example/']);
    expect(JSON.parse(r.stdout).level).toBe('dangerous');
  });
  it('reads JSON lines in order and keeps going after a malformed line', async () => {
    const input = [
      '{"url":"https://kartu-prakerja.com/"}',
      '{oops',
      '{"url":"https://x.example/","html":"<h1>Prakerja</h1><form><label for=n>NIK</label><input id=n></form><p>joki prakerja pasti lolos</p>"}',
      '{"html":1}',
    ].join('\n');
    const out = lines(await cli(['check', '--jsonl'], input));
    expect(out).toHaveLength(4);
    expect(out[0].level).toBe('dangerous');
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].level).toBe('dangerous');
    expect(out[3].error).toBeDefined();
  });
  it('exits 2 on usage errors', async () => {
    const runs = await Promise.all([cli([]), cli(['check']), cli(['check', '--html', 'only-one-arg']), cli(['frobnicate'])]);
    expect(runs.map((r) => r.status)).toEqual([2, 2, 2, 2]);
  });
});
