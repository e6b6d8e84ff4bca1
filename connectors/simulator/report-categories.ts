/** Field-report stages and categories, with the due times a province might set (the simulator's own choice). */

/** Lifecycle of an open report, as on Hue-S; "overdue" is derived from the due time, not stored. */
export const reportStages = ['new', 'verified', 'assigned', 'in-progress'] as const;
export type ReportStage = (typeof reportStages)[number];

export const stageNames: Record<ReportStage, string> = {
  new: 'mới tiếp nhận',
  verified: 'đã xác minh',
  assigned: 'đã chuyển đơn vị xử lý',
  'in-progress': 'đang xử lý',
};

interface Category {
  readonly name: string;
  readonly weight: number;
  /** Due time after receipt, set per category by the province. */
  readonly slaHours: number;
  /** Mean work time once a unit is on it, in office hours. */
  readonly fixHours: number;
  readonly urgent: boolean;
}

export const categories: readonly Category[] = [
  { name: 'rác thải', weight: 25, slaHours: 24, fixHours: 6, urgent: false },
  { name: 'hư hỏng đèn chiếu sáng', weight: 12, slaHours: 48, fixHours: 12, urgent: false },
  { name: 'hư hỏng mặt đường', weight: 12, slaHours: 72, fixHours: 24, urgent: false },
  { name: 'lấn chiếm vỉa hè, lòng đường', weight: 15, slaHours: 48, fixHours: 10, urgent: false },
  { name: 'cây xanh gãy đổ', weight: 8, slaHours: 8, fixHours: 2, urgent: true },
  { name: 'ngập úng cục bộ', weight: 6, slaHours: 8, fixHours: 3, urgent: true },
  { name: 'tiếng ồn', weight: 10, slaHours: 24, fixHours: 5, urgent: false },
  { name: 'xây dựng không phép', weight: 7, slaHours: 120, fixHours: 40, urgent: false },
  { name: 'sự cố cấp nước', weight: 5, slaHours: 24, fixHours: 8, urgent: false },
];
