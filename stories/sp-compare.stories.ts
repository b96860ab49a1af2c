import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/compare/define.js';
import { SECTION_NAMES, SECTIONS } from '../src/compare/sections.js';
import type { Theme } from '../src/element/sp-element.js';
import {
  ENDPOINT,
  errorEndpoint,
  loadingEndpoint,
  onDarkBackground,
  onDarkSerifBlog,
  onSepiaPage,
  onSerifBlog,
  themeArgType,
  UNTRACKED,
} from './shared.js';

interface CompareArgs {
  a: string;
  b: string;
  sections: string;
  limit: number;
  alternatives: number;
  theme: Theme;
}

const compare = (args: CompareArgs, endpoint = ENDPOINT) =>
  html`<sp-compare
    endpoint=${endpoint}
    a=${args.a}
    b=${args.b}
    sections=${args.sections}
    limit=${args.limit}
    alternatives=${args.alternatives}
    theme=${args.theme}
  ></sp-compare>`;

const meta: Meta<CompareArgs> = {
  title: 'sp-compare',
  component: 'sp-compare',
  argTypes: {
    a: { control: 'text' },
    b: { control: 'text' },
    sections: { control: 'text', description: `In order, from: ${SECTION_NAMES.join(' ')} (intro is left out by default)` },
    limit: { control: { type: 'number', min: 0 } },
    alternatives: { control: { type: 'number', min: 0 } },
    theme: themeArgType,
  },
  args: { a: 'kafka', b: 'linkerd', sections: SECTIONS.join(' '), limit: 12, alternatives: 3, theme: 'inherit' },
  render: (args) => compare(args),
};
export default meta;

type Story = StoryObj<CompareArgs>;

export const Loading: Story = { render: (args) => compare(args, loadingEndpoint('compare', [args.a, args.b])) };
export const Loaded: Story = {};
/** The site's page header first: "Comparison · DevOps", the title and one line on what follows. */
export const WithIntro: Story = { args: { sections: ['intro', ...SECTIONS].join(' ') } };
export const Empty: Story = { args: { b: UNTRACKED } };
export const Error: Story = { render: (args) => compare(args, errorEndpoint([args.a, args.b])) };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkBackground] };

/** Without a theme, the widget takes the page's look: on a dark serif blog, on a light one, on a sepia page. */
export const OnADarkSerifBlog: Story = { decorators: [onDarkSerifBlog] };
export const OnASerifBlog: Story = { decorators: [onSerifBlog] };
export const OnASepiaPage: Story = { decorators: [onSepiaPage] };
/** theme="light": a card of its own, the same on every page. */
export const LightCardOnADarkBlog: Story = { args: { theme: 'light' }, decorators: [onDarkSerifBlog] };
