import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Wall } from '../../../common/index.js';
import { useActions, useApp } from '../../state/AppContext.js';

/** Picks the layout a wall shows; every display of the wall follows through 'wall.changed'. */
export function LayoutSwitcher({ wall }: { wall: Wall }) {
  const { t } = useTranslation();
  const actions = useActions();
  const layouts = useApp((s) => s.layouts);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const selected = choice ?? wall.layout;
  const options = Object.values(layouts).sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  const apply = async () => {
    setBusy(true);
    setError(undefined);
    const r = await actions.setLayout(wall.id, selected);
    setBusy(false);
    if (r.ok) setChoice(undefined);
    else setError(t('alerts.failed', { message: r.error.message }));
  };

  return (
    <div className="layout-switcher">
      <label>
        {t('console.layout')}
        <select value={selected} onChange={(e) => setChoice(e.target.value)} data-wall-id={wall.id}>
          {options.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={busy || selected === wall.layout} onClick={() => void apply()}>
        {t('console.apply')}
      </button>
      {error ? <div className="layout-error" role="alert">{error}</div> : null}
    </div>
  );
}
