import { afterEach, describe, expect, it } from 'vitest';
import { HOUR } from '../../common/time.js';
import type { Open311Fixture } from './fixture/server.js';
import { createClock, createHarness, lastSamples, latestReports, rawRequest, startFixture } from './test-kit.js';

let fixture: Open311Fixture;
afterEach(() => fixture?.stop());

const sla = { default: { normal: 72, urgent: 4 }, byService: { CXDT: { normal: 24, urgent: 2 } } };

describe('field-reports alerts and SLA', () => {
  it('raises an overdue alert once and updates it when the report is resolved', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-900001', clock.t - HOUR, { ioc_status: 'assigned', agency_responsible: 'Trung tâm Công viên cây xanh Huế' }));
    const { ctx, sync } = createHarness(fixture.url, clock, { sla });

    await sync.poll();
    expect(ctx.calls.alerts).toEqual([]);
    expect(lastSamples(ctx).get('open311.hue.overdue')).toBe(0);

    clock.t += 23 * HOUR + 1000;
    await sync.poll();
    expect(ctx.calls.alerts).toEqual([
      expect.objectContaining({
        sourceRef: 'overdue:HUE-900001',
        severity: 'minor',
        category: 'field-report',
        title: 'Phản ánh quá hạn xử lý: Cây xanh tại 5 Lê Lợi, Phường Vỹ Dạ, thành phố Huế',
        location: 'Phường Vỹ Dạ',
        raisedAt: clock.t,
      }),
    ]);
    expect(lastSamples(ctx).get('open311.hue.overdue')).toBe(1);
    // The stored record says it is overdue, though nothing changed upstream.
    expect(ctx.calls.records.at(-1)).toMatchObject({ id: 'HUE-900001', data: { overdue: true } });

    clock.t += HOUR;
    await sync.poll();
    expect(ctx.calls.alerts).toHaveLength(1);

    clock.t += HOUR;
    fixture.advance('HUE-900001', 'resolved');
    await sync.poll();
    expect(ctx.calls.alerts).toHaveLength(2);
    expect(ctx.calls.alerts[1]).toMatchObject({
      sourceRef: 'overdue:HUE-900001',
      severity: 'info',
      title: 'Phản ánh quá hạn đã được xử lý xong: Cây xanh tại 5 Lê Lợi, Phường Vỹ Dạ, thành phố Huế',
    });
    expect(lastSamples(ctx).get('open311.hue.overdue')).toBe(0);
    expect(lastSamples(ctx).get('open311.hue.resolved-today')).toBe(1);
    expect(lastSamples(ctx).get('open311.hue.on-time-rate-7d')).toBe(0);
    expect(latestReports(ctx.calls.records).get('HUE-900001')).toMatchObject({ status: 'resolved', overdue: false, resolvedAt: clock.t });

    clock.t += HOUR;
    fixture.advance('HUE-900001', 'published');
    await sync.poll();
    expect(ctx.calls.alerts).toHaveLength(2);
    // Publishing later does not move the resolution time.
    expect(latestReports(ctx.calls.records).get('HUE-900001')?.resolvedAt).toBe(clock.t - HOUR);
  });

  it('sets due times by service and urgency, and alert severity by urgency', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    const at = clock.t - 10 * HOUR;
    fixture.add(rawRequest('tree-normal', at));
    fixture.add(rawRequest('tree-urgent', at, { ioc_priority: 'urgent' }));
    fixture.add(rawRequest('order-listed', at, { service_code: 'ANTT', service_name: 'An ninh trật tự', ioc_priority: undefined }));
    fixture.add(rawRequest('waste', at, { service_code: 'VSMT', service_name: 'Rác thải, vệ sinh môi trường' }));
    const { ctx, sync } = createHarness(fixture.url, clock, { sla, urgentServices: ['ANTT'] });
    await sync.poll();

    const reports = latestReports(ctx.calls.records);
    expect(reports.get('tree-normal')).toMatchObject({ urgency: 'normal', slaHours: 24, dueAt: at + 24 * HOUR, overdue: false });
    expect(reports.get('tree-urgent')).toMatchObject({ urgency: 'urgent', slaHours: 2, dueAt: at + 2 * HOUR, overdue: true });
    expect(reports.get('order-listed')).toMatchObject({ urgency: 'urgent', slaHours: 4, overdue: true });
    expect(reports.get('waste')).toMatchObject({ urgency: 'normal', slaHours: 72, overdue: false });
    expect(ctx.calls.alerts.map((a) => [a.sourceRef, a.severity])).toEqual([
      ['overdue:tree-urgent', 'major'],
      ['overdue:order-listed', 'major'],
    ]);
  });

  it('keeps the reporter apart and out of alerts, samples, logs and health', async () => {
    const clock = createClock();
    fixture = await startFixture(clock, { reports: 0 });
    fixture.add(rawRequest('HUE-900002', clock.t - 30 * HOUR, { email: 'lan.tran@example.com' }));
    const { ctx, sync } = createHarness(fixture.url, clock, { sla });
    await sync.poll();

    const { personal, ...rest } = latestReports(ctx.calls.records).get('HUE-900002')!;
    expect(personal).toEqual({ name: 'Trần Thị Lan', phone: '+84 91 234 5678', email: 'lan.tran@example.com' });
    expect(ctx.calls.alerts).toHaveLength(1);
    const elsewhere = JSON.stringify([rest, ctx.calls.alerts, ctx.calls.samples, ctx.calls.series, ctx.calls.logs, ctx.calls.health]);
    for (const value of ['Trần', 'Lan', '5678', 'example.com']) expect(elsewhere).not.toContain(value);
  });
});
