import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';
import { type Lang, type Messages, makeTranslator, pickLang, type Translate } from '../i18n';
import { readSettings } from './storage';

const BUNDLES: Record<Lang, Messages> = { id: id as Messages, en: en as Messages };

/** The translator for the user's chosen language (Settings), falling back to the browser's. */
export async function translator(): Promise<{ t: Translate; lang: Lang }> {
  const settings = await readSettings();
  const lang = pickLang(settings.lang, globalThis.navigator?.language ?? 'id');
  return { t: makeTranslator(BUNDLES[lang], BUNDLES.id), lang };
}

export function translatorFor(lang: Lang): Translate {
  return makeTranslator(BUNDLES[lang], BUNDLES.id);
}
