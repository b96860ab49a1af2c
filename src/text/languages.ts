// The translations that ship with the widgets. English is in every bundle;
// each other language is a chunk of its own, fetched only by a page whose
// widgets need it.
//
// A language tag is data from the page (`lang="constructor"` is a tag too):
// it is looked up in Maps, never as a key of a plain object, where
// Object.prototype's names would count as shipped languages.
import type { Translation } from './catalogue/en.js';

type Load = () => Promise<{ default: Translation }>;

const SHIPPED = new Map<string, Load>([
  ['de', () => import('./catalogue/de.js')],
  ['fr', () => import('./catalogue/fr.js')],
  ['es', () => import('./catalogue/es.js')],
  ['ja', () => import('./catalogue/ja.js')],
  ['zh-cn', () => import('./catalogue/zh-cn.js')],
  ['pt-br', () => import('./catalogue/pt-br.js')],
  ['ar', () => import('./catalogue/ar.js')],
]);

/** Other tags a shipped translation serves: Chinese written in simplified characters, Portuguese. */
const SERVES = new Map<string, string[]>([
  ['zh-cn', ['zh', 'zh-hans', 'zh-sg', 'zh-hans-cn']],
  ['pt-br', ['pt']],
]);

/** The shipped translation for `lang` ("de-AT" → "de", "zh-Hans" → "zh-cn"), if there is one. */
export function shippedFor(lang: string): string | undefined {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  for (const code of [tag, tag.split('-')[0]]) {
    if (SHIPPED.has(code)) return code;
    for (const [shipped, served] of SERVES) if (served.includes(code)) return shipped;
  }
  return undefined;
}

/** The shipped translation `code`, with every tag it serves: one per tag, as the registry looks them up. */
export async function loadShipped(code: string): Promise<Translation[]> {
  const { default: translation } = await SHIPPED.get(code)!();
  return [translation, ...(SERVES.get(code) ?? []).map(($code) => ({ ...translation, $code }))];
}

/** The shipped languages, English first. */
export const SHIPPED_LANGUAGES = ['en', ...SHIPPED.keys()];
