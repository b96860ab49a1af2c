import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Theme } from '../src/element/sp-element.js';
import '../src/timeline/define.js';
import {
  ENDPOINT,
  errorEndpoint,
  loadingEndpoint,
  onDarkBackground,
  onDarkSerifBlog,
  onSepiaPage,
  onSerifBlog, slugs,
  themeArgType,
  UNTRACKED,
} from './shared.js';

interface TimelineArgs {
  products: string;
  limit: number;
  'sparks-only': boolean;
  theme: Theme;
}

const timeline = (args: TimelineArgs, endpoint = ENDPOINT) =>
  html`<sp-timeline
    endpoint=${endpoint}
    products=${args.products}
    limit=${args.limit}
    ?sparks-only=${args['sparks-only']}
    theme=${args.theme}
  ></sp-timeline>`;

const meta: Meta<TimelineArgs> = {
  title: 'sp-timeline',
  component: 'sp-timeline',
  argTypes: {
    products: { control: 'text' },
    limit: { control: { type: 'number', min: 0 } },
    'sparks-only': { control: 'boolean' },
    theme: themeArgType,
  },
  args: { products: 'kafka,linkerd', limit: 12, 'sparks-only': false, theme: 'inherit' },
  render: (args) => timeline(args),
};
export default meta;

type Story = StoryObj<TimelineArgs>;

export const Loading: Story = { render: (args) => timeline(args, loadingEndpoint('timeline', slugs(args.products))) };
export const Loaded: Story = {};
export const Empty: Story = { args: { products: UNTRACKED } };
export const Error: Story = { render: (args) => timeline(args, errorEndpoint(slugs(args.products))) };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkBackground] };

/** Without a theme, the widget takes the page's look: on a dark serif blog, on a light one, on a sepia page. */
export const OnADarkSerifBlog: Story = { decorators: [onDarkSerifBlog] };
export const OnASerifBlog: Story = { decorators: [onSerifBlog] };
export const OnASepiaPage: Story = { decorators: [onSepiaPage] };
/** theme="light": a card of its own, the same on every page. */
export const LightCardOnADarkBlog: Story = { args: { theme: 'light' }, decorators: [onDarkSerifBlog] };
