import { z } from 'zod';
import { epochMsSchema, idSchema } from './ids.js';

/** Ordered from most to least severe. */
export const severities = ['critical', 'major', 'minor', 'info'] as const;
export const severitySchema = z.enum(severities);
export type Severity = z.infer<typeof severitySchema>;

export const alertStatusSchema = z.enum(['open', 'acknowledged', 'assigned', 'resolved']);
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/** What a connector raises; the host gives it an id, status and times. */
export const alertInputSchema = z.object({
  /** The source's own id, so a re-sent alert updates instead of duplicating. */
  sourceRef: z.string().min(1).max(200),
  severity: severitySchema,
  /** Service area: "traffic", "security", "aqi", "infosec", "field-report", "dossier", "document". */
  category: z.string().min(1).max(50),
  title: z.string().min(1).max(300),
  description: z.string().max(4000).default(''),
  location: z.string().max(300).default(''),
  raisedAt: epochMsSchema,
});
export type AlertInput = z.input<typeof alertInputSchema>;

export const alertSchema = alertInputSchema.extend({
  id: idSchema,
  source: z.string(),
  status: alertStatusSchema,
  assignee: z.string().max(100).optional(),
  updatedAt: epochMsSchema,
});
export type Alert = z.infer<typeof alertSchema>;

export const alertActionSchema = z.enum(['raised', 'updated', 'acknowledged', 'assigned', 'resolved']);
export const alertHistoryEntrySchema = z.object({
  alertId: idSchema,
  at: epochMsSchema,
  action: alertActionSchema,
  actor: z.string(),
  note: z.string().default(''),
});
export type AlertHistoryEntry = z.infer<typeof alertHistoryEntrySchema>;
