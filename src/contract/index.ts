export type * from './types.js';
export { ContractError, Reader } from './reader.js';
export { indexSchema, readIndex } from './index-schema.js';
export { productSchema, readProduct } from './product-schema.js';
export { SLUG_PATTERN, safeUrl } from './rules.js';
