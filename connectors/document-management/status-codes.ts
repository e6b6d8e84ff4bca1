import type { DocumentStatus } from './document.js';

/**
 * edXML StatusCode values an LGSP client uses (domain.md §2.2) and the status each sets. 15 is the receiver
 * agreeing to a recall, so the document is withdrawn; 16 refuses the recall and leaves the status as it was.
 */
export const statusCodes: Readonly<Record<string, { label: string; status: DocumentStatus | undefined }>> = {
  '01': { label: 'đã đến', status: 'received' },
  '02': { label: 'từ chối', status: 'refused' },
  '03': { label: 'đã tiếp nhận', status: 'accepted' },
  '04': { label: 'phân công', status: 'assigned' },
  '05': { label: 'đang xử lý', status: 'in-progress' },
  '06': { label: 'hoàn thành', status: 'done' },
  '13': { label: 'lấy lại', status: 'withdrawn' },
  '15': { label: 'đồng ý thu hồi/cập nhật', status: 'withdrawn' },
  '16': { label: 'từ chối thu hồi/cập nhật', status: undefined },
};
