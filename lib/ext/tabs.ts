import { browser } from 'wxt/browser';
import type { TabState } from '../messages';
import { combineVerdicts, type Reason, type Verdict, verdict } from '../verdict';
import { setBadge } from './badge';

/**
 * Per-tab facts: the URL, the background's own URL verdict and the content script's page verdict. The
 * tab's verdict is derived from the two, never stored. Kept in memory and mirrored to session storage so
 * a restarted service worker still answers the popup; nothing is written to disk.
 */
interface TabFacts {
  url: string;
  urlVerdict: Verdict;
  page: Verdict | null;
  scanMs?: number;
  /** The last safe page before this one, for the warning page's "Kembali". */
  from?: string;
  /** How many page verdicts the content script sent for this URL (re-scans are rate-limited). */
  scans?: number;
  /** The background's time for the latest navigation verdict (allowlist lookup + classifyUrl), ms. */
  judgeMs?: number;
  /** Warnings found in the page's own frames (same origin: srcdoc, script-written, blob:), for this URL. */
  frames?: Reason[];
}

const MAX_FRAME_REASONS = 20;

/** The page verdict with its own frames' findings: they can add warnings, never vouch for the page. */
function withFrames(page: Verdict | null, frames: Reason[] | undefined): Verdict | null {
  if (!frames?.length) return page;
  return verdict([...(page?.reasons ?? []), ...frames]);
}

const tabs = new Map<number, TabFacts>();
const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;

function view(f: TabFacts): TabState {
  return {
    url: f.url,
    verdict: combineVerdicts(f.urlVerdict, withFrames(f.page, f.frames)),
    scanned: f.page !== null,
    scanMs: f.scanMs,
    scans: f.scans ?? 0,
    judgeMs: f.judgeMs,
  };
}

async function store(tabId: number, facts: TabFacts): Promise<TabState> {
  tabs.set(tabId, facts);
  const state = view(facts);
  await setBadge(tabId, state.verdict.level);
  if (session) await session.set({ [`tab:${tabId}`]: facts }).catch(() => undefined);
  return state;
}

async function facts(tabId: number): Promise<TabFacts | undefined> {
  const hit = tabs.get(tabId);
  if (hit || !session) return hit;
  const stored = (await session.get(`tab:${tabId}`).catch(() => ({}))) as Record<string, TabFacts | undefined>;
  const f = stored[`tab:${tabId}`];
  if (f) tabs.set(tabId, f);
  return f;
}

export async function getTab(tabId: number): Promise<TabState | undefined> {
  const f = await facts(tabId);
  return f && view(f);
}

/**
 * A (re)judged navigation: same URL keeps the page findings, a new URL starts over. Returns the last
 * page before it that was not dangerous (where "Kembali" on a warning page should lead).
 */
export async function setUrlVerdict(tabId: number, url: string, urlVerdict: Verdict, judgeMs?: number): Promise<string | undefined> {
  const prev = await facts(tabId);
  const same = prev?.url === url;
  const from = same ? prev.from : prev && prev.urlVerdict.level !== 'dangerous' ? prev.url : prev?.from;
  await store(tabId, {
    url,
    urlVerdict,
    page: same ? prev.page : null,
    frames: same ? prev.frames : undefined,
    from,
    scans: same ? prev.scans : 0,
    judgeMs,
  });
  return from;
}

export async function setPageVerdict(
  tabId: number,
  url: string,
  urlVerdict: Verdict,
  page: Verdict,
  timing: { scanMs?: number } = {},
): Promise<Verdict> {
  const prev = await facts(tabId);
  const same = prev?.url === url;
  const scans = (same ? (prev.scans ?? 0) : 0) + 1;
  const frames = same ? prev.frames : undefined;
  return (await store(tabId, { url, urlVerdict, page, scanMs: timing.scanMs, scans, from: prev?.from, judgeMs: prev?.judgeMs, frames })).verdict;
}

/** The top page's URL for a tab, if known (to check a frame's origin against). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await facts(tabId))?.url;
}

/**
 * Warnings from one of the page's own frames, added to the tab's verdict (deduplicated by code and level,
 * only risky reasons, at most 20). Returns the tab's new verdict, or null if the tab moved on.
 */
export async function addFrameFindings(tabId: number, url: string, found: Verdict): Promise<Verdict | null> {
  const prev = await facts(tabId);
  if (!prev || prev.url !== url) return null;
  const frames = [...(prev.frames ?? [])];
  for (const r of found.reasons) {
    if (r.level !== 'suspicious' && r.level !== 'dangerous') continue;
    if (frames.some((f) => f.code === r.code && f.level === r.level) || frames.length >= MAX_FRAME_REASONS) continue;
    frames.push({ ...r, evidence: { ...r.evidence, inFrame: true } });
  }
  return (await store(tabId, { ...prev, frames })).verdict;
}

export async function forgetTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  if (session) await session.remove(`tab:${tabId}`).catch(() => undefined);
}
