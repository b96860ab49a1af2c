import { define } from '../define.js';
import { SpCompare } from './sp-compare.js';

define('sp-compare', SpCompare);
