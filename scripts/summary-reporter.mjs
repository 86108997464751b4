// Ends a web-test-runner run with a plain "wtr: N passed, N failed, N skipped" line, so a run that
// executed no test is plain to see, the slowest files (where the suite's time goes), and each failed
// test with its file and error, so the end of a long log says what failed.
function count(results, tally, file, path = []) {
  for (const test of results?.tests ?? []) {
    tally.seconds.set(file, (tally.seconds.get(file) ?? 0) + (test.duration ?? 0) / 1000);
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else {
      tally.failed++;
      tally.failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const suite of results?.suites ?? []) count(suite, tally, file, [...path, suite.name]);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0, failures: [], seconds: new Map() };
      for (const session of sessions) {
        const file = `${session.browser.name} ${session.testFile}`;
        count(session.testResults, tally, file);
        if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          tally.failed++;
          tally.failures.push(`${file}: ${session.errors.map((error) => error.message).join('; ')}`);
        }
      }
      console.log(`wtr: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
      const slowest = [...tally.seconds].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`wtr: slowest files: ${slowest.map(([file, seconds]) => `${file.replace(process.cwd() + '/', '')} ${seconds.toFixed(0)} s`).join(', ')}`);
      for (const failure of tally.failures) console.log(`wtr: FAILED ${failure.split('\n')[0]}`);
    },
  };
}
