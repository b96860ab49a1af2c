// `@sparkpulse/widgets/ssr`: server rendering, for Node. Browser code never imports it.
export { ELEMENTS, attributeNames, renderWidget, type ElementTag, type RenderOptions } from './render.js';
export { EndpointError } from '../node/source.js';
