// Writes the run's totals to a file, so .ci/run can end with "N passed, N failed",
// and names each failure, so a CI log cut short at the top still says what broke.
import { relative } from 'node:path';
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, trail) {
  if (!suite) return;
  for (const test of suite.tests) {
    totals.durations[file] = (totals.durations[file] ?? 0) + (test.duration ?? 0);
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${file}: ${[...trail, test.name].join(' > ')}`);
    }
  }
  for (const child of suite.suites) count(child, totals, file, [...trail, child.name]);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [], durations: {} };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        const testFile = relative(process.cwd(), session.testFile);
        count(session.testResults, totals, testFile, []);
        // A file that failed to load ran no test: count it as one failure.
        if (!session.passed && totals.passed + totals.failed === before) {
          totals.failed++;
          totals.failures.push(`${testFile}: did not load`);
        }
      }
      // The slowest files first: where to look when the suite's time grows.
      totals.durations = Object.fromEntries(Object.entries(totals.durations).sort((x, y) => y[1] - x[1]));
      writeFileSync(file, JSON.stringify(totals, null, 1));
    },
  };
}
