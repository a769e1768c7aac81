import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('CLI', () => {
  it('prints one JSON object per URL', () => {
    const r = cli(['check', 'https://prakerja12.xyz/', 'https://prakerja.go.id/']);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.level)).toEqual(['dangerous', 'official']);
  });
  it('judges a saved page at a URL', () => {
    const r = cli(['check', '--html', join(ROOT, 'tests', 'fixtures', 'scam-otp.html'), 'https://bantuan-warga.example/']);
    expect(JSON.parse(r.stdout).level).toBe('dangerous');
  });
  it('reads JSON lines in order and keeps going after a malformed line', () => {
    const input = [
      '{"url":"https://kartu-prakerja.com/"}',
      '{oops',
      '{"url":"https://x.example/","html":"<h1>Prakerja</h1><p>joki prakerja pasti lolos</p>"}',
      '{"html":1}',
    ].join('\n');
    const out = cli(['check', '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].level).toBe('dangerous');
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].level).toBe('suspicious');
    expect(out[3].error).toBeDefined();
  });
  it('exits 2 on usage errors', () => {
    expect(cli([]).status).toBe(2);
    expect(cli(['check']).status).toBe(2);
    expect(cli(['check', '--html', 'only-one-arg']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  });
});
