// Ends the run with one plain line, "N passed, N failed, N skipped", that CI summaries can read.
// A test file that could not run at all (syntax error, failing setup) counts as one failure.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenFiles = results.testResults.filter((file) => file.testExecError).length;
    const failed = results.numFailedTests + brokenFiles;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
