// Checks that every package the lockfile installs accepts the Node versions
// this repository is developed on (docs/development.md): a dev tool whose
// `engines` leaves out Node 20 makes `npm install` print EBADENGINE there and
// may break on it. Reads package-lock.json only; no network.
//
//   node scripts/check-engines.mjs            # exit 1 and a list when one does not fit
//   node scripts/check-engines.mjs --node 22.12.0
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The oldest Node the repository is developed on; also the running one, when it is a 20. */
export const DEVELOPMENT_NODE = '20.19.0';

const parts = (version) => version.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : undefined));

function compare(a, b) {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Whether `version` (x.y.z) is in the npm `range`, in the forms package engines use: >=, >, <=, <, ^, ~, =, x and *, and ||. */
export function satisfies(version, range) {
  const v = parts(version);
  return range.split('||').some((alternative) => {
    const comparators = alternative.trim().replace(/([<>]=?|[\^~=])\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.every((comparator) => {
      const [, op = '', rest] = /^(>=|<=|>|<|\^|~|=)?v?(.*)$/.exec(comparator);
      const base = parts(rest.replace(/\.$/, ''));
      const given = base.findIndex((part) => part === undefined);
      const fixed = given === -1 ? base.length : given; // how many leading parts are numbers (x, * and missing are wildcards)
      const order = compare(v, base);
      switch (op) {
        case '>=':
          return order >= 0;
        case '>':
          return fixed === 0 ? false : compare(v.slice(0, fixed), base.slice(0, fixed)) > 0;
        case '<=':
          return fixed === 0 ? true : compare(v.slice(0, fixed), base.slice(0, fixed)) <= 0;
        case '<':
          return order < 0;
        case '^': {
          const lead = base.findIndex((part) => part !== 0);
          const keep = Math.min(lead === -1 ? fixed : lead + 1, fixed);
          return order >= 0 && v.slice(0, keep).every((part, i) => part === base[i]);
        }
        case '~':
          return order >= 0 && v.slice(0, Math.min(fixed, 2) || 1).every((part, i) => part === base[i]);
        default:
          return v.slice(0, fixed).every((part, i) => part === base[i]);
      }
    });
  });
}

/** The lockfile's packages whose `engines.node` excludes `node`: [{ path, name, version, range }]. */
export function misfits(lock, node) {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path && typeof entry.engines?.node === 'string' && !satisfies(node, entry.engines.node))
    .map(([path, entry]) => ({ path, name: entry.name ?? path.replace(/^.*node_modules\//, ''), version: entry.version, range: entry.engines.node }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--node');
  const running = process.versions.node;
  const versions = at > 0 ? [process.argv[at + 1]] : [...new Set([DEVELOPMENT_NODE, ...(running.startsWith('20.') ? [running] : [])])];
  const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
  let failed = false;
  for (const node of versions) {
    const found = misfits(lock, node);
    for (const { path, version, range } of found) console.error(`${path}@${version} wants Node ${range}, which leaves out ${node}`);
    if (found.length) failed = true;
    else console.log(`Every package in package-lock.json accepts Node ${node}.`);
  }
  process.exitCode = failed ? 1 : 0;
}
