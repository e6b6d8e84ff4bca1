import { z } from 'zod';

/** Stable identifiers saved in files and URLs: lowercase letters, digits, dot, dash, underscore. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must start with a letter or digit and hold only a-z, 0-9, ".", "-", "_"');

/** Milliseconds since the Unix epoch. */
export const epochMsSchema = z.number().int().nonnegative();

/** A name shown to people; Vietnamese by default. */
export const labelSchema = z.string().min(1).max(200);
