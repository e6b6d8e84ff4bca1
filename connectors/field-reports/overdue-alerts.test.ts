import { describe, expect, it } from 'vitest';
import { alertInputSchema } from '../../common/schemas/alert.js';
import { HOUR } from '../../common/time.js';
import { closedAlert, overdueAlert, overduePass } from './overdue-alerts.js';
import { sampleReport } from './test-kit.js';

const report = sampleReport({ agency: 'Công ty Cổ phần Môi trường và Công trình đô thị Huế' });
const late = report.dueAt + 3 * HOUR;

describe('overdue alerts', () => {
  it('raises once per report while it stays overdue', () => {
    const first = overduePass([report], new Set(), late);
    expect(first.alerts).toHaveLength(1);
    expect(first.alerted).toEqual(new Set([report.id]));
    expect(first.newlyOverdue).toEqual([{ ...report, overdue: true }]);
    const second = overduePass([report], first.alerted, late + HOUR);
    expect(second.alerts).toEqual([]);
    expect(second.newlyOverdue).toEqual([]);
  });

  it('does not raise before the due time, nor for a closed report', () => {
    expect(overduePass([report], new Set(), report.dueAt).alerts).toEqual([]);
    expect(overduePass([sampleReport({ status: 'resolved' })], new Set(), late).alerts).toEqual([]);
  });

  it('does not store again a report that was already stored as overdue', () => {
    expect(overduePass([{ ...report, overdue: true }], new Set(), late).newlyOverdue).toEqual([]);
  });

  it('updates the same alert once when the report is closed', () => {
    const resolved = sampleReport({ status: 'resolved', statusLabel: 'Đã xử lý xong', resolvedAt: late });
    const pass = overduePass([resolved], new Set([report.id]), late + HOUR);
    expect(pass.alerted.size).toBe(0);
    expect(pass.alerts).toEqual([closedAlert(resolved, late + HOUR)]);
    expect(pass.alerts[0]).toMatchObject({ sourceRef: 'overdue:HUE-000001', severity: 'info' });
    expect(pass.alerts[0]?.title).toBe('Phản ánh quá hạn đã được xử lý xong: Rác thải, vệ sinh môi trường tại 12 Lê Lợi, Phường Thuận Hóa, thành phố Huế');
    expect(overduePass([resolved], pass.alerted, late + 2 * HOUR).alerts).toEqual([]);
  });

  it('says a rejected report was closed, not resolved', () => {
    const rejected = sampleReport({ status: 'rejected', statusLabel: 'Từ chối', updatedAt: late });
    expect(closedAlert(rejected, late).title).toMatch(/^Phản ánh quá hạn đã đóng: /);
    expect(closedAlert(rejected, late).description).toContain('đã đóng (từ chối)');
  });

  it('sets severity by urgency and writes the title the operators expect', () => {
    const alert = overdueAlert(report, late);
    expect(alert).toMatchObject({
      sourceRef: 'overdue:HUE-000001',
      severity: 'minor',
      category: 'field-report',
      title: 'Phản ánh quá hạn xử lý: Rác thải, vệ sinh môi trường tại 12 Lê Lợi, Phường Thuận Hóa, thành phố Huế',
      location: 'Phường Thuận Hóa',
      raisedAt: late,
    });
    expect(alert.description).toBe(
      'Phản ánh HUE-000001 (thường) tiếp nhận lúc 08:00 ngày 02/06/2025, hạn xử lý 08:00 ngày 05/06/2025 (72 giờ), ' +
        'quá hạn 3 giờ; trạng thái: đang xử lý; đơn vị xử lý: Công ty Cổ phần Môi trường và Công trình đô thị Huế.',
    );
    expect(overdueAlert({ ...report, urgency: 'urgent' }, late).severity).toBe('major');
  });

  it('carries no personal data and always fits the alert schema', () => {
    const long = sampleReport({ address: 'Số nhà '.repeat(100), ward: undefined, serviceName: 'x'.repeat(300) });
    for (const alert of [overdueAlert(report, late), closedAlert(report, late), overdueAlert(long, late)]) {
      expect(alertInputSchema.safeParse(alert).success).toBe(true);
      expect(JSON.stringify(alert)).not.toMatch(/Nguyễn Văn An|4567/);
    }
    expect(overdueAlert(sampleReport({ address: undefined, ward: undefined }), late).title).toMatch(/tại địa chỉ chưa rõ$/);
  });
});
