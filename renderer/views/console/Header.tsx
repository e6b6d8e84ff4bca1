import { useTranslation } from 'react-i18next';
import { formatLongDate, formatTime } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { ConnectionStatus } from '../ConnectionStatus.js';

/** Switches language and keeps it in the address, so a reload stays in it. */
function useToggleLanguage() {
  const { i18n } = useTranslation();
  return () => {
    const next = i18n.language === 'en' ? 'vi' : 'en';
    void i18n.changeLanguage(next);
    document.documentElement.lang = next;
    const url = new URL(location.href);
    if (next === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    history.replaceState(null, '', url);
  };
}

export function Header() {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const toggle = useToggleLanguage();
  return (
    <header className="console-header">
      <h1>{t('app.title')}</h1>
      <div className="console-clock">
        <span className="console-time">{formatTime(now, lang, { seconds: true })}</span>
        <span className="console-date">{formatLongDate(now, lang)}</span>
      </div>
      <ConnectionStatus variant="console" />
      <button type="button" className="lang-toggle" onClick={toggle} aria-label={t('app.language')}>
        {t('app.switchTo')}
      </button>
    </header>
  );
}
