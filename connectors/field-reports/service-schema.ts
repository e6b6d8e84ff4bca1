import { z } from 'zod';
import { identifier, optionalText } from './open311-fields.js';

/** One entry of `GET services.{json|xml}` (wiki.open311.org/GeoReport_v2): the categories citizens pick. */
export const open311ServiceSchema = z
  .object({
    service_code: identifier,
    service_name: optionalText,
    group: optionalText,
  })
  .transform((s) => ({ code: s.service_code, name: s.service_name ?? s.service_code, group: s.group }));

export type Open311Service = z.output<typeof open311ServiceSchema>;
