// Writes the run's totals to a file, so .ci/run can end with "N passed, N failed".
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        // A file that failed to load ran no test: count it as one failure.
        if (!session.passed && totals.passed + totals.failed === before) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
