import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectorTestResult } from '../../../common/index.js';
import { useLang } from '../../i18n/use-lang.js';
import { StateMark } from '../../ui/StateMark.js';
import { connectorTestText } from './connector-test-text.js';

const markOf = { ok: 'ok', degraded: 'warn', down: 'bad', timeout: 'bad' } as const;

/** A connection test's result beside the form's buttons: how the source answered, its message, what it would bring. */
export function ConnectorTestOutcome({ result }: { result: ConnectorTestResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  // The form scrolls inside its dialog: bring the answer into view where the button was pressed. A block
  // body, since Chromium's scrollIntoView returns a promise that React would take for a cleanup.
  useEffect(() => {
    void box.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  const text = connectorTestText(result, t, lang);
  return (
    <div ref={box} className={`connector-test connector-test--${result.state}`} role="status" data-test-state={result.state}>
      <p className="connector-test-headline">
        <StateMark mark={markOf[result.state]} />
        <span>{text.headline}</span>
      </p>
      {result.message ? <p className="connector-test-message">{result.message}</p> : null}
      <p>{text.produced}</p>
      <p className="connector-test-note">{t('console.connectorTest.nothingSaved')}</p>
    </div>
  );
}
