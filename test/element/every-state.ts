// Every widget in every state, for the tests that go through them all
// (languages, right to left): the attributes of each element, and of each
// state, with whether the state ends in sp-load or sp-error.
import { sharedClient } from '../../src/client/client.js';
import { endpoint } from '../helpers.js';

/** An endpoint whose documents never arrive, for the loading state. */
function never(): string {
  const ep = new URL(endpoint('never'), location.href).href;
  for (const path of ['index.json', 'products/kafka.json', 'products/linkerd.json']) sharedClient().prime(`${ep}${path}`, new Promise(() => {}));
  return ep;
}

/** [state, its properties for a tag, whether it settles]. */
export const STATES: [string, (tag: string) => Record<string, unknown>, boolean][] = [
  ['loading', () => ({ endpoint: never() }), false],
  ['loaded', () => ({ endpoint: endpoint('ok') }), true],
  ['empty', (tag) => ({ endpoint: endpoint('ok'), ...(tag === 'sp-compare' ? { b: 'kafka' } : tag === 'sp-timeline' ? { products: 'nope' } : { product: 'nope' }) }), true],
  ['error', () => ({ endpoint: endpoint('status-404') }), true],
];

/** [tag, the properties that name its products]. */
export const ELEMENTS: [string, Record<string, unknown>][] = [
  ['sp-compare', { a: 'kafka', b: 'linkerd' }],
  ['sp-timeline', { products: 'kafka,linkerd', limit: 4 }],
  ['sp-velocity-badge', { product: 'kafka' }],
];
