export { DataClient, NOT_FOUND, sharedClient, type ClientOptions } from './client.js';
export { DEFAULT_ENDPOINT, ENDPOINT_META, resolveEndpoint } from './endpoint.js';
export { FetchError, type FetchProblem } from './errors.js';
