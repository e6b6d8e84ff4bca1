import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../common/index.js';
import { filterAlerts } from './alert-filter.js';
import { diffRows } from './row-diff.js';

const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  sourceRef: id,
  source: 'sim',
  severity: 'major',
  category: 'traffic',
  title: `Alert ${id}`,
  description: '',
  location: '',
  raisedAt: 1000,
  status: 'open',
  updatedAt: 1000,
  ...over,
});

const all = { minSeverity: 'info' as const, categories: [], includeResolved: false, maxRows: 500 };

describe('filterAlerts', () => {
  it('keeps alerts at least as severe as the minimum', () => {
    const list = [alert('a', { severity: 'critical' }), alert('b', { severity: 'minor' }), alert('c', { severity: 'info' })];
    expect(filterAlerts(list, { ...all, minSeverity: 'minor' }).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('keeps only the listed categories, or all when none are listed', () => {
    const list = [alert('a', { category: 'aqi' }), alert('b', { category: 'traffic' })];
    expect(filterAlerts(list, { ...all, categories: ['aqi'] }).map((a) => a.id)).toEqual(['a']);
    expect(filterAlerts(list, all)).toHaveLength(2);
  });

  it('hides resolved alerts unless asked', () => {
    const list = [alert('a', { status: 'resolved' }), alert('b')];
    expect(filterAlerts(list, all).map((a) => a.id)).toEqual(['b']);
    expect(filterAlerts(list, { ...all, includeResolved: true })).toHaveLength(2);
  });

  it('sorts newest first and caps the count', () => {
    const list = [alert('old', { raisedAt: 1 }), alert('new', { raisedAt: 3 }), alert('mid', { raisedAt: 2 })];
    expect(filterAlerts(list, { ...all, maxRows: 2 }).map((a) => a.id)).toEqual(['new', 'mid']);
  });
});

describe('diffRows', () => {
  it('adds new alerts, updates changed ones and removes those gone', () => {
    const a = alert('a');
    const b = alert('b');
    const shown = new Map([
      ['a', a],
      ['b', b],
    ]);
    const a2 = { ...a, status: 'acknowledged' as const };
    const c = alert('c');
    expect(diffRows(shown, [a2, c])).toEqual({ add: [c], update: [a2], remove: [b] });
  });

  it('is empty when nothing changed', () => {
    const a = alert('a');
    expect(diffRows(new Map([['a', a]]), [a])).toEqual({ add: [], update: [], remove: [] });
  });
});
