/**
 * Maintainers' tools for signed ruleset updates (see README, "Publishing a ruleset update").
 *
 *   npm run rules:keygen -- OUT.key              new Ed25519 key pair; prints the public key and key id
 *   npm run rules:sign -- KEY.key [RULES] [OUT]  sign lib/rules/ruleset.json (or RULES) into OUT (stdout)
 *   npm run rules:verify -- SIGNED [--key ID=BASE64]  verify against the shipped keys (or the given one)
 *
 * The private key is a base64 file kept outside the repository (keys/ is git-ignored). Exit 2 on usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';
import { RULES_KEYS } from '../lib/rules/keys';
import { base64ToBytes, bytesToBase64, type SignedRules, verifySignedRules } from '../lib/rules/signed';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: rules-sign keygen OUT.key | sign KEY.key [RULES] [OUT] | verify SIGNED [--key ID=BASE64]\n`);
  process.exit(2);
}

export async function signRuleset(payload: string, secretKey: Uint8Array, keyId: string): Promise<SignedRules> {
  const signature = await signAsync(new TextEncoder().encode(payload), secretKey);
  return { format: 'jaga-prakerja-rules', keyId, signature: bytesToBase64(signature), payload };
}

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(publicKey)));
  return Array.from(digest.slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function main(argv: string[]) {
  const [cmd, ...args] = argv;
  if (cmd === 'keygen') {
    const out = args[0] ?? usage('keygen needs an output file');
    const secret = utils.randomSecretKey();
    const pub = await getPublicKeyAsync(secret);
    writeFileSync(out, `${bytesToBase64(secret)}\n`, { mode: 0o600 });
    console.log(JSON.stringify({ keyId: await keyIdOf(pub), publicKey: bytesToBase64(pub) }));
  } else if (cmd === 'sign') {
    const [keyFile, rulesFile = 'lib/rules/ruleset.json', out] = args;
    if (!keyFile) usage('sign needs a key file');
    const secret = base64ToBytes(readFileSync(keyFile, 'utf8').trim());
    const signed = await signRuleset(readFileSync(rulesFile, 'utf8'), secret, await keyIdOf(await getPublicKeyAsync(secret)));
    const text = `${JSON.stringify(signed)}\n`;
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
  } else if (cmd === 'verify') {
    const [file, flag, keySpec] = args;
    if (!file) usage('verify needs a signed file');
    let keys: Record<string, string> = RULES_KEYS;
    if (flag === '--key') {
      const spec = keySpec ?? usage('--key needs ID=BASE64');
      const eq = spec.indexOf('=');
      keys = { [spec.slice(0, eq)]: spec.slice(eq + 1) };
    }
    const result = await verifySignedRules(readFileSync(file, 'utf8'), keys, 0);
    if (!result.ok) {
      console.error(`rejected: ${result.reason}`);
      process.exit(1);
    }
    console.log(`ok: dataVersion ${result.rules.dataVersion}, updated ${result.rules.updated}`);
  } else usage(cmd ? `unknown command ${cmd}` : 'missing command');
}

if (import.meta.url === `file://${process.argv[1]}`) void main(process.argv.slice(2));
