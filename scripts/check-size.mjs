#!/usr/bin/env node
// Fails the build when a bundle grows past its budget in size-budget.json.
// Budgets are gzip -9 bytes; raw and brotli are printed for context only.
//
//   node scripts/check-size.mjs    # after npm run build

import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatTable, kib, ROOT, sizeRows } from './sizes.mjs';

const BUDGET_FILE = join(ROOT, 'size-budget.json');

async function readBudgets() {
  try {
    return JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`Could not read ${BUDGET_FILE}: ${error.message}`);
  }
}

/** Budget entries that name no measured figure: a typo there would silently check nothing. */
function unknownBudgets(budgets, rows) {
  const known = new Set(rows.map((row) => `${row.group}.${row.key}`));
  return ['loader', 'npm'].flatMap((group) =>
    Object.keys(budgets[group] ?? {})
      .map((key) => `${group}.${key}`)
      .filter((name) => !known.has(name)),
  );
}

/** `[verdict, problem or undefined]` for one measured row against its budget. */
function judge(row, budget) {
  if (budget === undefined) {
    // Every npm entry needs a budget, so a new entry cannot grow unchecked.
    if (row.group === 'npm') return ['NO BUDGET', `${row.name} has no budget: add npm["${row.key}"] to size-budget.json`];
    return ['', undefined];
  }
  if (!Number.isInteger(budget) || budget <= 0) {
    return ['BAD BUDGET', `size-budget.json: ${row.group}["${row.key}"] must be a whole number of bytes, not ${JSON.stringify(budget)}`];
  }
  const over = row.gzip - budget;
  if (over > 0) return [`OVER by ${over} B`, `${row.name} is ${row.gzip} B gzipped, over its budget of ${budget} B by ${over} B`];
  return ['ok', undefined];
}

async function main() {
  const budgets = await readBudgets();
  const { manifest, rows } = await sizeRows();
  const problems = [];
  const table = rows.map((row) => {
    const budget = budgets[row.group]?.[row.key];
    const [verdict, problem] = judge(row, budget);
    if (problem) problems.push(problem);
    return [row.name, row.raw, row.gzip, row.brotli, budget === undefined ? '' : `${budget} (${kib(budget)})`, verdict];
  });
  for (const name of unknownBudgets(budgets, rows)) {
    problems.push(`size-budget.json has a budget for ${name}, which is not measured (a typo, or a removed entry?)`);
  }

  console.log('Bundle sizes in bytes; budgets apply to gzip -9 (size-budget.json)');
  console.log(
    manifest
      ? `Loader paths from ${relative(ROOT, manifest)}.`
      : 'No dist/cdn/manifest.json: dist/sparkpulse.js counts as every loader path.',
  );
  console.log(formatTable(['bundle', 'raw', 'gzip', 'brotli', 'gzip budget', 'verdict'], table, 'lrrrrl'));

  if (problems.length > 0) {
    console.error(`\nSize check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery bundle is within its budget.');
  }
}

main().catch((error) => {
  console.error(`check-size: ${error.message}`);
  process.exitCode = 1;
});
