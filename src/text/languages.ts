// The translations that ship with the widgets. English is in every bundle;
// each other language is a chunk of its own, fetched only by a page whose
// widgets need it.
import type { Translation } from './catalogue/en.js';

type Load = () => Promise<{ default: Translation }>;

const SHIPPED: Record<string, Load> = {
  de: () => import('./catalogue/de.js'),
  fr: () => import('./catalogue/fr.js'),
  es: () => import('./catalogue/es.js'),
  ja: () => import('./catalogue/ja.js'),
  'zh-cn': () => import('./catalogue/zh-cn.js'),
  'pt-br': () => import('./catalogue/pt-br.js'),
  ar: () => import('./catalogue/ar.js'),
};

/** Other tags a shipped translation serves: Chinese written in simplified characters, Portuguese. */
const SERVES: Record<string, string[]> = {
  'zh-cn': ['zh', 'zh-hans', 'zh-sg', 'zh-hans-cn'],
  'pt-br': ['pt'],
};

/** The shipped translation for `lang` ("de-AT" → "de", "zh-Hans" → "zh-cn"), if there is one. */
export function shippedFor(lang: string): string | undefined {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const candidates = [tag, tag.split('-')[0]];
  for (const code of candidates) {
    if (SHIPPED[code]) return code;
    const served = Object.keys(SERVES).find((shipped) => SERVES[shipped].includes(code));
    if (served) return served;
  }
  return undefined;
}

/** The shipped translation `code`, with every tag it serves: one per tag, as the registry looks them up. */
export async function loadShipped(code: string): Promise<Translation[]> {
  const { default: translation } = await SHIPPED[code]();
  return [translation, ...(SERVES[code] ?? []).map(($code) => ({ ...translation, $code }))];
}

/** The shipped languages, English first. */
export const SHIPPED_LANGUAGES = ['en', ...Object.keys(SHIPPED)];
