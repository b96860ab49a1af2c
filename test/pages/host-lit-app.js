// A host page's own app, built with its own copy of Lit, for the tt-*.html
// pages. Whichever Lit evaluates second asks Trusted Types for a second policy
// named "lit-html", so the app controls exactly when its Lit evaluates:
//
// - <html data-order="host-first">: Lit is imported at once, <host-greeting>
//   renders, and only then are the widgets (kept inert in <template
//   id="widgets">) put into the page, so the loader cannot fetch a chunk before.
// - <html data-order="widgets-first">: the app waits until every widget already
//   in the page has fired sp-load, and only then imports Lit.
//
// Lit is imported dynamically in both orders, so that only the timing differs;
// a static import would evaluate it as early as host-first does.
//
// What happened is left in window.hostApp for the test: `steps` with the time
// of each, the greeting's rendered text, or the error that stopped the app.
// `settled` turns true when the app has nothing more to do.
const WIDGETS = 'sp-velocity-badge, sp-timeline';

const app = {
  order: document.documentElement.dataset.order,
  steps: [],
  greeting: undefined,
  error: undefined,
  settled: false,
};
window.hostApp = app;

const step = (name) => app.steps.push({ name, at: performance.now() });

// Defining an element is the last thing its chunk does, so this dates each
// Sparkpulse chunk's evaluation, whichever order the page runs in.
for (const tag of ['sp-velocity-badge', 'sp-timeline']) {
  customElements.whenDefined(tag).then(() => step(`${tag} defined`));
}

/** Resolves when every widget in the page has fired sp-load (probe.js records them from the start). */
function widgetsLoaded() {
  const widgets = [...document.querySelectorAll(WIDGETS)];
  return new Promise((resolve) => {
    const check = () => {
      if (!widgets.every((el) => window.probe.events.some((e) => e.target === el && e.type === 'sp-load'))) return;
      document.removeEventListener('sp-load', check);
      resolve();
    };
    document.addEventListener('sp-load', check);
    check();
  });
}

async function showGreeting() {
  step('lit import started');
  const { LitElement, html } = await import('lit');
  step('lit evaluated');

  class HostGreeting extends LitElement {
    static properties = { name: {} };

    constructor() {
      super();
      this.name = 'host';
    }

    render() {
      return html`<p part="text">Hello from the ${this.name}’s own Lit</p>`;
    }
  }
  customElements.define('host-greeting', HostGreeting);

  const el = document.querySelector('host-greeting');
  await el.updateComplete;
  app.greeting = el.shadowRoot.textContent.trim();
  step('greeting rendered');
}

function addWidgets() {
  const template = document.getElementById('widgets');
  template.replaceWith(document.importNode(template.content, true));
  step('widgets added');
}

async function run() {
  try {
    if (app.order === 'host-first') {
      await showGreeting();
      addWidgets();
    } else {
      await widgetsLoaded();
      step('widgets loaded');
      await showGreeting();
    }
  } catch (error) {
    app.error = `${error.name}: ${error.message}`;
    step('failed');
  } finally {
    app.settled = true;
  }
}

run();
