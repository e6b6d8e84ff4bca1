import { describe, expect, it } from 'vitest';
import { alertInputSchema } from './alert.js';
import { cameraSchema, redactUrl } from './camera.js';
import { formatIssues } from './issues.js';
import { layoutSchema } from './layout.js';
import { roleAllows } from './role.js';
import { tileSchema } from '../tiles/index.js';

describe('schemas', () => {
  it('accepts every tile kind with defaults filled in', () => {
    const kinds = [
      { kind: 'camera', options: { cameraId: 'cam-1' } },
      { kind: 'chart', options: { chartType: 'line', series: ['a.b'] } },
      { kind: 'kpi', options: { seriesId: 'a.b' } },
      { kind: 'alert-grid', options: {} },
      { kind: 'text', options: { text: 'Xin chào' } },
      { kind: 'clock', options: {} },
    ];
    for (const k of kinds) {
      const r = tileSchema.safeParse({ id: 't', x: 0, y: 0, w: 1, h: 1, ...k });
      expect(r.success, k.kind).toBe(true);
    }
    const chart = tileSchema.parse({ id: 't', x: 0, y: 0, w: 1, h: 1, kind: 'chart', options: { chartType: 'bar', series: ['x'] } });
    expect(chart.kind === 'chart' && chart.options.windowMinutes).toBe(30);
  });

  it('rejects a KPI whose critical threshold is not beyond its warning', () => {
    const r = tileSchema.safeParse({ id: 't', x: 0, y: 0, w: 1, h: 1, kind: 'kpi', options: { seriesId: 'x', direction: 'lower-better', warn: 10, crit: 5 } });
    expect(r.success).toBe(false);
    expect(!r.success && formatIssues(r.error)).toMatch(/options\.crit: crit must be beyond warn/);
  });

  it('names the path of a bad field inside a layout', () => {
    const r = layoutSchema.safeParse({ id: 'x', name: 'X', grid: { cols: 4, rows: 4 }, tiles: [{ id: 'a', kind: 'chart', x: 0, y: 0, w: 1, h: 1, options: { chartType: 'radar', series: ['s'] } }] });
    expect(!r.success && formatIssues(r.error)).toMatch(/^tiles\[0\]\.options\.chartType: /);
  });

  it('rejects duplicate tile ids and tiles beyond the grid', () => {
    const t = { id: 'a', kind: 'clock', x: 3, y: 3, w: 2, h: 2, options: {} };
    const r = layoutSchema.safeParse({ id: 'x', name: 'X', grid: { cols: 4, rows: 4 }, tiles: [t, t] });
    const text = !r.success ? formatIssues(r.error) : '';
    expect(text).toMatch(/tiles\[1\]\.id: duplicate tile id "a"/);
    expect(text).toMatch(/tiles\[0\]\.w: tile reaches column 5/);
    expect(text).toMatch(/tiles\[0\]\.h: tile reaches row 5/);
  });

  it('accepts rtsp and synthetic camera sources only', () => {
    expect(cameraSchema.safeParse({ id: 'c', name: 'C', url: 'rtsp://10.0.0.5:554/Streaming/Channels/101' }).success).toBe(true);
    expect(cameraSchema.safeParse({ id: 'c', name: 'C', url: 'synthetic:smptebars' }).success).toBe(true);
    expect(cameraSchema.safeParse({ id: 'c', name: 'C', url: 'file:///etc/passwd' }).success).toBe(false);
  });

  it('redacts credentials from RTSP URLs', () => {
    expect(redactUrl('rtsp://admin:Mat%40Khau@10.1.2.3:554/x')).toBe('rtsp://***@10.1.2.3:554/x');
    expect(redactUrl('rtsp://10.1.2.3/x')).toBe('rtsp://10.1.2.3/x');
  });

  it('orders roles', () => {
    expect(roleAllows('admin', 'operator')).toBe(true);
    expect(roleAllows('viewer', 'operator')).toBe(false);
  });

  it('requires a title and a known severity for alerts', () => {
    expect(alertInputSchema.safeParse({ sourceRef: 'x', severity: 'urgent', category: 'c', title: 't', raisedAt: 1 }).success).toBe(false);
    expect(alertInputSchema.parse({ sourceRef: 'x', severity: 'minor', category: 'c', title: 't', raisedAt: 1 }).description).toBe('');
  });
});
