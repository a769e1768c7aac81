import { z } from '../zod';

/**
 * The ruleset file format. Validated at build time (tests + `rules:verify`), by the CLI, and by the
 * background when it accepts an update. Content scripts only import the *types* (zod stays out of them).
 */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"');
const source = z.string().min(8, 'every entry names its source');
const host = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}$/, 'a lower-case ASCII host name without a trailing dot');
const pathPrefix = z.string().regex(/^\/[^\s?#]*$/, 'a path prefix starting with "/"');
const regexSource = z.string().refine((s) => {
  try {
    new RegExp(s, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');
const month = z.string().regex(/^\d{4}-\d{2}$/, 'a month as YYYY-MM');
const url = z.url({ protocol: /^https$/ });

export const OFFICIAL_ROLES = ['main', 'dashboard', 'help', 'api', 'assets', 'developer'] as const;
export const PHRASE_CATEGORIES = [
  'fee',
  'guaranteed-pass',
  'jockey',
  'account-sale',
  'cash-out',
  'urgency',
  'block-threat',
  'chat-admin',
  'share-gate',
  'registration-open',
  'bank-deposit',
  'otp-request',
  'offline-team',
  'app-download',
  'incentive-lure',
] as const;
export const CHANNEL_IDS = ['app-download', 'chat-admin-link', 'form-sink', 'payment-instruction', 'sensitive-form'] as const;
export const SENSITIVE_KINDS = ['nik', 'kk', 'otp', 'password', 'pin', 'card', 'cvv', 'mother', 'bank-account', 'card-number'] as const;

export const RulesetSchema = z.strictObject({
  $comment: z.string().optional(),
  schemaVersion: z.literal(1),
  dataVersion: z.number().int().positive(),
  updated: z.iso.date(),
  brand: z.strictObject({
    /** The brand token every lookalike is measured against (ASCII skeleton). */
    token: z.string().regex(/^[a-z]{5,}$/),
    /** Phrases that name the programme in page text (normalised, lower case). */
    terms: z.array(z.strictObject({ id, pattern: regexSource, source })),
    source,
  }),
  official: z.array(z.strictObject({ id, host, role: z.enum(OFFICIAL_ROLES), source, note: z.string().optional() })),
  partners: z.array(
    z.strictObject({
      id,
      name: z.string(),
      kind: z.enum(['platform', 'payment']),
      host,
      pathPrefix: pathPrefix.optional(),
      years: z.string().regex(/^\d{4}(?:-\d{4})?\+?$/),
      source,
    }),
  ),
  reported: z.array(
    z.strictObject({
      id,
      host,
      pathPrefix: pathPrefix.optional(),
      reported: z.string().regex(/^\d{4}-\d{2}$/),
      source,
    }),
  ),
  /** Words that turn "brand + word" into strong evidence (Indonesian lures from reported scams). */
  lureWords: z.array(z.string().regex(/^[a-z]{2,}$/)),
  /** TLDs abused by reported Prakerja scams and by phishing in general. */
  abusedTlds: z.array(z.string().regex(/^[a-z]{2,}$/)),
  /** Real words close to the brand (`pekerja`) or beside it in compounds (`mitra` kerja) that edit distance must never flag. */
  commonWords: z.array(z.string().regex(/^[a-z]{3,}$/)),
  /** Hosts where anyone can publish a page: judged by path, never blocked whole. */
  sharedHosts: z.array(z.strictObject({ id, host, source })),
  phrases: z.array(
    z.strictObject({
      id,
      category: z.enum(PHRASE_CATEGORIES),
      pattern: regexSource,
      /** `strong` phrases alone make a branded page suspicious; `weak` ones only add weight. */
      weight: z.enum(['strong', 'weak']),
      source,
      match: z.array(z.string()).min(1),
      noMatch: z.array(z.string()).min(1),
    }),
  ),
  /** Advice/negation cues: a phrase preceded by these ("jangan", "waspada") is a warning, not a lure. */
  advice: z.array(z.strictObject({ id, pattern: regexSource, source })),
  sensitiveFields: z.array(
    z.strictObject({
      id,
      kind: z.enum(SENSITIVE_KINDS),
      pattern: regexSource,
      source,
      match: z.array(z.string()).min(1),
      noMatch: z.array(z.string()).min(1),
    }),
  ),
  /** Registries that vet who registers (`go.id`, `ac.id`...): lookalikes there are suspicious, never dangerous. */
  vettedRegistries: z.array(z.strictObject({ id, suffix: host, source })),
  /**
   * The ways a page can hurt a user (a form taking secrets, a contact, a payment instruction, a download),
   * with the level each supports alone and together with scam wording. Wording alone never warns.
   */
  channels: z.array(
    z.strictObject({
      id: z.enum(CHANNEL_IDS),
      alone: z.enum(['neutral', 'suspicious', 'dangerous']),
      withLure: z.enum(['neutral', 'suspicious', 'dangerous']),
      source,
    }),
  ),
  /** Around a WhatsApp/Telegram contact link: what it is offered for, and the newsroom/share cues that rule it out. */
  contactCues: z.strictObject({ purpose: regexSource, newsroom: regexSource, source }),
  /** A transfer instruction naming an account number (group 1). */
  payment: z.strictObject({ pattern: regexSource, source, match: z.array(z.string()).min(1), noMatch: z.array(z.string()).min(1) }),
  /** Outbound link shims (`l.facebook.com/l.php?u=`): a link through one is judged by its target. */
  redirectors: z.array(
    z.strictObject({ id, host, pathPrefix: pathPrefix.optional(), params: z.array(z.string().regex(/^[a-z]{1,16}$/)).min(1), source }),
  ),
  /** URL shorteners: the target is hidden, so a short link is judged by its slug, never fetched. */
  shortLinkHosts: z.array(z.strictObject({ id, host, source })),
  /** Chat, social and mail sites whose message text is read for plain-text addresses. */
  socialHosts: z.array(z.strictObject({ id, host, source })),
  formSinks: z.array(z.strictObject({ id, name: z.string(), host, pathPrefix: pathPrefix.optional(), source })),
  links: z.strictObject({
    officialSite: url,
    complaintForm: url,
    complaintFormAlt: url,
    helpCentre: url,
    login: url,
    terms: url,
    accountSafetyFaq: url,
    aduankonten: url,
    cekrekening: url,
  }),
  social: z.array(z.strictObject({ id, network: z.string(), handle: z.string(), url, source })),
  status: z.strictObject({
    registrationOpen: z.boolean(),
    lastWave: z.number().int(),
    lastWaveDate: z.string().regex(/^\d{4}-\d{2}$/),
    /** Months (inclusive) when registration was really open: a claim on a page dated inside one is old news. */
    openPeriods: z.array(z.strictObject({ from: month, to: month, source })).min(1),
    source,
  }),
});

export type Ruleset = z.infer<typeof RulesetSchema>;

export type RulesetParse = { ok: true; rules: Ruleset } | { ok: false; error: string };

/** Validate untrusted JSON text or data; never throws. */
export function parseRuleset(input: unknown): RulesetParse {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: `not JSON: ${(e as Error).message}` };
    }
  }
  const result = RulesetSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, error: `schema: ${first.join('; ')}` };
  }
  return { ok: true, rules: result.data };
}
