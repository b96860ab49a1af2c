import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/badge/define.js';
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

interface BadgeArgs {
  product: string;
  theme: Theme;
}

const badge = ({ product, theme }: BadgeArgs, endpoint = ENDPOINT) =>
  html`<sp-velocity-badge endpoint=${endpoint} product=${product} theme=${theme}></sp-velocity-badge>`;

const meta: Meta<BadgeArgs> = {
  title: 'sp-velocity-badge',
  component: 'sp-velocity-badge',
  argTypes: { product: { control: 'text' }, theme: themeArgType },
  args: { product: 'kafka', theme: 'inherit' },
  render: (args) => badge(args),
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Loading: Story = { render: (args) => badge(args, loadingEndpoint('badge')) };
export const Loaded: Story = {};
export const Empty: Story = { args: { product: UNTRACKED } };
export const Error: Story = { render: (args) => badge(args, errorEndpoint()) };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [onDarkBackground] };

/** Without a theme, the widget takes the page's look: on a dark serif blog, on a light one, on a sepia page. */
export const OnADarkSerifBlog: Story = { decorators: [onDarkSerifBlog] };
export const OnASerifBlog: Story = { decorators: [onSerifBlog] };
export const OnASepiaPage: Story = { decorators: [onSepiaPage] };
/** theme="light": a card of its own, the same on every page. */
export const LightCardOnADarkBlog: Story = { args: { theme: 'light' }, decorators: [onDarkSerifBlog] };
