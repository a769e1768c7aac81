import { verifyAsync } from '@noble/ed25519';
import { parseRuleset, type Ruleset } from './schema';

/**
 * Signed ruleset updates. The file a maintainer publishes is an envelope around the ruleset's exact text:
 *   { "format": "jaga-prakerja-rules", "keyId": "...", "signature": base64(Ed25519(payload)), "payload": "..." }
 * An update is accepted only if it is small enough, its signature verifies against a key shipped in the
 * extension, the payload passes the zod schema, and its dataVersion is newer than the rules in force.
 * Only data is ever fetched: the payload is parsed as JSON and validated, never executed.
 */
export const MAX_RULES_BYTES = 512 * 1024;

export interface SignedRules {
  format: 'jaga-prakerja-rules';
  keyId: string;
  signature: string;
  payload: string;
}

export type UpdateResult = { ok: true; rules: Ruleset; signed: SignedRules } | { ok: false; reason: string };

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Check a signed envelope (as text or already parsed) against the pinned keys. Never throws. */
export async function verifySignedRules(
  input: string | unknown,
  keys: Readonly<Record<string, string>>,
  currentDataVersion: number,
): Promise<UpdateResult> {
  let env: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_RULES_BYTES) return { ok: false, reason: 'too-large' };
    try {
      env = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'malformed-json' };
    }
  }
  const e = env as Partial<SignedRules> | null;
  if (
    !e ||
    typeof e !== 'object' ||
    e.format !== 'jaga-prakerja-rules' ||
    typeof e.payload !== 'string' ||
    typeof e.signature !== 'string' ||
    typeof e.keyId !== 'string'
  ) {
    return { ok: false, reason: 'not-a-signed-ruleset' };
  }
  if (e.payload.length > MAX_RULES_BYTES) return { ok: false, reason: 'too-large' };
  const key = keys[e.keyId];
  if (!key) return { ok: false, reason: 'unknown-key' };
  let valid = false;
  try {
    valid = await verifyAsync(base64ToBytes(e.signature), new TextEncoder().encode(e.payload), base64ToBytes(key));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad-signature' };
  const parsed = parseRuleset(e.payload);
  if (!parsed.ok) return { ok: false, reason: `schema (${parsed.error})` };
  if (parsed.rules.dataVersion <= currentDataVersion)
    return { ok: false, reason: `not-newer (${parsed.rules.dataVersion} <= ${currentDataVersion})` };
  return { ok: true, rules: parsed.rules, signed: e as SignedRules };
}

/** Download an update with a time limit and a size limit; the body is read in chunks and cut off early. */
export async function downloadSignedRules(
  url: string,
  opts: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const { timeoutMs = 15_000, maxBytes = MAX_RULES_BYTES } = opts;
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { ok: false, reason: 'bad-url' };
  }
  const loopback = parsedUrl.hostname === '127.0.0.1' || parsedUrl.hostname === 'localhost';
  if (parsedUrl.protocol !== 'https:' && !(loopback && parsedUrl.protocol === 'http:')) return { ok: false, reason: 'not-https' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // No cookies, no referrer: the request carries nothing about the user.
    const res = await fetch(parsedUrl, { signal: abort.signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    if (!res.ok) return { ok: false, reason: `http-${res.status}` };
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) return { ok: false, reason: 'too-large' };
    const reader = res.body?.getReader();
    if (!reader) return { ok: false, reason: 'no-body' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        abort.abort();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return { ok: true, text: new TextDecoder().decode(all) };
  } catch {
    return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network-error' };
  } finally {
    clearTimeout(timer);
  }
}
