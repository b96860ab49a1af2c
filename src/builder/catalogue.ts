// What the builder knows of the endpoint's products, on either form: the
// published form's search documents (client/search.ts), read a little at a
// time as the reader types, or the full form's index.json, read whole and
// searched in memory as before.
import { loadIndex, NOT_FOUND, type DataClient } from '../client/index.js';
import { findProducts, loadSearchRoot, type Found } from '../client/search.js';
import { searchWords } from '../contract/search-words.js';
import type { Index, SearchEntry, Site } from '../contract/types.js';

export type { Found };

/** What a query shows now; `pending` while the search documents it needs are on their way. */
export interface Shown extends Found {
  pending: boolean;
  /** Why the search failed, if it did. */
  error?: string;
}

export interface Catalogue {
  language: string;
  site: Site;
  /** The first products, fastest first on the published form: what the choices start from. */
  first: readonly string[];
  /** Every product the builder has seen so far, for the snippets' names. */
  readonly products: readonly SearchEntry[];
  /** The products `query` finds, as far as known now; `changed` is called when more is known. */
  find(query: string, changed: () => void): Shown;
  nameOf(slug: string): string;
}

/**
 * The endpoint's search documents, else (a 404 on `search.json`: the full
 * form) its index.
 */
export async function loadCatalogue(client: DataClient, endpoint: string, signal?: AbortSignal): Promise<Catalogue> {
  const root = await loadSearchRoot(client, endpoint, signal);
  if (root === NOT_FOUND) return fullForm(await loadIndex(client, endpoint, signal));
  return new PublishedCatalogue(client, endpoint, root.language, root.site, root.products);
}

/** Today's search: the name, slug or sector contains the query, in the index's order. */
function fullForm(index: Index): Catalogue {
  const { products } = index;
  return {
    language: index.language,
    site: index.site,
    first: products.map((p) => p.slug),
    products,
    find(text) {
      const query = text.trim().toLowerCase();
      const found = query
        ? products.filter((p) => p.name.toLowerCase().includes(query) || p.slug.includes(query) || p.sector.toLowerCase().includes(query))
        : products;
      return {
        products: found,
        matches: found.length,
        complete: true,
        pending: false,
      };
    },
    nameOf: (slug) => products.find((p) => p.slug === slug)?.name ?? slug,
  };
}

/** Searches through the published form's documents, remembering each query's answer. */
class PublishedCatalogue implements Catalogue {
  readonly first: readonly string[];
  #known = new Map<string, SearchEntry>();
  #found = new Map<string, Found>();
  /** Why each query failed; forgotten when another is asked, so coming back to it asks again. */
  #failed = new Map<string, string>();
  #asked = new Set<string>();

  constructor(
    private readonly client: DataClient,
    private readonly endpoint: string,
    readonly language: string,
    readonly site: Site,
    top: readonly SearchEntry[],
  ) {
    this.first = top.map((p) => p.slug);
    this.#learn(top);
    this.#found.set('', { products: top, matches: top.length, complete: true });
  }

  get products(): readonly SearchEntry[] {
    return [...this.#known.values()];
  }

  nameOf(slug: string): string {
    return this.#known.get(slug)?.name ?? slug;
  }

  #learn(products: readonly SearchEntry[]): void {
    for (const p of products) if (!this.#known.has(p.slug)) this.#known.set(p.slug, p);
  }

  find(text: string, changed: () => void): Shown {
    const query = text.trim().toLowerCase();
    const found = this.#found.get(query);
    if (found) return { ...found, pending: false };
    const error = this.#failed.get(query);
    if (error !== undefined)
      return {
        products: [],
        matches: 0,
        complete: true,
        pending: false,
        error,
      };
    if (!this.#asked.has(query)) {
      this.#asked.add(query);
      this.#failed.clear();
      findProducts(this.client, this.endpoint, query).then(
        (result) => {
          const answer = result ?? { products: [], matches: 0, complete: true };
          this.#learn(answer.products);
          this.#found.set(query, answer);
          changed();
        },
        (reason: unknown) => {
          this.#asked.delete(query);
          this.#failed.set(query, reason instanceof Error ? reason.message : String(reason));
          changed();
        },
      );
    }
    // Meanwhile, what the answer to the longest start of the query has of it ("kaf" while "kafk" loads).
    let known = this.#found.get('')!;
    for (let start = query.slice(0, -1); start; start = start.slice(0, -1)) {
      const earlier = this.#found.get(start.trim());
      if (earlier) {
        known = earlier;
        break;
      }
    }
    const words = searchWords(query);
    const still = known.products.filter((p) => {
      const own = [p.name, p.slug, p.sector].flatMap(searchWords);
      return words.every((word) => own.some((its) => its.startsWith(word)));
    });
    return {
      products: still,
      matches: still.length,
      complete: false,
      pending: true,
    };
  }
}
