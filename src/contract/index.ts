export type * from './types.js';
export { ContractError, Reader } from './reader.js';
export { readIndex } from './documents.js';
export { readProduct } from './product.js';
export { SLUG_PATTERN, safeUrl } from './rules.js';
