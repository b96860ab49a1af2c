// Placeholder until the translation lands: the English terms.
import { en, type Translation } from './en.js';

const translation: Translation = { ...en, $code: 'ar', $name: 'ar', $dir: 'rtl' };
export default translation;
