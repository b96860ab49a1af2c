// Placeholder until the translation lands: the English terms.
import { en, type Translation } from './en.js';

const translation: Translation = { ...en, $code: 'pt-br', $name: 'pt-br', $dir: 'ltr' };
export default translation;
