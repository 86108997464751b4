// Ends a web-test-runner run with a plain "wtr: N passed, N failed, N skipped" line, so a run that
// executed no test is plain to see.
function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) tally.failed++;
      }
      console.log(`wtr: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    },
  };
}
