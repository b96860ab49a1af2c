// The `sparkpulse` command as the tests run it: in Node, through
// test/server/cli-runner.mjs, on endpoints that runner writes into temporary
// folders and serves on 127.0.0.1.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface Endpoint {
  dir: string;
  url: string;
}

export interface EndpointRequest {
  /** Documents that differ from the sample's: their text, or null to leave the document out. */
  files?: Record<string, string | null>;
  /** Documents the server answers with this HTTP status, never answers, or fails as a kind of server does (cli-runner.mjs). */
  answers?: Record<string, number | 'hang' | 'slow' | 'huge' | 'endless' | 'gzip-bomb' | 'redirect-loop' | 'html'>;
  /** A generated endpoint instead of the sample. */
  generate?: { products: number; items: number };
}

/** How many products demo/endpoint/index.json lists. */
export const SAMPLE_PRODUCTS = 11;
/** A Node stack frame, "    at main (file:///…/main.js:12:3)", or an uncaught error's first line. */
export const STACK_TRACE = /^\s+at \S|^\w*Error: /m;

/** `sparkpulse <args>`, from the repository's root. */
export const cli = (...args: string[]) => executeServerCommand<Run, { args: string[] }>('run-cli', { args });
/** An endpoint in a temporary folder, served too: the sample's documents, changed as asked. */
export const endpoint = (request: EndpointRequest = {}) => executeServerCommand<Endpoint, EndpointRequest>('cli-endpoint', request);
