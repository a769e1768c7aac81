import { z } from '../zod';
import { LIMITS, MODEL_BOUNDS, type PageModel } from './extract';

// A page model as the background receives it from a content script: checked against the same bounds the
// extractor keeps (lib/page/extract.ts), so a broken or hostile message is refused with a reason instead of
// being judged. Content scripts never load this (zod stays out of every page).

const text = (max: number) => z.string().max(max);
const url = text(MODEL_BOUNDS.url);

const FIELD = z.object({ kind: text(40).nullable(), descriptor: text(MODEL_BOUNDS.descriptor), byShape: z.boolean().optional() });
const FORM = z.object({ action: url.nullable(), text: text(MODEL_BOUNDS.formText), fields: z.array(FIELD).max(LIMITS.fieldsPerForm) });
const CHAT_LINK = z.object({ href: text(200), contact: z.boolean(), context: text(MODEL_BOUNDS.context) });

export const PAGE_MODEL = z.object({
  title: text(MODEL_BOUNDS.part),
  headings: text(MODEL_BOUNDS.part),
  body: text(LIMITS.textChars),
  alts: text(MODEL_BOUNDS.part),
  logoSources: z.array(url).max(10),
  // The formless fields of a page make one more group beside its forms.
  forms: z.array(FORM).max(LIMITS.forms + 1),
  chatLinks: z.array(CHAT_LINK).max(50),
  downloads: z.array(url).max(10),
  frames: z.array(url).max(50),
  date: z.object({ value: text(MODEL_BOUNDS.date), from: z.enum(['meta', 'json-ld', 'time', 'url']) }).nullable(),
});

/** The model, or why it was refused (the first problem found, in zod's words). */
export function parsePageModel(input: unknown): { ok: true; model: PageModel } | { ok: false; why: string } {
  const r = PAGE_MODEL.safeParse(input);
  if (r.success) return { ok: true, model: r.data as PageModel };
  const issue = r.error.issues[0];
  return { ok: false, why: issue ? `${issue.path.join('.') || 'model'}: ${issue.message}` : 'invalid model' };
}
