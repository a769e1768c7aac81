import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { getPublicKeyAsync, utils } from '@noble/ed25519';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentRules, loadRules, rulesStatusItem, rulesUpdateItem } from '../../lib/ext/rules';
import { checkForUpdate, verifyStoredUpdate } from '../../lib/ext/rules-update';
import { BUNDLED_RULES } from '../../lib/rules/bundled';
import { base64ToBytes, bytesToBase64, downloadSignedRules } from '../../lib/rules/signed';
import { keyIdOf, signRuleset } from '../../scripts/rules-sign';
import { ROOT } from './helpers';

// Signed updates against a real HTTP server on loopback, with the throw-away test key.
const testSecret = base64ToBytes(readFileSync(join(ROOT, 'tests', 'fixtures', 'keys', 'test-only.key'), 'utf8').trim());
const bundledText = readFileSync(join(ROOT, 'lib', 'rules', 'ruleset.json'), 'utf8');
const withVersion = (v: number) => bundledText.replace(`"dataVersion": ${BUNDLED_RULES.dataVersion}`, `"dataVersion": ${v}`);
const NEWER = BUNDLED_RULES.dataVersion + 1;

let server: Server;
let base = '';
let keys: Record<string, string> = {};
const routes: Record<string, { status?: number; body: string; delayMs?: number }> = {};

beforeAll(async () => {
  const testPublic = await getPublicKeyAsync(testSecret);
  keys = { [await keyIdOf(testPublic)]: bytesToBase64(testPublic) };
  const testId = Object.keys(keys)[0] as string;
  const otherSecret = utils.randomSecretKey();
  const good = await signRuleset(withVersion(NEWER), testSecret, testId);
  routes['/good'] = { body: JSON.stringify(good) };
  routes['/bad-signature'] = { body: JSON.stringify({ ...good, payload: good.payload.replace('prakerja.go.id', 'prakerja.go.id.evil') }) };
  routes['/malformed'] = { body: '{"format": "jaga-prakerja-rules", ' };
  routes['/schema'] = {
    body: JSON.stringify(await signRuleset(withVersion(NEWER).replace('"schemaVersion": 1', '"schemaVersion": 9'), testSecret, testId)),
  };
  routes['/downgrade'] = { body: JSON.stringify(await signRuleset(withVersion(BUNDLED_RULES.dataVersion - 1), testSecret, testId)) };
  routes['/unknown-key'] = { body: JSON.stringify(await signRuleset(withVersion(NEWER), otherSecret, 'other')) };
  routes['/oversize'] = { body: JSON.stringify({ ...good, padding: 'x'.repeat(600 * 1024) }) };
  routes['/slow'] = { body: JSON.stringify(good), delayMs: 2_000 };
  routes['/error'] = { status: 500, body: 'oops' };
  server = createServer((req, res) => {
    const r = routes[req.url ?? ''];
    const send = () => {
      res.writeHead(r?.status ?? (r ? 200 : 404), { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(r?.body ?? '');
    };
    if (r?.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  await loadRules();
});

describe('signed ruleset updates', () => {
  it('uses the bundled rules when nothing else is available', async () => {
    expect((await loadRules()).raw.dataVersion).toBe(BUNDLED_RULES.dataVersion);
  });

  it('applies a good update and keeps it across a reload', async () => {
    const status = await checkForUpdate(`${base}/good`, keys);
    expect(status).toMatchObject({ ok: true, dataVersion: NEWER });
    expect(currentRules().raw.dataVersion).toBe(NEWER);
    await verifyStoredUpdate(keys);
    expect((await loadRules()).raw.dataVersion).toBe(NEWER);
  });

  it.each([
    ['/bad-signature', 'bad-signature'],
    ['/malformed', 'malformed-json'],
    ['/schema', 'schema'],
    ['/downgrade', 'not-newer'],
    ['/unknown-key', 'unknown-key'],
    ['/oversize', 'too-large'],
    ['/slow', 'timeout'],
    ['/error', 'http-500'],
    ['/missing', 'http-404'],
  ])('rejects %s (%s) and loses nothing', async (path, reason) => {
    await rulesUpdateItem.setValue(null);
    const status = await checkForUpdate(`${base}${path}`, keys, 300);
    expect(status.ok).toBe(false);
    expect(status.reason).toContain(reason);
    expect(await rulesStatusItem.getValue()).toMatchObject({ ok: false });
    expect(await rulesUpdateItem.getValue()).toBeNull();
    expect(currentRules().raw.dataVersion).toBe(BUNDLED_RULES.dataVersion);
  });

  it('keeps the last good update when a later one is rejected', async () => {
    await checkForUpdate(`${base}/good`, keys);
    await checkForUpdate(`${base}/bad-signature`, keys);
    expect(currentRules().raw.dataVersion).toBe(NEWER);
  });

  it('drops a tampered stored update at start-up and falls back to the bundled rules', async () => {
    await checkForUpdate(`${base}/good`, keys);
    const stored = await rulesUpdateItem.getValue();
    await rulesUpdateItem.setValue({ ...(stored as NonNullable<typeof stored>), payload: `${stored?.payload} ` });
    await verifyStoredUpdate(keys);
    expect(await rulesUpdateItem.getValue()).toBeNull();
    expect(currentRules().raw.dataVersion).toBe(BUNDLED_RULES.dataVersion);
    expect((await rulesStatusItem.getValue())?.reason).toMatch(/stored-update-dropped/);
  });

  it('ignores corrupt stored data in contexts without the validator', async () => {
    await fakeBrowser.storage.local.set({ rulesUpdate: { payload: '{"schemaVersion":1,"dataVersion":99999999999' } });
    expect((await loadRules()).raw.dataVersion).toBe(BUNDLED_RULES.dataVersion);
    await fakeBrowser.storage.local.set({ rulesUpdate: 'garbage' });
    expect((await loadRules()).raw.dataVersion).toBe(BUNDLED_RULES.dataVersion);
  });

  it('refuses plain-HTTP addresses other than loopback, and unparsable ones', async () => {
    expect(await downloadSignedRules('http://rules.example/r.json')).toEqual({ ok: false, reason: 'not-https' });
    expect(await downloadSignedRules('not a url')).toEqual({ ok: false, reason: 'bad-url' });
  });
});
