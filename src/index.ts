import './compare/define.js';
import './timeline/define.js';
import './badge/define.js';

export * from './classes.js';
