import { z } from 'zod';
import { optionTextsSchema } from './option-meta.js';

/** Stands for the instance's id in a series prefix: "portal.{instance}." is "portal.dvc." for instance dvc. */
export const INSTANCE_PLACEHOLDER = '{instance}';

/**
 * What a connector type brings, declared once in its definition, shown in the console before an
 * instance is added, and held to by the host: a series, record or alert outside it is rejected.
 */
export const connectorProducesSchema = z.object({
  series: z.array(z.object({ prefix: z.string().min(2).max(100), label: optionTextsSchema })).default([]),
  records: z.array(z.object({ kind: z.string().min(1).max(50), label: optionTextsSchema })).default([]),
  alerts: z.array(z.object({ category: z.string().min(1).max(50), label: optionTextsSchema })).default([]),
});
export type ConnectorProduces = z.infer<typeof connectorProducesSchema>;
export type ConnectorProducesInput = z.input<typeof connectorProducesSchema>;

/** Why an instance may not emit this, or undefined when its type declared it. */
export function outsideProduces(produces: ConnectorProduces, instanceId: string, item: { seriesId: string } | { recordKind: string } | { alertCategory: string }): string | undefined {
  if ('seriesId' in item) {
    const prefixes = produces.series.map((s) => s.prefix.replaceAll(INSTANCE_PLACEHOLDER, instanceId));
    return prefixes.some((p) => item.seriesId.startsWith(p)) ? undefined : `series "${item.seriesId}" is outside the declared prefixes ${prefixes.map((p) => `"${p}"`).join(', ') || '(none)'}`;
  }
  if ('recordKind' in item) {
    const kinds = produces.records.map((r) => r.kind);
    return kinds.includes(item.recordKind) ? undefined : `record kind "${item.recordKind}" is not declared (declared: ${kinds.join(', ') || 'none'})`;
  }
  const categories = produces.alerts.map((a) => a.category);
  return categories.includes(item.alertCategory) ? undefined : `alert category "${item.alertCategory}" is not declared (declared: ${categories.join(', ') || 'none'})`;
}
