import { FetchError } from '../client/errors.js';
import { ContractError } from '../contract/validate.js';

/**
 * Why loading failed, in a few words a reader can take in. The full detail,
 * with URL and field path, stays on the error for the console and sp-error.
 */
export function failureReason(error: Error): string {
  if (error instanceof ContractError) return 'the data is not in the expected format';
  if (!(error instanceof FetchError)) return 'something went wrong';
  switch (error.problem) {
    case 'endpoint':
      return 'the endpoint URL is not valid';
    case 'timeout':
      return 'the server did not answer in time';
    case 'network':
      return 'the server could not be reached';
    case 'not-json':
      return 'the server did not send JSON';
    case 'http':
      return `the server answered HTTP ${error.status}`;
  }
}
