import type { DocumentStatus } from './document.js';

/**
 * edXML StatusCode values an LGSP client uses (domain.md §2.2) and the status each sets. 15 is the receiver
 * agreeing to a recall, so the document is withdrawn; 16 refuses the recall and leaves the status as it was.
 * The other codes of 01 to 16 are sent too, but what they mean was not found in a source: they are known codes
 * that change nothing here (isStatusCode).
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

/** A code of the edXML status range, 01 to 16, whether or not `statusCodes` says what it means. */
export const isStatusCode = (code: string): boolean => /^(0[1-9]|1[0-6])$/.test(code);
