// The script-tag build: registers every element and exports nothing.
import './compare/define.js';
import './timeline/define.js';
import './badge/define.js';
