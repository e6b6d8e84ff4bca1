import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { LayoutSwitcher } from './LayoutSwitcher.js';
import { WallMiniature } from './WallMiniature.js';

export function WallsPanel() {
  const { t } = useTranslation();
  const walls = useApp((s) => s.walls);
  const layouts = useApp((s) => s.layouts);
  const list = Object.values(walls).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <Panel title={t('console.walls')} className="panel-walls">
      <div className="wall-cards">
        {list.length === 0 ? <div className="health-empty">{t('console.none')}</div> : null}
        {list.map((wall) => (
          <div key={wall.id} className="wall-card" data-wall-id={wall.id}>
            <div className="wall-card-head">
              <span className="wall-card-name">{wall.name}</span>
              <span className="wall-card-meta">
                {t('console.displays', { rows: wall.rows, cols: wall.cols })} · {t('console.current')}: {layouts[wall.layout]?.name ?? wall.layout}
              </span>
            </div>
            <div className="wall-card-body">
              <WallMiniature wall={wall} layout={layouts[wall.layout]} />
              <LayoutSwitcher wall={wall} />
            </div>
          </div>
        ))}
      </div>
    </Panel>
  );
}
