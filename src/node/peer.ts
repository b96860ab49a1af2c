/// <reference types="node" />
// The optional peer dependencies: what only the `sparkpulse` command and
// server rendering use (@lit-labs/ssr, badge-maker). Browser apps do not
// install them; the code that needs one imports it when it runs, and says
// what to install when it is missing.

/** An optional peer dependency that is not installed, and how to install it. */
export class MissingPeerError extends Error {
  override name = 'MissingPeerError';
  constructor(
    readonly peer: string,
    feature: string,
  ) {
    super(`${feature} needs ${peer}, which is not installed (an optional peer dependency of @sparkpulse/widgets): run \`npm install ${peer}\``);
  }
}

/**
 * `load()`, the import of the optional peer `peer`, which `feature` needs; a
 * MissingPeerError when it cannot be found. Other errors pass through.
 */
export async function importPeer<T>(peer: string, feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'ERR_MODULE_NOT_FOUND' && String(message).includes(`'${peer}'`)) throw new MissingPeerError(peer, feature);
    throw error;
  }
}
