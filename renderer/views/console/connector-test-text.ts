import type { TFunction } from 'i18next';
import type { ConnectorTestResult } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import type { Lang } from '../../route.js';

export interface ConnectorTestText {
  /** "Kết nối tốt · phản hồi sau 85 ms" */
  headline: string;
  /** "Sẽ đưa vào: 12 chuỗi số liệu, 240 mẫu, 63 bản ghi, 2 cảnh báo" */
  produced: string;
}

/** The lines the connector form shows for a test's result, in the page's language. */
export function connectorTestText(result: ConnectorTestResult, t: TFunction, lang: Lang): ConnectorTestText {
  const answered = result.state === 'ok' || result.state === 'degraded';
  const latency = answered && result.latencyMs !== undefined ? t('console.connectorTest.answeredIn', { ms: formatNumber(result.latencyMs, lang, 0) }) : '';
  const count = (what: keyof ConnectorTestResult['produced']) =>
    t(`console.connectorTest.${what}`, { count: result.produced[what], n: formatNumber(result.produced[what], lang, 0) });
  return {
    headline: [t(`console.connectorTest.${result.state}`), latency].filter(Boolean).join(' · '),
    produced: t('console.connectorTest.produced', { series: count('series'), samples: count('samples'), records: count('records'), alerts: count('alerts') }),
  };
}
