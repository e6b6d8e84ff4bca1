import { describe, expect, it } from 'vitest';
import type { ConnectorTestResult } from '../../../common/index.js';
import { initI18n } from '../../i18n/index.js';
import { connectorTestText } from './connector-test-text.js';

const ok: ConnectorTestResult = { state: 'ok', message: '63 report(s) updated', latencyMs: 1850, produced: { series: 12, samples: 240, records: 63, alerts: 2 } };

describe('connectorTestText', () => {
  it('says in Vietnamese how the source answered and what it would bring', () => {
    expect(connectorTestText(ok, initI18n('vi').t, 'vi')).toEqual({
      headline: 'Kết nối tốt · phản hồi sau 1.850 ms',
      produced: 'Sẽ đưa vào: 12 chuỗi số liệu, 240 mẫu, 63 bản ghi, 2 cảnh báo',
    });
  });

  it('counts in English, one as one', () => {
    const one = { ...ok, produced: { series: 1, samples: 1, records: 1, alerts: 0 } };
    expect(connectorTestText(one, initI18n('en').t, 'en')).toEqual({
      headline: 'Connected · answered in 1,850 ms',
      produced: 'Would bring: 1 series, 1 sample, 1 record, 0 alerts',
    });
  });

  it('leaves the time out when the source did not answer: it measured the wait, not the source', () => {
    const t = initI18n('vi').t;
    expect(connectorTestText({ ...ok, state: 'down', latencyMs: 3400 }, t, 'vi').headline).toBe('Không kết nối được');
    expect(connectorTestText({ ...ok, state: 'timeout', latencyMs: undefined }, t, 'vi').headline).toBe('Quá thời gian chờ, nguồn chưa trả lời');
  });
});
