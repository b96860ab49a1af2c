export { CACHE_META, DataClient, NOT_FOUND, sharedClient, type ClientOptions, type ReadDocument } from './client.js';
export { loadIndex } from './index-document.js';
export { loadProduct } from './product.js';
export { DEFAULT_ENDPOINT, ENDPOINT_META, resolveEndpoint } from './endpoint.js';
export { FetchError, type FetchProblem } from './errors.js';
export { MAX_BODY_BYTES } from './fetch-text.js';
export type { RetryOptions } from './retry.js';
