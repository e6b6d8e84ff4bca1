import { useTranslation } from 'react-i18next';
import type { ConnectorProduces } from '../../../common/index.js';
import { useLang } from '../../i18n/use-lang.js';

/** What a connector type brings, under its name in the connector form: series, records and alerts. */
export function ConnectorProducesList({ produces }: { produces: ConnectorProduces }) {
  const { t } = useTranslation();
  const lang = useLang();
  const groups = [
    { key: 'series', title: t('console.producesSeries'), items: produces.series.map((s) => ({ id: s.prefix, text: s.label[lang] })) },
    { key: 'records', title: t('console.producesRecords'), items: produces.records.map((r) => ({ id: r.kind, text: r.label[lang] })) },
    { key: 'alerts', title: t('console.producesAlerts'), items: produces.alerts.map((a) => ({ id: a.category, text: a.label[lang] })) },
  ].filter((g) => g.items.length > 0);
  return (
    <dl className="connector-produces camera-form-wide" aria-label={t('console.produces')}>
      {groups.map((g) => (
        <div key={g.key} data-produces={g.key}>
          <dt>{g.title}</dt>
          {g.items.map((i) => (
            <dd key={i.id} title={i.id}>
              {i.text}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
