// `sparkpulse render <element> [name=value ...] --endpoint <folder or URL> [--faq-jsonld]`.
import { checkAttributes, checkTag, TAGS } from '../ssr/elements.js';
import { renderWidget } from '../ssr/render.js';
import { EndpointError } from '../node/source.js';
import { EXIT, UsageError, type Command } from './command.js';
import { printable } from './format.js';
import { timeoutOption } from './options.js';

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
                      (sparks-only) is an attribute without a value. Also
                      id, class and style (style="min-height: 25em"); no
                      other attribute, and never an event handler (on...)
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
    const [name, ...pairs] = positionals;
    if (!name) throw new UsageError(`name the element: ${TAGS.join(', ')}`);
    // The checks renderWidget() makes, as usage errors: the same allow-list, the same words.
    const tag = usage(() => checkTag(name));
    const attributes = usage(() => checkAttributes(tag, parseAttributes(pairs)));
    const endpoint = values.endpoint as string | undefined;
    if (!endpoint) throw new UsageError('name the endpoint with --endpoint <folder or URL>');
    try {
      const html = await renderWidget(tag, attributes, {
        endpoint,
        faqJsonLd: values['faq-jsonld'] === true,
        timeoutMs: timeoutOption(values.timeout as string | undefined),
        onWarning: (message) => io.stderr.write(`sparkpulse render: warning: ${printable(message)}\n`),
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

/** `check()`, its TypeError a usage error. */
function usage<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  }
}

/** `a=kafka sparks-only` → { a: 'kafka', 'sparks-only': '' }: names as written, checked by checkAttributes. */
function parseAttributes(pairs: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of pairs) {
    const [name, value = ''] = pair.split(/=(.*)/s);
    if (Object.hasOwn(attributes, name)) throw new UsageError(`${JSON.stringify(name)} is given twice`);
    attributes[name] = value;
  }
  return attributes;
}
