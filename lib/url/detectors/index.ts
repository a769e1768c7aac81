import type { UrlDetector } from '../detector';
import { brandCombo } from './brand-combo';
import { brandSubdomain } from './brand-subdomain';
import { hostingTenant } from './hosting-tenant';
import { idnHomograph } from './idn-homograph';
import { ipHostBrand } from './ip-host-brand';
import { nearMiss } from './near-miss';
import { nearMiss2 } from './near-miss-2';
import { registrySwap } from './registry-swap';
import { reportedHost } from './reported-host';
import { sharedHostPath } from './shared-host-path';
import { shortLink } from './short-link';
import { targetEmbedding } from './target-embedding';
import { typoCombo } from './typo-combo';
import { userinfoBrand } from './userinfo-brand';
import { vettedLookalike } from './vetted-lookalike';

/** Rules that apply even under vetted registries such as `.go.id` (a compromised or spoofed host). */
export const ALWAYS_DETECTORS: readonly UrlDetector[] = [reportedHost, userinfoBrand, idnHomograph];

/** Under a vetted registry: the rules above, and names one step from the programme's own. */
export const VETTED_DETECTORS: readonly UrlDetector[] = [...ALWAYS_DETECTORS, vettedLookalike];

/** Lookalike heuristics, strongest first; skipped for other government (`.go.id`) sites. */
export const LOOKALIKE_DETECTORS: readonly UrlDetector[] = [
  targetEmbedding,
  registrySwap,
  hostingTenant,
  nearMiss,
  brandCombo,
  brandSubdomain,
  nearMiss2,
  typoCombo,
  sharedHostPath,
  shortLink,
  ipHostBrand,
];

export const URL_DETECTORS: readonly UrlDetector[] = [...ALWAYS_DETECTORS, ...LOOKALIKE_DETECTORS];

/** Every rule once, for the tests that run each rule's examples. */
export const ALL_URL_DETECTORS: readonly UrlDetector[] = [...URL_DETECTORS, vettedLookalike];
