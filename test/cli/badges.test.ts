import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint, SAMPLE_PRODUCTS, STACK_TRACE, type Endpoint, type Run } from './commands.js';
import { bandRange, VELOCITY_BANDS, velocityBand, velocityBandsTable } from '../../src/model/velocity-bands.js';

// `sparkpulse badges`, run in Node by test/server/cli-runner.mjs on copies of
// the sample endpoint and on hostile ones in temporary folders; the files it
// writes are read back and parsed here, as a browser would parse them.

type Json = Record<string, unknown>;
type Summary = { slug: string; name: string; velocity: number };

const LABEL_MAX = 60;
/** Every bidi formatting character: embeddings, overrides, isolates and marks. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A copy of the sample, so nothing is written into demo/endpoint/. */
const sampleCopy = () => endpoint({ files: {} });
const emptyFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;

async function sampleIndex(): Promise<Json & { products: Summary[] }> {
  const response = await fetch('/demo/endpoint/index.json');
  expect(response.ok, 'index.json is served').to.be.true;
  return (await response.json()) as Json & { products: Summary[] };
}

/** A copy of the sample whose index lists `products` instead, each with a sector and a sparks count unless it says. */
async function endpointListing(products: Json[]): Promise<Endpoint> {
  const index = { ...(await sampleIndex()), products: products.map((p) => ({ sector: 'DevOps', sparks30d: 0, ...p })) };
  return endpoint({ files: { 'index.json': JSON.stringify(index) } });
}

/** `text` parsed as an SVG document, after checking that it is one. */
function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror'), 'the SVG parses').to.have.length(0);
  expect(doc.documentElement.localName).to.equal('svg');
  expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return doc;
}

/** The label and the message as drawn: the texts that are not their shadows. */
function shownTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('text')].filter((t) => !t.closest('[aria-hidden="true"]')).map((t) => t.textContent ?? '');
}

const titleOf = (doc: Document) => doc.querySelector('svg > title')?.textContent ?? '';
const slugsIn = (files: Record<string, string>, folder: string, ext: string) =>
  Object.keys(files)
    .filter((path) => path.startsWith(`${folder}/`) && path.endsWith(ext))
    .map((path) => path.slice(folder.length + 1, -ext.length))
    .sort();

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('sparkpulse badges', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(20_000);

  describe('on the sample endpoint', () => {
    let dir: string;
    let run: Run;
    let files: Record<string, string>;
    let products: Summary[];

    before(async () => {
      ({ dir } = (await sampleCopy())!);
      run = (await cli('badges', dir))!;
      files = await filesUnder(dir);
      ({ products } = await sampleIndex());
    });

    it('exits 0 and prints one line naming the folders it wrote, next to the documents', () => {
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(`${dir}: 11 badges written to ${dir}/badges/ and ${dir}/shields/.\n`);
      expect(run.stderr).to.equal('');
    });

    it('writes an SVG badge and a shields document for every product in the index', () => {
      const slugs = products.map((p) => p.slug).sort();
      expect(slugs).to.have.length(SAMPLE_PRODUCTS);
      expect(slugsIn(files, 'badges', '.svg')).to.deep.equal(slugs);
      expect(slugsIn(files, 'shields', '.json')).to.deep.equal(slugs);
    });

    it('makes every badge an SVG document that shows the name and the score, with a title', () => {
      for (const { slug, name, velocity } of products) {
        const doc = parseSvg(files[`badges/${slug}.svg`]);
        const score = `velocity ${velocity.toFixed(1)}`;
        expect(shownTexts(doc), slug).to.deep.equal([name, score]);
        expect(titleOf(doc), slug).to.equal(`${name}: ${score}`);
        expect(doc.documentElement.getAttribute('aria-label'), slug).to.equal(`${name}: ${score}`);
      }
    });

    it('shows "velocity 5.0" for Apache Kafka, with one decimal', () => {
      expect(shownTexts(parseSvg(files['badges/kafka.svg']))).to.deep.equal(['Apache Kafka', 'velocity 5.0']);
    });

    it("fills each badge's score with the colour of its velocity band", () => {
      for (const { slug, velocity } of products) {
        const fills = [...parseSvg(files[`badges/${slug}.svg`]).querySelectorAll('rect[fill]')].map((r) => r.getAttribute('fill'));
        expect(fills, slug).to.include(velocityBand(velocity).color);
      }
    });

    it('writes every shields document in the endpoint badge format, saying what the SVG says', () => {
      for (const { slug, name, velocity } of products) {
        const json = JSON.parse(files[`shields/${slug}.json`]) as Json;
        expect(Object.keys(json).sort(), slug).to.deep.equal(['color', 'label', 'message', 'schemaVersion']);
        expect(json.schemaVersion).to.equal(1);
        expect(json.label).to.be.a('string').and.equal(name);
        expect(json.message).to.be.a('string').and.equal(`velocity ${velocity.toFixed(1)}`);
        expect(json.color).to.equal(velocityBand(velocity).color);
        expect(CSS.supports('color', json.color as string), `${json.color} is a CSS colour`).to.be.true;
      }
    });

    it('writes a badge the browser loads as an image, as wide as it says', async () => {
      const svg = files['badges/kafka.svg'];
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      try {
        const img = document.createElement('img');
        img.alt = 'Apache Kafka velocity';
        img.src = url;
        document.body.append(img);
        await img.decode();
        expect(img.naturalWidth).to.be.above(0);
        expect(img.naturalWidth).to.equal(Number(parseSvg(svg).documentElement.getAttribute('width')));
        img.remove();
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('writes the score in white on every band, as badge-maker chooses for a dark colour', () => {
      const doc = parseSvg(files['badges/kafka.svg']);
      const message = [...doc.querySelectorAll('text')].filter((t) => !t.closest('[aria-hidden="true"]'))[1];
      expect(message.closest('[fill]')?.getAttribute('fill')).to.equal('#fff');
    });
  });

  describe('velocity bands', () => {
    it('cover 0 to 10 in order, each starting where the last one ends', () => {
      expect(VELOCITY_BANDS[0].from).to.equal(0);
      expect(VELOCITY_BANDS.at(-1)!.to).to.equal(10);
      VELOCITY_BANDS.slice(1).forEach((band, i) => expect(band.from).to.equal(VELOCITY_BANDS[i].to));
    });

    it('put each score shown at one decimal in exactly the band whose range names it', () => {
      for (let tenths = 0; tenths <= 100; tenths++) {
        const velocity = tenths / 10;
        const [from, to] = bandRange(velocityBand(velocity)).split('–').map(Number);
        expect(velocity, `${velocity}`).to.be.within(from, to);
      }
    });

    it('colour a score by the value shown, so 1.96 takes the colour of 2.0', () => {
      expect(velocityBand(1.96)).to.equal(velocityBand(2));
      expect(velocityBand(1.94)).to.equal(velocityBand(1.9));
      expect(velocityBand(1.96)).not.to.equal(velocityBand(1.94));
    });

    it('give white text a contrast of at least 4.5:1 on every colour', () => {
      for (const { color } of VELOCITY_BANDS) expect(contrastWithWhite(color), color).to.be.at.least(4.5);
    });

    it('are each a distinct colour', () => {
      expect(new Set(VELOCITY_BANDS.map((b) => b.color)).size).to.equal(VELOCITY_BANDS.length);
    });

    it("are docs/commands.md's table, in its section on badges", async () => {
      const response = await fetch('/docs/commands.md');
      expect(response.ok, 'docs/commands.md is served').to.be.true;
      const readme = await response.text();
      expect(readme, 'the page has its section on badges').to.include('## Badges without JavaScript');
      const [header] = velocityBandsTable().split('\n');
      expect(readme, 'the section has the bands table').to.include(header);
      const table = readme.slice(readme.indexOf(header)).split('\n\n')[0].trimEnd();
      expect(table).to.equal(velocityBandsTable());
    });
  });

  describe('hostile names', () => {
    const MARKUP = '<script>alert("x")</script> & <b>"bold"</b>';
    const LONG = 'Long name '.repeat(100);
    const OVERRIDE = 'Kafka\u202e';
    const HEBREW = 'קפקא';
    const CONTROLS = 'Null\u0000Bell\u0007Tab\tName';
    let dir: string;
    let run: Run;
    let files: Record<string, string>;
    const badge = (slug: string) => parseSvg(files[`badges/${slug}.svg`]);
    const shields = (slug: string) => JSON.parse(files[`shields/${slug}.json`]) as Json;

    before(async () => {
      ({ dir } = (await endpointListing([
        { slug: 'markup', name: MARKUP, velocity: 9.96 },
        { slug: 'long', name: LONG, velocity: 3 },
        { slug: 'override', name: OVERRIDE, velocity: 5 },
        { slug: 'rtl', name: `\u2069${HEBREW}\u202e`, velocity: 2.5 },
        { slug: 'controls', name: CONTROLS, velocity: 1 },
      ]))!);
      run = (await cli('badges', dir))!;
      files = await filesUnder(dir);
    });

    it('still writes every badge and exits 0', () => {
      expect(run.code).to.equal(0);
      expect(slugsIn(files, 'badges', '.svg')).to.deep.equal(['controls', 'long', 'markup', 'override', 'rtl']);
    });

    it('escapes markup, so a name adds no element to the badge', () => {
      const doc = badge('markup');
      expect(doc.querySelector('script, b')).to.equal(null);
      expect([...doc.querySelectorAll('*')].every((el) => el.namespaceURI === 'http://www.w3.org/2000/svg')).to.be.true;
      expect(shownTexts(doc)).to.deep.equal([MARKUP, 'velocity 10.0']);
      expect(titleOf(doc)).to.equal(`${MARKUP}: velocity 10.0`);
      expect(shields('markup').label).to.equal(MARKUP);
    });

    it('cuts a long name to 60 characters and "…", in the badge and the shields document alike', () => {
      const [label] = shownTexts(badge('long'));
      expect(label).to.equal(`${'Long name '.repeat(6).trimEnd()}…`);
      expect(label).to.have.length.at.most(LABEL_MAX + 1);
      expect(shields('long').label).to.equal(label);
      expect(Number(badge('long').documentElement.getAttribute('width'))).to.be.below(500);
    });

    it("passes on the reader's warning that a name over 200 characters was cut, and no other", () => {
      expect(run.stderr).to.equal('warning index.json products[1].name: over 200 characters; cut\n');
    });

    it('drops a bidi override, so the title still reads "velocity 5.0" after the name', () => {
      const doc = badge('override');
      expect(titleOf(doc)).to.equal('Kafka: velocity 5.0');
      expect(shownTexts(doc)[0]).to.equal('Kafka');
      expect(shields('override').label).to.equal('Kafka');
    });

    it('keeps a right-to-left name and drops the stray isolate and override around it', () => {
      const doc = badge('rtl');
      expect(titleOf(doc)).to.equal(`${HEBREW}: velocity 2.5`);
      expect(shownTexts(doc)[0]).to.equal(HEBREW);
      expect(shields('rtl').label).to.equal(HEBREW);
    });

    it('leaves no bidi control in any badge or shields document', () => {
      for (const slug of ['markup', 'long', 'override', 'rtl', 'controls']) {
        const doc = badge(slug);
        for (const text of [titleOf(doc), doc.documentElement.getAttribute('aria-label') ?? '', ...shownTexts(doc), shields(slug).label as string]) {
          expect(text.match(BIDI), `${slug}: ${JSON.stringify(text)}`).to.equal(null);
        }
      }
    });

    it('drops control characters, which XML forbids, and turns a tab into a space', () => {
      expect(shownTexts(badge('controls'))[0]).to.equal('NullBellTab Name');
      expect(shields('controls').label).to.equal('NullBellTab Name');
    });
  });

  describe('--style', () => {
    const kafkaIn = async (...args: string[]) => {
      const { dir } = (await sampleCopy())!;
      const run = (await cli('badges', dir, ...args))!;
      expect(run.code).to.equal(0);
      return (await filesUnder(dir))['badges/kafka.svg'];
    };

    it('draws flat badges by default, 20 px high with round corners', async () => {
      const flat = await kafkaIn();
      expect(flat).to.equal(await kafkaIn('--style', 'flat'));
      const doc = parseSvg(flat);
      expect(doc.documentElement.getAttribute('height')).to.equal('20');
      expect(doc.querySelector('clipPath rect')?.getAttribute('rx')).to.equal('3');
    });

    it('draws for-the-badge badges 28 px high, in capitals', async () => {
      const doc = parseSvg(await kafkaIn('--style', 'for-the-badge'));
      expect(doc.documentElement.getAttribute('height')).to.equal('28');
      expect(shownTexts(doc)).to.deep.equal(['APACHE KAFKA', 'VELOCITY 5.0']);
    });

    it('draws flat-square badges with square corners', async () => {
      const doc = parseSvg(await kafkaIn('--style', 'flat-square'));
      expect(doc.documentElement.getAttribute('height')).to.equal('20');
      expect(doc.querySelector('[rx]')).to.equal(null);
    });

    it('exits 2 on a style it does not know, naming the ones it does', async () => {
      const { dir } = (await sampleCopy())!;
      const run = (await cli('badges', dir, '--style', 'plastic'))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse badges: --style takes flat, flat-square, for-the-badge; not "plastic"\n/);
      expect(await filesUnder(dir)).not.to.have.property('badges/kafka.svg');
    });
  });

  describe('--out', () => {
    it('writes badges/ and shields/ into the folder given, and nothing next to the documents', async () => {
      const { dir } = (await sampleCopy())!;
      const out = await emptyFolder();
      const run = (await cli('badges', dir, '--out', out))!;
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(`${dir}: 11 badges written to ${out}/badges/ and ${out}/shields/.\n`);
      const written = await filesUnder(out);
      expect(slugsIn(written, 'badges', '.svg')).to.have.length(SAMPLE_PRODUCTS);
      expect(slugsIn(written, 'shields', '.json')).to.have.length(SAMPLE_PRODUCTS);
      expect(Object.keys(await filesUnder(dir)).filter((p) => /^(badges|shields)\//.test(p))).to.deep.equal([]);
    });

    it('writes the badges of an endpoint served over http into the folder given', async () => {
      const { url } = (await sampleCopy())!;
      const out = await emptyFolder();
      const run = (await cli('badges', url, '--out', out))!;
      expect(run.code).to.equal(0);
      expect(slugsIn(await filesUnder(out), 'badges', '.svg')).to.have.length(SAMPLE_PRODUCTS);
    });
  });

  describe('an index with problems', () => {
    it('writes the badges of the entries the reader keeps, with its warning, and exits 0', async () => {
      const { products } = await sampleIndex();
      const { dir } = (await endpointListing(products.map((p) => (p.slug === 'kafka' ? { ...p, velocity: 12 } : p))))!;
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(0);
      expect(run.stderr).to.match(/^warning index\.json products\[0\]\.velocity: .*products\[0\] is left out\n$/);
      expect(run.stdout).to.equal(`${dir}: 10 badges written to ${dir}/badges/ and ${dir}/shields/.\n`);
      expect(slugsIn(await filesUnder(dir), 'badges', '.svg')).not.to.include('kafka');
    });

    it('reads an index over the widgets\' 1 MB cap: the producer\'s full form may be any size', async function () {
      this.timeout(60_000);
      // 1,500 products, each with a field the reader ignores, make an index of about 1.6 MB.
      const note = 'x'.repeat(1_000);
      const products = Array.from({ length: 1_500 }, (_, i) => ({ slug: `product-${i + 1}`, name: `Product ${i + 1}`, velocity: 5, note }));
      const { dir } = (await endpointListing(products))!;
      const run = (await cli('badges', dir))!;
      expect(run.stderr).to.equal('');
      expect(run.code).to.equal(0);
      expect(run.stdout).to.include(': 1,500 badges written to ');
    });

    it('writes one badge, the first listing\'s, for a slug listed twice, with a warning', async () => {
      const { dir } = (await endpointListing([
        { slug: 'kafka', name: 'Apache Kafka', velocity: 5 },
        { slug: 'kafka', name: 'Kafka again', velocity: 9 },
      ]))!;
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(0);
      expect(run.stderr).to.equal('warning index.json products: "kafka" is listed more than once; its badge shows the first\n');
      expect(run.stdout).to.include(': 1 badge written to ');
      expect(shownTexts(parseSvg((await filesUnder(dir))['badges/kafka.svg']))).to.deep.equal(['Apache Kafka', 'velocity 5.0']);
    });
  });

  describe('exit codes and usage', () => {
    it('exits 1 with one line when the folder does not exist', async () => {
      const run = (await cli('badges', 'demo/no-such-endpoint'))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal('sparkpulse badges: there is no folder at demo/no-such-endpoint\n');
      expect(run.stdout).to.equal('');
    });

    it('exits 1 when given a URL and no folder to write into', async () => {
      const { url } = (await sampleCopy())!;
      const run = (await cli('badges', url))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal(`sparkpulse badges: ${url} is a URL, which has no folder to write the badges next to: add --out <dir>\n`);
    });

    it('exits 1 when index.json is missing', async () => {
      const { dir } = (await endpoint({ files: { 'index.json': null } }))!;
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal('sparkpulse badges: index.json does not exist\n');
    });

    it('exits 1 when index.json is not JSON', async () => {
      const { dir } = (await endpoint({ files: { 'index.json': '{ "version": 1,' } }))!;
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(/^sparkpulse badges: index\.json is not JSON \(.+\)\n$/);
    });

    it('exits 1 when the widgets would refuse the index, writing nothing', async () => {
      const { dir } = (await endpoint({ files: { 'index.json': JSON.stringify({ ...(await sampleIndex()), version: 2 }) } }))!;
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(/^sparkpulse badges: index\.json does not match the contract at version: .+; the widgets refuse it\n$/);
      expect(Object.keys(await filesUnder(dir)).filter((p) => /^(badges|shields)\//.test(p))).to.deep.equal([]);
    });

    it('exits 1 with the path when a file cannot be written', async () => {
      const { dir } = (await sampleCopy())!;
      const run = (await cli('badges', dir, '--out', `${dir}/index.json`))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(new RegExp(`^sparkpulse badges: could not write ${dir}/index\\.json/badges \\(E[A-Z]+\\)\\n$`));
    });

    it('exits 2 with the usage when no endpoint is named', async () => {
      const run = (await cli('badges'))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include("sparkpulse badges: name the endpoint's folder").and.include('Usage: sparkpulse badges <folder>');
    });

    it('exits 2 on an unknown option', async () => {
      const run = (await cli('badges', 'demo/endpoint', '--outt', 'x'))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse badges: unknown option --outt\n/);
    });

    it('exits 2 when --out has no value', async () => {
      const run = (await cli('badges', 'demo/endpoint', '--out'))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse badges: --out needs a value\n/);
    });

    it('is listed in the help, and prints its own help with the bands on stdout', async () => {
      expect((await cli('--help'))!.stdout).to.match(/^ {2}badges <folder> +write an SVG badge/m);
      const run = (await cli('badges', '--help'))!;
      expect(run.code).to.equal(0);
      for (const band of VELOCITY_BANDS) expect(run.stdout).to.include(`${bandRange(band)}`).and.include(band.color);
    });

    it('prints no stack trace, whatever fails', async () => {
      const { dir } = (await endpoint({ files: { 'index.json': '<!doctype html>' } }))!;
      const runs = [
        await cli('badges'),
        await cli('badges', '--style'),
        await cli('badges', 'ftp://example.org/v1/'),
        await cli('badges', 'demo/no-such-endpoint'),
        await cli('badges', 'demo/endpoint/index.json'),
        await cli('badges', dir),
        await cli('badges', dir, '--out', `${dir}/index.json`),
      ];
      for (const run of runs) {
        expect(run!.signal, 'no run was killed').to.equal(null);
        expect(run!.code).to.be.oneOf([1, 2]);
        expect(`${run!.stdout}\n${run!.stderr}`).not.to.match(STACK_TRACE);
      }
    });
  });
});
