// Placeholder until the translation lands: the English terms.
import { en, type Translation } from './en.js';

const translation: Translation = { ...en, $code: 'zh-cn', $name: 'zh-cn', $dir: 'ltr' };
export default translation;
