import { FetchError } from './errors.js';

/** Used when neither the element nor the page names an endpoint. */
export const DEFAULT_ENDPOINT = 'https://data.sparkpulse.example/v1/';

/** The page-level way to name the endpoint for every widget at once. */
export const ENDPOINT_META = 'sparkpulse:endpoint';

/** The trimmed content of the page's `<meta name="{name}">`, if any. */
export function pageSetting(name: string, doc: Document = document): string | undefined {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
}

/**
 * The endpoint base URL a widget reads: its own attribute, else the page's
 * `<meta name="sparkpulse:endpoint">`, else the default. Relative URLs resolve
 * against the page, and the result always ends in `/`.
 */
export function resolveEndpoint(own: string | null | undefined, doc: Document = document): string {
  const raw = own?.trim() || pageSetting(ENDPOINT_META, doc) || DEFAULT_ENDPOINT;
  if (!URL.canParse(raw, doc.baseURI)) {
    throw new FetchError('endpoint', raw, `The endpoint "${raw}" is not a valid URL`);
  }
  const url = new URL(raw, doc.baseURI);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function indexUrl(endpoint: string): string {
  return `${endpoint}index.json`;
}
