import { describe, expect, it } from 'vitest';
import { mapStatus } from './status-mapping.js';

describe('mapStatus', () => {
  it.each([
    // Plain GeoReport v2: open and closed only.
    [{ status: 'open' }, 'new'],
    [{ status: 'closed' }, 'resolved'],
    [{ status: 'OPEN' }, 'new'],
    // The IOC extension field is the most precise.
    [{ status: 'open', iocStatus: 'in_progress' }, 'in_progress'],
    [{ status: 'open', iocStatus: 'In-Progress' }, 'in_progress'],
    [{ status: 'open', iocStatus: 'returned' }, 'returned'],
    [{ status: 'closed', iocStatus: 'rated' }, 'rated'],
    [{ status: 'closed', iocStatus: 'rejected' }, 'rejected'],
    [{ status: 'fixed', iocStatus: 'published' }, 'published'],
    // mySociety extended states in the status field.
    [{ status: 'for_triage' }, 'new'],
    [{ status: 'investigating' }, 'verified'],
    [{ status: 'action_scheduled' }, 'assigned'],
    [{ status: 'planned' }, 'assigned'],
    [{ status: 'in_progress' }, 'in_progress'],
    [{ status: 'internal_referral' }, 'returned'],
    [{ status: 'fixed' }, 'resolved'],
    [{ status: 'duplicate' }, 'rejected'],
    [{ status: 'not_councils_responsibility' }, 'rejected'],
    [{ status: 'no_further_action' }, 'rejected'],
    [{ status: 'cancelled' }, 'rejected'],
    // A label at the start of the notes.
    [{ status: 'open', statusNotes: 'Đang xử lý: Công ty Môi trường đã nhận' }, 'in_progress'],
    [{ status: 'open', statusNotes: 'Đã chuyển xử lý - giao UBND phường' }, 'assigned'],
    [{ status: 'open', statusNotes: 'Đã xác minh' }, 'verified'],
    [{ status: 'open', statusNotes: 'Trả lại: sai đơn vị' }, 'returned'],
    [{ status: 'closed', statusNotes: 'Đã xử lý xong: đã thu gom' }, 'resolved'],
    [{ status: 'closed', statusNotes: 'Đã công khai kết quả' }, 'published'],
    [{ status: 'closed', statusNotes: 'Đã đánh giá: hài lòng' }, 'rated'],
    [{ status: 'closed', statusNotes: 'Từ chối: trùng lặp' }, 'rejected'],
    [{ status: 'open', statusNotes: 'assigned: to the ward' }, 'assigned'],
    // Notes on the wrong side of open/closed, or that only contain a label later on, are ignored.
    [{ status: 'open', statusNotes: 'Đã xử lý xong' }, 'new'],
    [{ status: 'open', statusNotes: 'Người dân hỏi: đang xử lý chưa?' }, 'new'],
    [{ status: 'closed', statusNotes: 'Đã xử lý xongxuôi' }, 'resolved'],
  ] as const)('%o → %s', (input, expected) => {
    expect(mapStatus(input)).toEqual({ ok: true, status: expected });
  });

  it('refuses an unknown status and names the value', () => {
    const result = mapStatus({ status: 'pending' });
    expect(result).toMatchObject({ ok: false, field: 'status' });
    expect(!result.ok && result.reason).toMatch(/^unknown status "pending"; expected one of open, .*closed/);
  });

  it('refuses an unknown ioc_status and names the value', () => {
    const result = mapStatus({ status: 'open', iocStatus: 'waiting' });
    expect(result).toMatchObject({ ok: false, field: 'ioc_status' });
    expect(!result.ok && result.reason).toContain('unknown ioc_status "waiting"');
  });

  it('refuses an ioc_status that contradicts open or closed', () => {
    expect(mapStatus({ status: 'closed', iocStatus: 'in_progress' })).toEqual({
      ok: false,
      field: 'ioc_status',
      reason: 'ioc_status "in_progress" contradicts status "closed"',
    });
    expect(mapStatus({ status: 'open', iocStatus: 'resolved' })).toMatchObject({ ok: false });
  });

  it('shortens a long unknown value in the reason', () => {
    const result = mapStatus({ status: 'x'.repeat(500) });
    expect(!result.ok && result.reason.length).toBeLessThan(300);
  });
});
