// Everything public, with no side effects: import from here to register the
// elements yourself, under names of your choosing.
export { SpCompare } from './compare/sp-compare.js';
export { SECTIONS, type Section } from './compare/sections.js';
export { SpTimeline } from './timeline/sp-timeline.js';
export { SpVelocityBadge } from './badge/sp-velocity-badge.js';
export { SparkpulseElement, THEMES, type Theme } from './element/sp-element.js';
export { SpErrorEvent, SpLoadEvent } from './element/events.js';
export { define, DEFAULT_PREFIX } from './define.js';
export { defineAll, type DefineOptions } from './define-all.js';
export { VERSION } from './version.js';
export { registerSparkpulseTranslation as registerTranslation } from './element/localize.js';
export { SHIPPED_LANGUAGES } from './text/languages.js';
export type { Translation, TermKey } from './text/catalogue/en.js';
export * from './contract/index.js';
export * from './client/index.js';
