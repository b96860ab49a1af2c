import './compare/define.js';

export { SpCompare } from './compare/sp-compare.js';
