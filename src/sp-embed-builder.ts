import './builder/define.js';

export { SpEmbedBuilder } from './builder/sp-embed-builder.js';
export * from './builder/snippets.js';
