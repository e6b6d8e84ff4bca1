/** What one feed read in a poll. */
export interface FeedRead {
  /** The cursor to save once what was read is published; undefined holds it where it is. */
  cursor: number | undefined;
  /** A line for the health message when some items were refused. */
  problem?: string;
}

/** The first three items for a health message, and an ellipsis when there are more. */
export const shortList = (items: readonly string[]): string => items.slice(0, 3).join(' | ') + (items.length > 3 ? ' | …' : '');
