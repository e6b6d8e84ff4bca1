import { z } from 'zod';
import { departmentOf, type Department } from './department.js';

export const urgencies = ['thuong', 'khan', 'thuong-khan', 'hoa-toc'] as const;
export const confidentialities = ['thuong', 'mat', 'toi-mat', 'tuyet-mat'] as const;
/** A document's processing state, from the REST list or from an edXML status packet (status-codes.ts). */
export const documentStatuses = ['received', 'accepted', 'assigned', 'in-progress', 'done', 'refused', 'withdrawn'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** How the wall names each status, in the words of the edXML status codes (status-codes.ts). */
export const documentStatusLabels: Readonly<Record<DocumentStatus, string>> = {
  received: 'Đã đến',
  accepted: 'Đã tiếp nhận',
  assigned: 'Đã phân công',
  'in-progress': 'Đang xử lý',
  done: 'Hoàn thành',
  refused: 'Từ chối',
  withdrawn: 'Đã thu hồi',
};

/** Shown instead of the summary of a Mật, Tối mật or Tuyệt mật document: the wall is seen by anyone in the room. */
export const CONFIDENTIAL_SUMMARY = '(Văn bản mật)';

const time = z.iso.datetime({ offset: true, error: 'must be an ISO date-time with an offset' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
const text = (max: number) => z.string({ error: 'must be text' }).min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** One item of `GET documents` as the adapter sends it (docs/connectors/document-management.md). */
export const documentItemSchema = z.object({
  id: text(200),
  number: text(100),
  issuer: text(300),
  type: text(100),
  direction: oneOf(['incoming', 'outgoing']),
  urgency: oneOf(urgencies),
  confidentiality: oneOf(confidentialities),
  signedAt: time,
  receivedAt: time,
  summary: z.string({ error: 'must be text' }).max(4000, 'must be at most 4000 characters'),
  department: text(100),
  deadline: time.optional(),
  status: oneOf(documentStatuses),
  completedAt: time.optional(),
  electronic: z.boolean({ error: 'must be true or false' }),
  /** When the document last changed in the source: the documents cursor follows these times, not this machine's clock. */
  updatedAt: time,
});
export type DocumentItem = z.output<typeof documentItemSchema>;

export interface Doc {
  id: string;
  number: string;
  issuer: string;
  type: string;
  direction: 'incoming' | 'outgoing';
  urgency: (typeof urgencies)[number];
  confidentiality: (typeof confidentialities)[number];
  signedAt: number;
  receivedAt: number;
  /** Already replaced for confidential documents: the raw summary never leaves toDoc. */
  summary: string;
  department: Department;
  deadline?: number;
  status: DocumentStatus;
  completedAt?: number;
  /** Received and processed in the system from end to end, with no paper copy. */
  electronic: boolean;
  /** When the document last changed in its source: the REST list's updatedAt or the latest status packet applied. */
  updatedAt: number;
}

/** Done, refused and withdrawn documents need no more work: never in progress, never overdue. */
export const isClosed = (status: DocumentStatus): boolean => status === 'done' || status === 'refused' || status === 'withdrawn';

export function toDoc(item: DocumentItem, departments: Readonly<Record<string, string>> | undefined): Doc {
  return {
    id: item.id,
    number: item.number,
    issuer: item.issuer,
    type: item.type,
    direction: item.direction,
    urgency: item.urgency,
    confidentiality: item.confidentiality,
    signedAt: Date.parse(item.signedAt),
    receivedAt: Date.parse(item.receivedAt),
    summary: item.confidentiality === 'thuong' ? item.summary : CONFIDENTIAL_SUMMARY,
    department: departmentOf(item.department, departments),
    ...(item.deadline === undefined ? {} : { deadline: Date.parse(item.deadline) }),
    status: item.status,
    ...(item.completedAt === undefined ? {} : { completedAt: Date.parse(item.completedAt) }),
    electronic: item.electronic,
    updatedAt: Date.parse(item.updatedAt),
  };
}

/** overdue = now > hạn xử lý and not done (domain.md §2.1). */
export const isOverdue = (d: Doc, now: number): boolean => d.deadline !== undefined && !isClosed(d.status) && now > d.deadline;

/** late = completedAt > hạn xử lý (domain.md §2.1). */
export const isLate = (d: Doc): boolean => d.deadline !== undefined && d.completedAt !== undefined && d.completedAt > d.deadline;
