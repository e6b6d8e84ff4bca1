/** A rate with the counts behind it, so a tile can show "97 / 100" beside "97%". */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** Percent rounded to 2 decimals; null when the denominator is 0, which the tile shows as N/A. */
  rate: number | null;
}

/**
 * numerator / denominator × factor × 100, rounded to 2 decimals as the 766 formula document proposes
 * ("Làm tròn: đề xuất 2 chữ số thập phân"); a zero denominator is "0 hoặc N/A" there [S2c]: we give null.
 */
export function ratio(numerator: number, denominator: number, factor = 1): Ratio {
  // Scaling the integer numerator before the one division keeps 2/3 at 66.67, not 66.66999….
  const rate = denominator === 0 ? null : Math.round((numerator * 10_000 * factor) / denominator) / 100;
  return { numerator, denominator, rate };
}
