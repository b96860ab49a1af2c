// Every word the embed builder shows, says or writes into a snippet. The
// builder is a tool for site owners and reads in English only, but its words
// live here, apart from its code, so that a translation has one place to go.
// Sentences with values are functions of named values, never concatenations
// in the element, so a translator can reorder them.
import type { Section } from '../compare/section-names.js';
import type { Theme } from '../element/sp-element.js';
import type { Widget } from './snippets.js';

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const words = {
  builderName: 'Sparkpulse embed builder',

  widgetLegend: 'Widget',
  widgets: {
    compare: { label: 'Comparison', hint: 'Two products side by side, as on a Sparkpulse "A vs B" page.' },
    timeline: { label: 'Timeline', hint: 'The recent activity of one or more products, newest first.' },
    badge: { label: 'Badge', hint: 'One product’s name and velocity, in one line of text.' },
  } satisfies Record<Widget, { label: string; hint: string }>,

  productsLegend: 'Products',
  productA: 'Product A',
  productB: 'Product B',
  timelineProducts: 'Add or remove products',
  badgeProduct: 'Product',
  pickerHint: 'Type a name, slug or sector; choose with the arrow keys and Enter.',
  chosenProducts: 'Chosen products',
  remove: 'Remove',
  removeProduct: (name: string) => `Remove ${name}`,
  velocity: (score: string) => `velocity ${score}`,
  noMatch: (text: string) => `No product matches “${text}”.`,
  someShown: (shown: number, all: number) => `${shown} of ${all} shown: type to narrow the list.`,
  loadingProducts: 'Loading the products…',
  searching: 'Searching…',
  searchFailed: (reason: string) => `Could not search the products: ${reason}`,
  productsFailed: (reason: string) => `Could not load the products: ${reason}`,
  retry: 'Retry',
  noProducts: 'The endpoint lists no products.',
  added: (name: string) => `Added ${name}.`,
  removed: (name: string) => `Removed ${name}.`,
  swapped: (a: string, b: string) => `Swapped: A is now ${a}, B is ${b}.`,
  needsOneProduct: 'A timeline needs at least one product.',
  tooManyProducts: (max: number) => `A timeline follows at most ${max} products.`,

  sectionsLegend: 'Sections',
  sectionsHint: 'Shown in this order. Move a section with its Up and Down buttons.',
  sections: {
    glance: 'At a glance',
    whatis: 'What is it?',
    editorial: 'Editorial side by side',
    alternatives: 'Alternatives',
    activity: 'Recent activity',
    faq: 'FAQ',
  } satisfies Record<Section, string>,
  up: 'Up',
  down: 'Down',
  moveUp: (section: string) => `Move ${section} up`,
  moveDown: (section: string) => `Move ${section} down`,
  moved: (section: string, position: number, count: number) => `${section} moved to position ${position} of ${count}.`,
  needsOneSection: 'A comparison needs at least one section.',

  displayLegend: 'Display',
  themeLegend: 'Theme',
  themes: { inherit: 'Match the page: its text colour and font', light: 'Light', dark: 'Dark', auto: 'Light or dark, following the reader’s setting' } satisfies Record<Theme, string>,
  limit: 'Activity items to show',
  /** Under the limit or the lines field when what is typed is refused. */
  countInvalid: (max: number) => `A whole number from 0 to ${max}.`,
  lines: 'Hold long texts to this many lines (0: whole texts)',
  linesHint: 'For a fixed box, such as a sidebar: each text that is cut gets a “Show more” button.',
  sparksOnly: 'Only editorial sparks (⚡)',
  headingLevel: 'Heading level',
  headingLevelHint: 'Match your page’s outline: 2 under the page’s title, 3 inside a section.',
  lazy: 'Load the data only when the reader scrolls near it (lazy)',

  sourcesLegend: 'Where the data and the code come from',
  endpoint: 'Data endpoint URL',
  /** Under the endpoint or the script URL field when it is refused. */
  urlInvalid: 'An absolute http(s) URL without a user name or password.',
  loader: 'Script URL (sparkpulse.js)',
  loaderHint: 'Where you host dist/sparkpulse.js with dist/cdn/ beside it.',

  previewHeading: 'Preview',
  previewWaiting: 'The preview shows once the products have loaded.',

  snippetsHeading: 'Code to paste',
  snippets: {
    html: {
      title: 'HTML, with the script tag',
      hint: 'For any page. The first two lines go once into the page’s <head>; what is between the tags shows where JavaScript does not run.',
      copy: 'Copy the HTML',
    },
    react: {
      title: 'React',
      hint: 'Needs @sparkpulse/widgets installed from npm.',
      copy: 'Copy the React code',
    },
    vue: {
      title: 'Vue',
      hint: 'Needs @sparkpulse/widgets from npm, and Vue told that sp-* tags are custom elements, in vite.config:',
      copy: 'Copy the Vue code',
    },
    markdown: {
      title: 'Markdown badge',
      hint: 'An image that needs no JavaScript, for a README or a package page. It shows the score as of the endpoint’s last sparkpulse badges run.',
      copy: 'Copy the Markdown',
    },
    shields: {
      title: 'shields.io URL',
      hint: 'The same badge drawn by shields.io, in any of its styles.',
      copy: 'Copy the shields.io URL',
    },
  },
  vueConfig: "vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sp-') } } })",
  copied: 'Copied',
  copyRefused: 'The browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).',

  // Inside the snippets.
  headComment: 'Once per page, in its <head>',
  widgetComment: 'Where the widget goes',
  vueComment: "Needs isCustomElement: (tag) => tag.startsWith('sp-') in @vitejs/plugin-vue's template.compilerOptions",
  /** Arguments are HTML, escaped by the caller. */
  compareFallback: (a: string, b: string, site: string) => `${a} vs ${b} on ${site}`,
  /** Arguments are HTML, escaped by the caller. */
  timelineFallback: (products: string[], site: string) => `Recent activity: ${andList(products)} on ${site}.`,
  badgeAlt: (name: string) => `${name} velocity`,
};
