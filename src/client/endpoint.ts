import { isHttpUrl } from '../contract/rules.js';
import { FetchError } from './errors.js';

/** Used when neither the element nor the page names an endpoint. */
export const DEFAULT_ENDPOINT = 'https://data.sparkpulse.example/v1/';

/** The page-level way to name the endpoint for every widget at once. */
export const ENDPOINT_META = 'sparkpulse:endpoint';

/** The trimmed content of the page's `<meta name="{name}">`, if any. */
export function pageSetting(name: string, doc: Document | undefined = globalThis.document): string | undefined {
  // On the server there is no page: the element's own attributes decide.
  return doc?.querySelector?.<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
}

/**
 * The endpoint base URL a widget reads: its own attribute, else the page's
 * `<meta name="sparkpulse:endpoint">`, else the default. Relative URLs resolve
 * against the page, and the result always ends in `/`. Anything but http(s)
 * without a user name or password is refused here, before any request: it
 * could only fail, slowly, through every retry, or read what is not an endpoint.
 */
export function resolveEndpoint(own: string | null | undefined, doc: Document = document): string {
  const raw = own?.trim() || pageSetting(ENDPOINT_META, doc) || DEFAULT_ENDPOINT;
  const url = URL.canParse(raw, doc.baseURI) ? new URL(raw, doc.baseURI) : undefined;
  if (!url || !isHttpUrl(url)) {
    // A password is not repeated into the console or sp-error.
    const shown = url?.username || url?.password ? '(a URL with credentials)' : raw;
    const why = url ? ' for the widgets: they read http(s) without credentials' : '';
    throw new FetchError('endpoint', shown, `The endpoint "${shown}" is not a valid URL${why}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function indexUrl(endpoint: string): string {
  return `${endpoint}index.json`;
}
