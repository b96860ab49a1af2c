export * from './schema.js';
export { ContractError, formatPath, parseDocument } from './validate.js';
