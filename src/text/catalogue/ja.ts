// Placeholder until the translation lands: the English terms.
import { en, type Translation } from './en.js';

const translation: Translation = { ...en, $code: 'ja', $name: 'ja', $dir: 'ltr' };
export default translation;
