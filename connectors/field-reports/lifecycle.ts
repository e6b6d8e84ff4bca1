import { fieldReportOpenStatuses } from '../../common/records/record-facts.js';

/**
 * The life cycle of a field report on Hue-S (domain.md §3, a synthesis of the HueIOC pages, not a national
 * standard): new → verified | rejected → assigned → in_progress → resolved → published → rated, plus
 * returned (sent back to be re-routed). "Overdue" is derived from the due time and never stored as a status.
 */
export const lifecycleStatuses = [
  'new',
  'verified',
  'rejected',
  'assigned',
  'in_progress',
  'returned',
  'resolved',
  'published',
  'rated',
] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/** Still being handled: the SLA clock runs and the report counts as open. Open311 says "open" for these. */
export const openStatuses = fieldReportOpenStatuses satisfies readonly LifecycleStatus[];
export type OpenStatus = (typeof openStatuses)[number];

/** Handled to the end; `rejected` is closed too but was never resolved, so it stays out of resolution times. */
const resolvedStatuses: readonly LifecycleStatus[] = ['resolved', 'published', 'rated'];

export function isOpen(status: LifecycleStatus): status is OpenStatus {
  return (openStatuses as readonly LifecycleStatus[]).includes(status);
}

export function isResolved(status: LifecycleStatus): boolean {
  return resolvedStatuses.includes(status);
}

/** How an operator reads each status on the wall. */
export const statusLabels: Record<LifecycleStatus, string> = {
  new: 'Mới tiếp nhận',
  verified: 'Đã xác minh',
  rejected: 'Từ chối',
  assigned: 'Đã chuyển xử lý',
  in_progress: 'Đang xử lý',
  returned: 'Trả lại',
  resolved: 'Đã xử lý xong',
  published: 'Đã công khai kết quả',
  rated: 'Đã đánh giá',
};
