// One function per kind of document, each in its own module graph, so a page
// of badges never downloads the code that reads product documents.
import { readIndex } from '../contract/index-schema.js';
import type { Index } from '../contract/types.js';
import { NOT_FOUND, type DataClient } from './client.js';
import { indexUrl } from './endpoint.js';
import { FetchError } from './errors.js';

/** `{endpoint}index.json`. A missing index is an error, not an empty state. */
export async function loadIndex(client: DataClient, endpoint: string, signal?: AbortSignal): Promise<Index> {
  const url = indexUrl(endpoint);
  const index = await client.get(url, 'index.json', readIndex, signal);
  if (index === NOT_FOUND) {
    // A missing index is an error, and Retry must ask again.
    client.forget(url);
    throw new FetchError('http', url, `No index at ${url} (404)`, 404);
  }
  return index;
}
