// `sparkpulse render <element> [name=value ...] --endpoint <folder or URL> [--faq-jsonld]`.
import { ELEMENTS, renderWidget, type ElementTag } from '../ssr/render.js';
import { EndpointError } from '../node/source.js';
import { EXIT, UsageError, type Command } from './command.js';
import { printable } from './format.js';
import { timeoutOption } from './options.js';

const TAGS = Object.keys(ELEMENTS) as ElementTag[];

export const renderCommand: Command = {
  synopsis: 'render <element> [name=value ...]',
  summary: 'print a widget as HTML that shows without JavaScript',
  usage: `Usage: sparkpulse render <element> [name=value ...] --endpoint <folder or URL> [--faq-jsonld]

Renders the element with the widgets' own templates, from the endpoint's
documents, as HTML with declarative shadow DOM: paste it into any page or
static-site template. Readers without JavaScript, and search engines, see the
whole widget; where the script tag runs, it takes the widget over, with no
request for the documents the HTML carries.

  <element>           ${TAGS.join(', ')}
  name=value          the element's attributes, as in HTML: a=kafka b=linkerd
                      sections="glance faq" limit=5 theme=dark lang=de
                      products=kafka,linkerd heading-level=3; a name alone
                      (sparks-only) is an attribute without a value
  --endpoint <where>  the endpoint: a folder (demo/endpoint) or its base URL
  --faq-jsonld        add the comparison's FAQ as schema.org FAQPage data
                      (put it on one page only: see the README)
  --timeout <seconds> how long one request may take (default 10)
  -h, --help          show this help

Exit status: 0 when the HTML was printed, 1 when the endpoint could not be
read, 2 when the command is used wrongly.
`,
  options: {
    endpoint: { type: 'string' },
    'faq-jsonld': { type: 'boolean' },
    timeout: { type: 'string' },
  },

  async run({ positionals, values }, io) {
    const [tag, ...pairs] = positionals;
    if (!tag) throw new UsageError(`name the element: ${TAGS.join(', ')}`);
    if (!(TAGS as string[]).includes(tag)) throw new UsageError(`${JSON.stringify(tag)} is not one of ${TAGS.join(', ')}`);
    const endpoint = values.endpoint as string | undefined;
    if (!endpoint) throw new UsageError('name the endpoint with --endpoint <folder or URL>');
    const attributes = Object.fromEntries(pairs.map(attribute));
    try {
      const html = await renderWidget(tag as ElementTag, attributes, {
        endpoint,
        faqJsonLd: values['faq-jsonld'] === true,
        timeoutMs: timeoutOption(values.timeout as string | undefined),
      });
      io.stdout.write(`${html}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof EndpointError)) throw error;
      if (error.usage) throw new UsageError(error.message);
      io.stderr.write(`sparkpulse render: ${printable(error.message)}\n`);
      return EXIT.failed;
    }
  },
};

/** `a=kafka` → ['a', 'kafka']; `sparks-only` → ['sparks-only', '']. */
function attribute(pair: string): [string, string] {
  const [name, value = ''] = pair.split(/=(.*)/s);
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`${JSON.stringify(pair)} is not an attribute: write name=value`);
  return [name, value];
}
