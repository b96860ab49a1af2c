import { expect } from '@open-wc/testing';
import { FetchError } from '../../src/client/errors.js';
import { ContractError } from '../../src/contract/reader.js';
import { failureReason } from '../../src/text/reasons.js';
import { englishWords } from '../../src/text/words.js';

const words = englishWords();

describe('failureReason', () => {
  const url = 'https://data.example/v1/index.json';

  for (const [error, reason] of [
    [new FetchError('endpoint', 'http://[', 'bad'), 'the endpoint URL is not valid'],
    [new FetchError('timeout', url, 'slow'), 'the server did not answer in time'],
    [new FetchError('network', url, 'down'), 'the server could not be reached'],
    [new FetchError('not-json', url, 'html'), 'the server did not send JSON'],
    [new FetchError('http', url, 'failed', 502), 'the server answered HTTP 502'],
    [new ContractError('index.json', 'products[2].velocity', 'expected number'), 'the data is not in the expected format'],
    [new TypeError('x is undefined'), 'something went wrong'],
  ] as const) {
    it(`says "${reason}" for a ${error.name} (${error.message})`, () => {
      expect(failureReason(error, words)).to.equal(reason);
    });
  }

  it('never shows the URL or field path to the reader', () => {
    const reasons = [new FetchError('http', url, `${url} answered HTTP 500`, 500)].map((error) => failureReason(error, words));
    expect(reasons.join(' ')).not.to.contain('data.example');
  });
});
