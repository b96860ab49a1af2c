// The widgets the builder previews register as they do on their own, so a
// page that also shows them gets one definition of each.
import '../compare/define.js';
import '../timeline/define.js';
import '../badge/define.js';
import { define } from '../define.js';
import { SpEmbedBuilder } from './sp-embed-builder.js';

define('sp-embed-builder', SpEmbedBuilder);
