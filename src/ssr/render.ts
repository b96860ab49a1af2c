/// <reference types="node" />
// Server rendering with the widgets' own templates: HTML with declarative
// shadow DOM that shows the whole widget where no script runs, and that the
// script tag, where it does run, takes over without a request or a flash.
import { join } from 'node:path';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { DataClient } from '../client/client.js';
import { FetchError } from '../client/errors.js';
import type { CompareData } from '../compare/comparison-faq.js';
import type { SpCompare } from '../compare/sp-compare.js';
import { ContractError } from '../contract/reader.js';
import { ensureLanguage } from '../element/localize.js';
import { NotTracked } from '../element/not-tracked.js';
import type { SparkpulseElement } from '../element/sp-element.js';
import { importPeer } from '../node/peer.js';
import { DEFAULT_TIMEOUT_MS, EndpointError, notJson, openSource } from '../node/source.js';
import { checkAttributes, checkTag, ELEMENTS, type ElementTag } from './elements.js';
import { faqJsonLd } from './faq-json-ld.js';

export { ELEMENTS, attributeNames, type ElementTag } from './elements.js';

export interface RenderOptions {
  /** Where the documents are read: an endpoint folder, or the endpoint's http(s) URL. */
  endpoint: string;
  /** A comparison also gets its FAQ as schema.org FAQPage data (one per page: see the README). */
  faqJsonLd?: boolean;
  /** Milliseconds one document may take, from a URL. */
  timeoutMs?: number;
  /**
   * Told when the HTML shows the widget's empty state rather than data (a
   * product that is not tracked). By default `console.warn`, with the
   * `[sparkpulse]` prefix of the widgets' own warnings.
   */
  onWarning?: (message: string) => void;
}

/** A request, as the data client makes it, answered from `read` at the relative path. */
const BASE = 'sparkpulse-endpoint:/';

type Internals<T> = SparkpulseElement<T> & {
  client: DataClient;
  load(endpoint: string, signal: AbortSignal): Promise<T | NotTracked>;
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `attributes` as properties of `el`, the way its attributes would set them. */
function applyAttributes(el: HTMLElement, attributes: Readonly<Record<string, string>>): void {
  const properties = (el.constructor as typeof SparkpulseElement).elementProperties;
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
    for (const [property, options] of properties) {
      if ((typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase()) === name) {
        (el as unknown as Record<PropertyKey, unknown>)[property] = value;
      }
    }
  }
}

/** Requests one after another a widget's load may make: page rounds of a timeline (6 at most), or a probe and the full form's document. */
const SEQUENTIAL_REQUESTS = 8;

/**
 * `<tag attributes>` as HTML: the element with its declarative shadow root,
 * holding the widget as it looks once loaded, and, inside the element, the
 * documents it was rendered from, for the script tag to take over with.
 *
 * Throws a TypeError, and writes nothing, for a tag it does not render, an
 * attribute the element does not take (any `on…` among them) or a value that
 * is not a string; an EndpointError, saying what failed and where, when the
 * endpoint or one of its documents cannot be read.
 */
export async function renderWidget(
  tag: ElementTag,
  attributes: Readonly<Record<string, string>>,
  options: RenderOptions,
): Promise<string> {
  checkTag(tag);
  checkAttributes(tag, attributes);
  if (typeof options?.endpoint !== 'string' || options.endpoint === '') {
    throw new TypeError('options.endpoint must name a folder or an http(s) URL');
  }
  const { render } = await importPeer('@lit-labs/ssr', 'Server rendering (renderWidget, sparkpulse render)', () => import('@lit-labs/ssr'));
  const Element = ELEMENTS[tag];
  if (!customElements.get(tag)) customElements.define(tag, Element as unknown as CustomElementConstructor);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const source = openSource(options.endpoint, timeout);
  await source.open();
  const where = locator(options.endpoint);

  // Every document the widget reads, as read, to go into the page with it;
  // and why any could not be, in words that name it, for the error.
  const documents = new Map<string, unknown>();
  const failures = new Map<string, string>();
  const fetchFromSource = async (url: string | URL | Request): Promise<Response> => {
    const path = String(url).slice(BASE.length);
    const got = await source.read(path);
    if ('problem' in got) {
      failures.set(path, located(where(path), got.message));
      // A document that is not there goes into the page as null, which the
      // client answers as 404: a shard probed on the full form, a product not
      // tracked; so the page that takes over asks for it no more than for the rest.
      if (got.problem === 'missing-document') documents.set(path, null);
      return new Response(null, { status: got.problem === 'missing-document' ? 404 : 502 });
    }
    try {
      documents.set(path, JSON.parse(got.text) as unknown);
    } catch (error) {
      failures.set(path, `${where(path)} ${notJson(got.text, error as Error)}`);
    }
    return new Response(got.text, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };

  // The widget's own load, on a probe element: the same documents, rules and outcome as in a browser.
  const probe = new Element() as unknown as Internals<unknown>;
  applyAttributes(probe, attributes);
  probe.client = new DataClient({ fetch: fetchFromSource as typeof fetch, tries: 1, cache: 'none', timeout });
  await ensureLanguage(attributes.lang ?? 'en');
  let value: unknown;
  try {
    // Each request is bounded by `timeout`; a widget makes a few in a row (a
    // badge's shard, then index.json on the full form; a timeline's rounds of
    // pages), so the load as a whole gets that many, only as a guard.
    value = await probe.load(BASE, AbortSignal.timeout(timeout * SEQUENTIAL_REQUESTS));
  } catch (error) {
    throw loadFailure(error, failures, where);
  }
  if (value instanceof NotTracked) {
    const warn = options.onWarning ?? ((message: string) => console.warn(`[sparkpulse] ${message}`));
    warn(`${nothingToShow(value, attributes, options.endpoint)}; the HTML shows the widget's empty state`);
  }

  const inline = JSON.stringify(Object.fromEntries(documents)).replace(/</g, '\\u003c');
  // Names are checked above and values escaped here; Lit writes them again, escaped, from the element.
  const opening = Object.entries(attributes)
    .map(([name, v]) => ` ${name}="${escapeAttribute(v)}"`)
    .join('');
  const element = unsafeStatic(tag);
  const documentsScript = unsafeHTML(`<script type="application/json" data-sparkpulse-documents>${inline}</script>`);
  const template = html`<${element}${unsafeStatic(opening)} data-sparkpulse-rendered .prerendered=${value}>${documentsScript}</${element}>`;
  let out = (await collectWithoutMarkers(render(template)))
    // The bindings the renderer took out leave their spaces behind.
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  if (options.faqJsonLd && tag === 'sp-compare' && !(value instanceof NotTracked)) {
    out += faqJsonLd(probe as unknown as SpCompare, value as CompareData);
  }
  return out;
}

/**
 * Lit's hydration markers: `<!--lit-part …-->`, `<!--/lit-part-->`,
 * `<!--lit-node n-->`, and `<?>`, the end marker it adds after a template
 * that ends with a binding (a bogus comment to an HTML parser). The renderer
 * yields each as a chunk of its own. The widgets do not hydrate, they take
 * over, so none is written.
 */
const LIT_MARKER = /^(?:<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>)$/;

/** The render result as one string, as Lit's collectResult joins it, without LIT_MARKER chunks. */
async function collectWithoutMarkers(result: Iterable<unknown>): Promise<string> {
  let out = '';
  for (const chunk of result) {
    let value = chunk;
    while (value !== undefined) {
      if (typeof value === 'function') {
        value = (value as () => unknown)();
      } else if (typeof value === 'string') {
        if (!LIT_MARKER.test(value)) out += value;
        break;
      } else if (typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
        out += await collectWithoutMarkers(value as Iterable<unknown>);
        break;
      } else {
        value = await value;
      }
    }
  }
  return out;
}

/** Where a document of `endpoint` is, as a message names it: its URL, or its path in the folder. */
function locator(endpoint: string): (document: string) => string {
  if (!/^https?:\/\//i.test(endpoint)) return (document) => join(endpoint, document);
  // As the source reads it: no query or fragment, and always a folder.
  const base = new URL(endpoint);
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return (document) => new URL(document, base).href;
}

/**
 * The source's message with `location` as its subject. A URL's failures
 * already start with it ("… could not be reached"); the others are said of
 * the document ("is not a file", "does not exist (HTTP 404 from …)").
 */
function located(location: string, message: string): string {
  if (message.startsWith(`${location} `)) return message;
  return `${location} ${message.replace(` from ${location})`, ')')}`;
}

/**
 * What the widget's load failed on, as an EndpointError that names the
 * document's URL or path: never the client's internal address, nor a status
 * the source never saw. What is not about the endpoint is thrown as it is.
 */
function loadFailure(error: unknown, failures: ReadonlyMap<string, string>, where: (document: string) => string): unknown {
  if (error instanceof FetchError && error.url.startsWith(BASE)) {
    const failure = failures.get(error.url.slice(BASE.length));
    if (failure) return new EndpointError(failure);
  }
  if (error instanceof ContractError) {
    return new EndpointError(`${where(error.document)} does not match the contract at ${error.path}: ${error.problem}; the widgets refuse the whole document`);
  }
  return error;
}

/** Why the widget shows its empty state, for the warning. */
function nothingToShow({ slugs, sentence }: NotTracked, attributes: Readonly<Record<string, string>>, endpoint: string): string {
  if (slugs.length > 0) {
    return `${slugs.map((slug) => JSON.stringify(slug)).join(', ')} ${slugs.length === 1 ? 'is' : 'are'} not tracked at ${endpoint}`;
  }
  if (sentence?.key === 'sameProduct') return `a and b name the same product, ${JSON.stringify(attributes.a)}`;
  if (sentence?.key === 'missingProduct') return `${attributes.a ? 'b' : 'a'} is missing: a comparison takes two products, a and b`;
  return 'no product is named';
}
