import { FetchError, type FetchProblem } from '../client/errors.js';
import { ContractError } from '../contract/reader.js';

const reasons: Record<Exclude<FetchProblem, 'http'>, string> = {
  endpoint: 'the endpoint URL is not valid',
  timeout: 'the server did not answer in time',
  network: 'the server could not be reached',
  'not-json': 'the server did not send JSON',
  'too-large': 'the data is too large',
};

/**
 * Why loading failed, in a few words a reader can take in. The full detail,
 * with URL and field path, stays on the error for the console and sp-error.
 */
export function failureReason(error: Error): string {
  if (error instanceof ContractError) return 'the data is not in the expected format';
  if (!(error instanceof FetchError)) return 'something went wrong';
  return error.problem === 'http' ? `the server answered HTTP ${error.status}` : reasons[error.problem];
}
