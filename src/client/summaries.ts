// A product in short, as a badge shows it: from its shard of summaries on the
// published form, from `index.json` on the full form. A page of badges never
// downloads the code that reads product documents or activity pages.
import { ContractError, type Reader } from '../contract/reader.js';
import { shardOf } from '../contract/shard.js';
import { readSummaries } from '../contract/summaries-schema.js';
import type { ProductSummary, Site, Summaries } from '../contract/types.js';
import { NOT_FOUND, type DataClient, type ReadDocument } from './client.js';
import { foundFullForm, isFullForm } from './form.js';
import { loadIndex } from './index-document.js';

/** One product in short, with what a widget needs to show it: the site (for its links) and the language of the texts. */
export interface SummaryOf {
  product: ProductSummary;
  site: Site;
  /** The language of the endpoint's texts. */
  language: string;
}

/**
 * `slug` in short, or NOT_FOUND when it is not tracked. Reads
 * `{endpoint}summaries/{shardOf(slug)}.json`, which every badge of that shard
 * shares: a shard without the slug means not tracked, and no more is asked.
 * A shard that answers 404 means the endpoint is the full form: then, as on
 * every later load from that endpoint, `index.json`.
 */
export async function loadSummary(client: DataClient, endpoint: string, slug: string, signal?: AbortSignal): Promise<SummaryOf | null> {
  if (!isFullForm(client, endpoint)) {
    const shard = shardOf(slug);
    const name = `summaries/${shard}.json`;
    const summaries = await client.get(endpoint + name, name, readShard(shard), signal);
    if (summaries !== NOT_FOUND) return summaryIn(summaries, slug);
    foundFullForm(client, endpoint);
  }
  return summaryIn(await loadIndex(client, endpoint, signal), slug);
}

function summaryIn({ products, site, language }: Pick<Summaries, 'products' | 'site' | 'language'>, slug: string): SummaryOf | null {
  const product = products.find((p) => p.slug === slug);
  return product ? { product, site, language } : NOT_FOUND;
}

/**
 * readSummaries, refusing another shard's document (a server that answers
 * every path with one file): its products would all read as not tracked.
 */
function readShard(shard: string): ReadDocument<Summaries> {
  return (r: Reader, json: unknown) => {
    const summaries = readSummaries(r, json);
    if (summaries.shard !== shard) {
      throw new ContractError(r.document, 'shard', `expected "${shard}", the shard requested, but it is "${summaries.shard}"`);
    }
    return summaries;
  };
}
