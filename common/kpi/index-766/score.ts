/**
 * The rate (percent) that earns an indicator's full points, by its code in the 766 formula document
 * [S2c]; 3.6 from the payment-indicator code [S2f]. 2.1 and the other indicators have none published.
 */
export const fullScoreRate = {
  /** TTHC offering online services. */
  '3.1': 80,
  /** Online submission rate. */
  '3.3': 50,
  /** TTHC with fees integrated with DVCQG payment. */
  '3.5': 80,
  /** Online payment rate. */
  '3.6': 100,
  /** Digitisation rate. */
  '4.2': 80,
  /** Reuse of digitised data. */
  '4.3': 80,
  /** Satisfaction with TTHC. */
  '5.4': 90,
} as const;

/** Points of the online-payment group TTTT (10) by indicator [S2f]; other groups' splits are unconfirmed. */
export const paymentPoints = { '3.5': 2, '3.5b': 2, '3.6': 6 } as const;

/**
 * min(max, rate / threshold × max) [S2c]; a rate without a denominator earns nothing. Not rounded:
 * sub-scores are for display, DVCQG's group score is the authority (domain.md 1.3).
 */
export function score(rate: number | null, threshold: number, max: number): number {
  if (!(threshold > 0)) throw new RangeError(`threshold must be above 0, got ${threshold}`);
  return rate === null ? 0 : Math.min(max, (rate / threshold) * max);
}
