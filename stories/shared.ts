import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sharedClient } from '../src/client/client.js';
import { listValue } from '../src/element/values.js';
import { THEMES } from '../src/element/sp-element.js';

/** The sample endpoint: demo/endpoint, served by .storybook/main.ts. */
export const ENDPOINT = 'endpoint/';

/** A slug the sample endpoint does not track, for the empty state. */
export const UNTRACKED = 'not-a-product';

export const themeArgType = { control: 'inline-radio', options: THEMES } as const;

/** "kafka, linkerd" → ['kafka', 'linkerd'], as the elements read it. */
export const slugs = (list: string): string[] => listValue(list) ?? [];

/**
 * An endpoint that exists only in the shared client: its index.json and the
 * given products/{slug}.json are answered by `body`, so no server is needed.
 */
function primedEndpoint(name: string, products: readonly string[], body: (path: string) => unknown): string {
  const endpoint = new URL(`/story-${name}/`, location.href).href;
  for (const path of ['index.json', ...products.map((slug) => `products/${slug}.json`)]) {
    sharedClient().prime(new URL(path, endpoint).href, body(path));
  }
  return endpoint;
}

/** Every document stays on its way, so the element shows its loading state. */
export const loadingEndpoint = (name: string, products: readonly string[] = []) =>
  primedEndpoint(`loading-${name}`, products, () => new Promise(() => {}));

/** Every document fails validation, so the element shows its error state. */
export const errorEndpoint = (products: readonly string[] = []) =>
  primedEndpoint('error', products, (path) =>
    path === 'index.json' ? { version: 1, products: 'broken' } : { version: 1, activity: 'broken' },
  );

export const onDarkBackground: Decorator = (story) =>
  html`<div style="background: #010409; padding: 24px">${story()}</div>`;

/** A page to embed the widget in: without a theme, the widget takes its text colour and font. */
const page =
  (style: string): Decorator =>
  (story) =>
    html`<div style="${style}; padding: 24px">${story()}</div>`;

export const onDarkSerifBlog = page('background: #111111; color: #eeeeee; font-family: Georgia, serif');
export const onSerifBlog = page('background: #fffdf8; color: #222222; font-family: Georgia, serif');
export const onSepiaPage = page('background: #f4ecd8; color: #5b4636; font-family: Palatino, "Book Antiqua", serif');
