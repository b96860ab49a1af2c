import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { SpCompare, SpTimeline, SpVelocityBadge } from '../../src/classes.js';
import { sharedClient } from '../../src/client/client.js';
import { captureWarnings, endpoint, hits, mountAll, pathsWithCookies } from '../helpers.js';

type Widget = SpCompare | SpTimeline | SpVelocityBadge;
type State = 'loaded' | 'error';

/** Compare, timeline and badge against one endpoint. */
const allThree = (ep: string) => html`
  <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
  <sp-timeline products="kafka,linkerd" endpoint=${ep}></sp-timeline>
  <sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>
`;

const widgetsIn = (container: HTMLElement) =>
  [...container.querySelectorAll<Widget>('sp-compare, sp-timeline, sp-velocity-badge')];

function stateOf(el: Widget): State | 'other' {
  if (el.shadowRoot!.querySelector('[part="error"]')) return 'error';
  return el.shadowRoot!.querySelector('[part="loading"], [part="empty"]') ? 'other' : 'loaded';
}

/** Lets the browser report any unhandled rejection, which it does a task later. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('isolation from the host page', () => {
  /** What reached the host's error handlers. */
  let seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(event.reason)}`);
  let hostOnError: OnErrorEventHandler;
  let mounted: HTMLElement[] = [];
  const { tries, backoff } = sharedClient().options;

  /** Mounts `template` with its warnings kept off the console. */
  async function mount(template: ReturnType<typeof html>): Promise<HTMLElement> {
    let container!: HTMLElement;
    await captureWarnings(async () => {
      ({ container } = await mountAll(template));
      // A document that fails after its widget gave up warns a little later.
      await aMoment();
    });
    mounted.push(container);
    return container;
  }

  beforeEach(() => {
    seen = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    // Mocha's own handler stays behind ours, so a stray error still fails the test loudly.
    hostOnError = window.onerror;
    window.onerror = (...args) => {
      seen.push(`onerror: ${String(args[0])}`);
      return hostOnError?.(...args);
    };
    // One try each keeps the failing scenarios fast.
    Object.assign(sharedClient().options, { tries: 1, backoff: 10 });
  });

  afterEach(() => {
    for (const container of mounted) container.remove();
    mounted = [];
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    window.onerror = hostOnError;
    Object.assign(sharedClient().options, { tries, backoff });
  });

  describe('errors stay in the widget', () => {
    const scenarios: [string, [State, State, State]][] = [
      ['status-500', ['error', 'error', 'error']],
      ['html', ['error', 'error', 'error']],
      ['garbage', ['error', 'error', 'error']],
      ['empty', ['error', 'error', 'error']],
      ['nameless', ['error', 'error', 'loaded']],
      ['hostile', ['loaded', 'loaded', 'loaded']],
      ['huge', ['error', 'error', 'error']],
      ['drop', ['error', 'error', 'error']],
      ['invalid', ['loaded', 'loaded', 'loaded']],
    ];

    for (const [scenario, states] of scenarios) {
      it(`keeps the ${scenario} scenario's failures away from the host's error handlers`, async () => {
        const container = await mount(allThree(endpoint(scenario)));
        expect(widgetsIn(container).map(stateOf)).to.deep.equal(states);
        await aMoment();
        expect(seen).to.deep.equal([]);
      });
    }

    it('keeps an endpoint that is not a URL away from the host’s error handlers', async () => {
      const container = await mount(allThree('http://['));
      expect(widgetsIn(container).map(stateOf)).to.deep.equal(['error', 'error', 'error']);
      await aMoment();
      expect(seen).to.deep.equal([]);
    });

    it('shows the error state, and tells the host nothing, when a template throws', async () => {
      const prototypes = [SpCompare.prototype, SpTimeline.prototype, SpVelocityBadge.prototype] as unknown as {
        renderLoaded: () => unknown;
      }[];
      const originals = prototypes.map((proto) => Object.getOwnPropertyDescriptor(proto, 'renderLoaded')!);
      for (const proto of prototypes) {
        proto.renderLoaded = () => {
          throw new TypeError('a template broke');
        };
      }
      try {
        const container = await mount(allThree(endpoint('ok')));
        const widgets = widgetsIn(container);
        expect(widgets.map(stateOf)).to.deep.equal(['error', 'error', 'error']);
        for (const el of widgets) await expect(el).to.be.accessible();
      } finally {
        prototypes.forEach((proto, i) => Object.defineProperty(proto, 'renderLoaded', originals[i]));
      }
      await aMoment();
      expect(seen).to.deep.equal([]);
    });
  });

  describe('privacy', () => {
    it('sends no cookies with its requests', async () => {
      document.cookie = 'host=1; path=/';
      try {
        const ep = endpoint('ok');
        await mount(allThree(ep));
        // The full form: index.json, two product documents, and the 404s of a shard and two first pages of activity.
        expect(Object.keys(await hits(ep))).to.have.length(6);
        expect(await pathsWithCookies(ep)).to.deep.equal([]);
      } finally {
        document.cookie = 'host=; path=/; max-age=0';
      }
    });

    it('writes nothing to localStorage or sessionStorage by default', async () => {
      const keys = () => [Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()];
      const before = keys();
      await mount(allThree(endpoint('ok')));
      // A save would happen after the load, once the cache's code has arrived.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(keys()).to.deep.equal(before);
    });

    it('requests nothing but the endpoint’s documents', async () => {
      performance.clearResourceTimings();
      const since = performance.now();
      const ep = new URL(endpoint('ok'), location.href).href;
      await mount(allThree(ep));
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since)
        .map((entry) => entry.name);
      expect(requested.sort()).to.deep.equal([`${ep}index.json`, `${ep}products/kafka.json`, `${ep}products/linkerd.json`]);
    });
  });
});
