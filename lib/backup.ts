import { type Checklist, isValidRulesUrl, type Settings } from './state';
import type { AllowEntry } from './url/classify';
import { z } from './zod';

/**
 * The user's own data as a JSON file: settings, checklist progress and exceptions. Import is all or
 * nothing: a file that fails validation is rejected with the first problem named, and nothing changes.
 * (zod is fine here: only the options page imports this, never the content script.)
 */
const BackupSchema = z.strictObject({
  format: z.literal('jaga-prakerja-backup'),
  version: z.literal(1),
  exported: z.iso.datetime(),
  settings: z.strictObject({
    lang: z.enum(['auto', 'id', 'en']),
    linkMarking: z.boolean(),
    formGuard: z.boolean(),
    rulesUrl: z.string().refine(isValidRulesUrl, 'an https:// address or empty').default(''),
  }),
  checklist: z.strictObject({ checked: z.array(z.string().max(64)).max(100) }),
  allowlist: z
    .array(
      z.strictObject({
        host: z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/),
        expires: z.number().int().positive(),
      }),
    )
    .max(500),
});

export type Backup = z.infer<typeof BackupSchema>;
export interface UserData {
  settings: Settings;
  checklist: Checklist;
  allowlist: AllowEntry[];
}

export const MAX_BACKUP_BYTES = 256 * 1024;

export function makeBackup(data: UserData, now = new Date()): Backup {
  return { format: 'jaga-prakerja-backup', version: 1, exported: now.toISOString(), ...data };
}

export function parseBackup(text: string, knownChecklistIds: readonly string[]): { ok: true; data: UserData } | { ok: false; error: string } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `invalid: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? ''}` };
  }
  const unknown = parsed.data.checklist.checked.filter((id) => !knownChecklistIds.includes(id));
  if (unknown.length > 0) return { ok: false, error: `invalid: checklist.checked: unknown item ${unknown[0]}` };
  const { settings, checklist, allowlist } = parsed.data;
  return { ok: true, data: { settings, checklist: { checked: [...new Set(checklist.checked)] }, allowlist } };
}
