import { expect, fixture, html } from '@open-wc/testing';
import '../../src/compare/define.js';
import type { SpCompare } from '../../src/compare/sp-compare.js';
import { SpErrorEvent, SpLoadEvent } from '../../src/element/events.js';
import { sharedClient } from '../../src/client/client.js';
import type { ContractError } from '../../src/contract/reader.js';
import { captureWarnings, endpoint, settled, textOf, withoutIsolates } from '../helpers.js';

async function compare(a = 'kafka', b = 'linkerd', ep = endpoint('ok'), extra: { sections?: string; theme?: string } = {}) {
  const el = await fixture<SpCompare>(html`<sp-compare
    a=${a}
    b=${b}
    endpoint=${ep}
    theme=${extra.theme ?? 'light'}
    sections=${extra.sections ?? 'glance whatis editorial alternatives activity faq'}
  ></sp-compare>`);
  return el;
}

async function loaded(a = 'kafka', b = 'linkerd') {
  const el = await compare(a, b);
  await settled(el);
  return el;
}

const $ = (el: SpCompare, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: SpCompare, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('<sp-compare>', () => {
  describe('loading', () => {
    it('reserves one block, as tall as the whole comparison is estimated to be, while loading', async () => {
      const el = await compare('kafka', 'linkerd', endpoint('slow-1000'));
      expect($$(el, '[part="loading"] .placeholder')).to.have.length(1);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(1500);
      await expect(el).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('builds its first data one section per task, out of sight behind the placeholder, and fires sp-load after the last', async () => {
      const counts: number[] = [];
      const hidden: boolean[] = [];
      const el = document.createElement('sp-compare');
      Object.assign(el, { a: 'kafka', b: 'linkerd', endpoint: endpoint('ok') });
      const event = settled(el);
      document.body.append(el);
      await el.updateComplete;
      // A mutation observer reports once per task that changed the tree.
      const observer = new MutationObserver(() => {
        const building = $(el, '.sections--building');
        counts.push($$(el, '[part~="section"]').length);
        if (building) hidden.push(getComputedStyle(building).visibility === 'hidden' && building.getAttribute('aria-hidden') === 'true');
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await event;
      observer.disconnect();
      expect(counts.filter((n, i) => n > 0 && n !== counts[i - 1])).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(hidden.length).to.be.greaterThan(0);
      expect(hidden.every(Boolean), 'sections being built are hidden from sight and from assistive technology').to.be.true;
      expect($$(el, '.placeholder')).to.have.length(0);
      el.remove();
    });

    it('replaces the placeholder with every section in one frame', async () => {
      const frames: string[] = [];
      const el = document.createElement('sp-compare');
      Object.assign(el, { a: 'kafka', b: 'linkerd', endpoint: endpoint('slow-300') });
      const event = settled(el);
      let done = false;
      const watch = () => {
        const shown = $$(el, '.sections:not(.sections--building) > [part~="section"]').length;
        frames.push(`${$(el, '[part="loading"]') ? 'placeholder' : 'no placeholder'}, ${shown} shown`);
        if (!done) requestAnimationFrame(watch);
      };
      document.body.append(el);
      requestAnimationFrame(watch);
      await event;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      done = true;
      expect([...new Set(frames)]).to.deep.equal(['placeholder, 0 shown', 'no placeholder, 6 shown']);
      el.remove();
    });

    it('renders the six sections in order', async () => {
      const el = await loaded();
      expect($$(el, '[part~="section"]').map((s) => s.getAttribute('part'))).to.deep.equal([
        'section glance',
        'section whatis',
        'section editorial',
        'section alternatives',
        'section activity',
        'section faq',
      ]);
      await expect(el).to.be.accessible();
    });

    it('heads each section as the seed page does', async () => {
      const el = await loaded();
      expect($$(el, '.heading').map(textOf)).to.deep.equal([
        'Apache Kafka vs Linkerd: at a glance',
        'What is Apache Kafka?',
        'What is Linkerd?',
        'Apache Kafka vs Linkerd: editorial side-by-side',
        'Alternatives to Apache Kafka and Linkerd',
        'Recent activity from Apache Kafka and Linkerd',
        'Frequently asked questions',
      ]);
    });

    it('introduces the activity, with the spark legend', async () => {
      const el = await loaded();
      expect(textOf($(el, '[part~="activity"] .intro'))).to.equal(
        'The latest releases and announcements from Apache Kafka and Linkerd, newest first. ⚡ = editorial spark.',
      );
    });

    it('shows the seed page\'s header in the intro section, only when it is named', async () => {
      const el = await compare('kafka', 'linkerd', endpoint('ok'), { sections: 'intro glance' });
      await settled(el);
      const intro = $(el, '[part~="intro"]')!;
      expect(textOf(intro.querySelector('.kicker'))).to.equal('Comparison · DevOps');
      expect(textOf(intro.querySelector('h2'))).to.equal('Apache Kafka vs Linkerd');
      expect(textOf(intro.querySelector('.description'))).to.equal(
        'How Apache Kafka and Linkerd compare on release velocity, shipped themes and where each is heading, as tracked by Sparkpulse.',
      );
      expect(getComputedStyle(intro.querySelector('.kicker')!).textTransform).to.equal('uppercase');
      await expect(el).to.be.accessible();
      expect($(await loaded(), '[part~="intro"]'), 'not in the default sections').to.equal(null);
    });

    it('names both sectors in the intro and the alternatives when A and B differ', async () => {
      const ep = new URL(endpoint('ok'), location.href).href;
      const linkerd = await (await fetch('/demo/endpoint/products/linkerd.json')).json();
      const index = await (await fetch('/demo/endpoint/index.json')).json();
      index.products.find((p: { slug: string }) => p.slug === 'linkerd').sector = 'Databases';
      sharedClient().prime(`${ep}index.json`, index);
      sharedClient().prime(`${ep}products/linkerd.json`, { ...linkerd, sector: 'Databases' });
      const el = await compare('kafka', 'linkerd', ep, { sections: 'intro alternatives' });
      await settled(el);
      expect(textOf($(el, '.kicker'))).to.equal('Comparison · DevOps and Databases');
      expect(textOf($(el, '[part~="alternatives"] .intro'))).to.match(/^Other DevOps and Databases products tracked by Sparkpulse, ranked by recent ship velocity\. /);
    });

    it('fills the at-a-glance table from the data, with header cells', async () => {
      const el = await loaded();
      const table = $(el, 'table')!;
      expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Apache Kafka', 'Linkerd']);
      const rows = Object.fromEntries(
        [...table.querySelectorAll('tbody tr')].map((tr) => [
          textOf(tr.querySelector('th')),
          [...tr.querySelectorAll('td')].map(textOf),
        ]),
      );
      expect(rows['Sector']).to.deep.equal(['DevOps', 'DevOps']);
      expect(rows['Velocity score']).to.deep.equal(['5.0', '2.5']);
      expect(rows['Sparks · 30d']).to.deep.equal(['0', '0']);
      expect(rows['Top themes']).to.deep.equal([
        'streaming, kafka-queues, kraft-migration, share-groups',
        'service-mesh, kubernetes, post-quantum-crypto, observability',
      ]);
      // "Visit →", as the seed page has it, named after the address it opens.
      expect(rows['Website']).to.deep.equal(['Visit', 'Visit']);
      const visits = [...table.querySelectorAll<HTMLAnchorElement>('tbody a')];
      expect(visits.map((a) => [a.href, a.title, withoutIsolates(a.getAttribute('aria-label')!)])).to.deep.equal([
        ['https://kafka.apache.org/', 'kafka.apache.org', 'Visit kafka.apache.org'],
        ['https://linkerd.io/', 'linkerd.io', 'Visit linkerd.io'],
      ]);
      expect(getComputedStyle(visits[0].querySelector('.arrow')!, '::before').content).to.equal('" →"');
      const times = [...table.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2026-05-24T00:00:00Z', '2026-06-14T00:00:00Z']);
    });

    it('links each "What is" blurb to the product\'s trajectory page', async () => {
      const el = await loaded();
      const blurbs = $$(el, '[part~="whatis"] .blurb');
      expect(blurbs.map((b) => textOf(b.querySelector('h2')))).to.deep.equal(['What is Apache Kafka?', 'What is Linkerd?']);
      expect(blurbs.map((b) => b.querySelector('a')!.href)).to.deep.equal([
        'https://sparkpulse.example/products/kafka',
        'https://sparkpulse.example/products/linkerd',
      ]);
      expect(blurbs.map((b) => textOf(b.querySelector('a')))).to.deep.equal(['Read the full Apache Kafka trajectory', 'Read the full Linkerd trajectory']);
    });

    it('sets the editorial paragraphs side by side', async () => {
      const el = await loaded();
      const sides = $$(el, '.card');
      expect(sides.map((s) => textOf(s.querySelector('h3')))).to.deep.equal(['Apache Kafka', 'Linkerd']);
      expect(sides.map((s) => textOf(s.querySelector('.score')))).to.deep.equal(['velocity 5.0', 'velocity 2.5']);
      for (const side of sides) {
        // Each block marked with "◆", as on the seed page; the mark is not read out.
        expect([...side.querySelectorAll('dt')].map(textOf)).to.deep.equal(['◆ Current state', "◆ Where it's heading", '◆ Prediction']);
        expect([...side.querySelectorAll('dt .mark')].map((mark) => mark.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      }
      // The sector tag, upper-cased by the stylesheet: "DEVOPS".
      const tags = sides.map((s) => s.querySelector('.tag')!);
      expect(tags.map(textOf)).to.deep.equal(['DevOps', 'DevOps']);
      expect(getComputedStyle(tags[0]).textTransform).to.equal('uppercase');
    });

    it('links to every alternative to A and to B when the site has that page, as the seed page does', async () => {
      const el = await loaded();
      const links = $$(el, '.alternatives__all a') as HTMLAnchorElement[];
      expect(textOf($(el, '.alternatives__all'))).to.equal('See all Apache Kafka alternatives · See all Linkerd alternatives');
      expect(links.map((a) => [textOf(a), a.href])).to.deep.equal([
        ['See all Apache Kafka alternatives', 'https://sparkpulse.example/alternatives/kafka'],
        ['See all Linkerd alternatives', 'https://sparkpulse.example/alternatives/linkerd'],
      ]);
      // The arrow is drawn, pointing the way the text reads, and never read out.
      const arrow = links[1].querySelector('.arrow')!;
      expect(arrow.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(arrow, '::before').content).to.equal('" →"');
    });

    it('introduces the alternatives from the data', async () => {
      const el = await loaded();
      expect(textOf($(el, '[part~="alternatives"] .intro'))).to.equal(
        'Other DevOps products tracked by Sparkpulse, ranked by recent ship velocity. OpenTelemetry leads at 8.1, against 5.0 for Apache Kafka and 2.5 for Linkerd.',
      );
    });

    it('leaves out the links, and their line, when the site has no page of alternatives', async () => {
      const ep = new URL(endpoint('ok'), location.href).href;
      const index = await (await fetch('/demo/endpoint/index.json')).json();
      delete index.site.alternativesUrl;
      sharedClient().prime(`${ep}index.json`, index);
      const el = await compare('kafka', 'linkerd', ep, { sections: 'alternatives' });
      await settled(el);
      expect($(el, '.alternatives__all')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('lists the three fastest alternatives of the same sectors, never A or B', async () => {
      const el = await loaded();
      const names = $$(el, '.alternative__name').map(textOf);
      expect(names).to.deep.equal(['OpenTelemetry', 'Grafana', 'Argo CD']);
      const firstLinks = [...$$(el, '.alternatives__list li')[0].querySelectorAll('a')].map((a) => a.href);
      expect(firstLinks).to.deep.equal([
        'https://sparkpulse.example/products/opentelemetry',
        'https://sparkpulse.example/compare/kafka-vs-opentelemetry',
        'https://sparkpulse.example/compare/linkerd-vs-opentelemetry',
      ]);
    });

    it('interleaves both products\' activity, 12 items, newest first', async () => {
      const el = await loaded();
      const dates = $$(el, '[part~="activity"] time').map((t) => Date.parse(t.getAttribute('datetime')!));
      expect(dates).to.have.length(12);
      expect([...dates].sort((x, y) => y - x)).to.deep.equal(dates);
      expect(new Set($$(el, '.feed__product').map(textOf))).to.deep.equal(new Set(['Apache Kafka', 'Linkerd']));
    });

    it('answers the FAQ from the data in disclosure widgets', async () => {
      const el = await loaded();
      const entries = $$(el, 'details');
      expect(entries.map((d) => textOf(d.querySelector('summary')))).to.deep.equal([
        'What is the difference between Apache Kafka and Linkerd?',
        'Is Apache Kafka better than Linkerd?',
        'What are the best alternatives to Apache Kafka?',
        'What are the best alternatives to Linkerd?',
      ]);
      const difference = textOf(entries[0].querySelector('p'));
      expect(difference).to.equal(
        "They serve adjacent needs but don't currently overlap on shipped themes. " +
          'Apache Kafka is currently shipping more aggressively (velocity 5.0 vs 2.5), with 0 editorial sparks in the last 30 days against 0. ' +
          'The editorial side-by-side above shows where each one is heading.',
      );
      expect(textOf(entries[1].querySelector('p'))).to.match(/^Sparkpulse doesn't pick a winner — we score release velocity, not feature parity\. /);
      expect(textOf(entries[2].querySelector('p'))).to.contain('OpenTelemetry (velocity 8.1)');
      // The answer ends with the site's full list, as a link.
      const all = entries[2].querySelector('p a') as HTMLAnchorElement;
      expect([textOf(all), all.href]).to.deep.equal(['See all Apache Kafka alternatives on Sparkpulse.', 'https://sparkpulse.example/alternatives/kafka']);
    });

    it('shows only the sections named in the sections attribute, in that order', async () => {
      const el = await compare('kafka', 'linkerd', endpoint('ok'), { sections: 'faq glance' });
      await settled(el);
      expect($$(el, '[part~="section"]').map((s) => s.getAttribute('part'))).to.deep.equal(['section faq', 'section glance']);
    });

    it('warns about a section name it does not know, once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await compare('kafka', 'linkerd', endpoint('ok'), { sections: 'glance charts' });
        await settled(el);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('"charts"'))).to.have.length(1);
    });
  });

  describe('logos', () => {
    it('shows a product logo in the editorial section when the data gives one', async () => {
      const ep = new URL(endpoint('ok'), location.href).href;
      const kafka = await (await fetch('/demo/endpoint/products/kafka.json')).json();
      sharedClient().prime(`${ep}products/kafka.json`, { ...kafka, logo: new URL('/test/fixtures/logo.svg', location.href).href });
      const el = await compare('kafka', 'linkerd', ep);
      await settled(el);
      const logos = $$(el, '.card img') as HTMLImageElement[];
      expect(logos).to.have.length(1);
      expect(logos[0].getAttribute('src')).to.match(/\/test\/fixtures\/logo\.svg$/);
      expect(logos[0].alt).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says which product is not tracked instead of crashing', async () => {
      const el = await compare('kafka', 'not-a-product');
      const event = (await settled(el)) as SpLoadEvent;
      expect(event.empty).to.be.true;
      expect(textOf($(el, '[part="empty"]'))).to.equal('not-a-product is not tracked by Sparkpulse.');
      await expect(el).to.be.accessible();
    });
  });

  describe('without products', () => {
    it('says which product is missing when only a is given', async () => {
      const el = await compare('kafka', '');
      await settled(el);
      expect(textOf($(el, '[part="empty"]'))).to.equal('kafka has nothing to compare with: no product was named in "b".');
    });

    it('says that no product was named when neither a nor b is given', async () => {
      const el = await compare('', '');
      await settled(el);
      expect(textOf($(el, '[part="empty"]'))).to.equal('No product was named.');
    });
  });

  describe('error', () => {
    it('shows the error with a Retry button and fires sp-error when a core field is broken', async () => {
      let event: Event | undefined;
      const warnings = await captureWarnings(async () => {
        const el = await compare('kafka', 'linkerd', endpoint('nameless'));
        event = await settled(el);
        expect($(el, 'button[part="retry"]')).to.exist;
        await expect(el).to.be.accessible();
      });
      expect(event instanceof SpErrorEvent).to.be.true;
      const path = ((event as SpErrorEvent).error as ContractError).path;
      expect(path).to.equal('name');
      expect(warnings.some((w) => w.includes('at name'))).to.be.true;
    });
  });

  describe('dark', () => {
    it('uses dark colours with theme="dark" and stays accessible', async () => {
      const el = await compare('kafka', 'linkerd', endpoint('ok'), { theme: 'dark' });
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(13, 17, 23)');
      await expect(el).to.be.accessible();
    });
  });
});
