import { z } from 'zod';
import { scoreGroups } from './config.js';

/**
 * The DVCQG evaluation answers (domain.md 1.4 [S2d][S2e]), reverse-engineered and undocumented ⚠: every field
 * but the envelope is optional so that a new field or a missing one does not lose the rest.
 */
const score = z.number().finite().nullish();

export const departmentRowSchema = z.object({
  departmentId: z.union([z.string(), z.number()]).optional(),
  departmentCode: z.string().max(50).optional(),
  departmentName: z.string().max(300).optional(),
  totalScore: score,
  totalMaxScore: score,
  ratio: score,
  scoreDelta: score,
  groupScores: z.object(Object.fromEntries(scoreGroups.map((g) => [g, score])) as Record<(typeof scoreGroups)[number], typeof score>).partial().nullish(),
  /** The per-unit statistics of the "đánh giá chất lượng phục vụ" page (domain.md 1.2 [S2d]); `ratio` is on time. */
  totalReceived: score,
  totalCompleted: score,
  avgProcessingDays: score,
  channelOnlineSum: score,
  channelTotalSum: score,
  totalDossierOnlinePaymentSuccess: score,
  totalDossierFinancialObligation: score,
  metrics: z
    .array(z.object({ code: z.string().max(50), name: z.string().max(500).optional(), ratio: score, score, maxScore: score }))
    .nullish(),
});
export type DepartmentRow = z.output<typeof departmentRowSchema>;

/** `overview`/`evaluation` on service-results, `parent`/`children` on the trees; rows are checked one by one. */
export const reportResponseSchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  data: z
    .object({
      overview: z.unknown().optional(),
      parent: z.unknown().optional(),
      evaluation: z.array(z.unknown()).optional(),
      children: z.array(z.unknown()).optional(),
    })
    .nullish(),
});
