import { FetchError, type FetchProblem } from '../client/errors.js';
import { ContractError } from '../contract/reader.js';
import type { TermKey } from './catalogue/en.js';
import type { Words } from './words.js';

const reasons: Record<FetchProblem, TermKey> = {
  endpoint: 'reasonEndpoint',
  timeout: 'reasonTimeout',
  network: 'reasonNetwork',
  http: 'reasonHttp',
  'not-json': 'reasonNotJson',
  'too-large': 'reasonTooLarge',
};

/**
 * Why loading failed, in a few words a reader can take in. The full detail,
 * with URL and field path, stays on the error for the console and sp-error.
 */
export function failureReason(error: Error, words: Words): string {
  if (error instanceof ContractError) return words.t('reasonContract');
  if (!(error instanceof FetchError)) return words.t('reasonUnknown');
  return words.t(reasons[error.problem], { status: error.status ?? '' });
}
