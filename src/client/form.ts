// Which endpoints a page has found to be the full form (`index.json` and
// `products/{slug}.json` only, no small documents). A widget asks for the
// small documents first; once one of them answered the way only a full form
// does (a shard of summaries answering 404), the widgets that load later on
// that endpoint go to the full form's documents at once, without asking again.
import type { DataClient } from './client.js';

/** Per client, so two clients (a page's and the server renderer's, one per render) never share what they found. */
const fullForms = new WeakMap<DataClient, Set<string>>();

/** True when `endpoint` has answered as the full form to `client`. */
export function isFullForm(client: DataClient, endpoint: string): boolean {
  return fullForms.get(client)?.has(endpoint) === true;
}

/** Remembers that `endpoint` answered as the full form. */
export function foundFullForm(client: DataClient, endpoint: string): void {
  let endpoints = fullForms.get(client);
  if (!endpoints) fullForms.set(client, (endpoints = new Set()));
  endpoints.add(endpoint);
}
