import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Theme } from '../src/element/sp-element.js';
import '../src/timeline/define.js';
import { ENDPOINT, errorEndpoint, loadingEndpoint, onDarkBackground, slugs, themeArgType, UNTRACKED } from './shared.js';

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
  args: { products: 'kafka,linkerd', limit: 12, 'sparks-only': false, theme: 'light' },
  render: (args) => timeline(args),
};
export default meta;

type Story = StoryObj<TimelineArgs>;

export const Loading: Story = { render: (args) => timeline(args, loadingEndpoint('timeline', slugs(args.products))) };
export const Loaded: Story = {};
export const Empty: Story = { args: { products: UNTRACKED } };
export const Error: Story = { render: (args) => timeline(args, errorEndpoint(slugs(args.products))) };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkBackground] };
