import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test was skipped: a skip without its reason hides a missing part. */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const why = test.annotations.filter((a) => a.type === 'skip').map((a) => a.description ?? '(no reason given)');
    const reason = why.join('; ') || '(no reason given)';
    this.reasons.set(reason, [...(this.reasons.get(reason) ?? []), test.title]);
  }

  onEnd(_result: FullResult): void {
    for (const [reason, titles] of this.reasons) console.log(`skipped ${titles.length}: ${reason}\n  ${titles.join('\n  ')}`);
  }
}
