import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/number.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { StateMark } from '../../ui/StateMark.js';
import { startCameraDrag } from './camera-drag.js';

const markOf = { live: 'ok', connecting: 'pending', idle: 'idle', reconnecting: 'warn', offline: 'bad' } as const;

export function CameraList() {
  const { t } = useTranslation();
  const lang = useLang();
  const cameras = useApp((s) => s.cameras);
  const health = useApp((s) => s.cameraHealth);
  const list = Object.values(cameras).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <Panel title={t('console.cameras')} extra={<span className="panel-count">{list.length}</span>} className="panel-cameras">
      <ul className="health-list">
        {list.length === 0 ? <li className="health-empty">{t('console.none')}</li> : null}
        {list.map((c) => {
          const h = health[c.id];
          const state = h?.state ?? 'idle';
          return (
            <li
              key={c.id}
              className="health-item health-item--draggable"
              data-camera-id={c.id}
              data-state={state}
              draggable
              title={t('console.dragCamera')}
              onDragStart={(e) => startCameraDrag(e.dataTransfer, c.id)}
            >
              <StateMark mark={markOf[state]} />
              <span className="health-name">{c.name}</span>
              <span className="health-state">{t(`cameraState.${state}`)}</span>
              <span className="health-detail">
                {h ? t('console.fps', { fps: formatNumber(h.fps, lang, 0) }) : ''}
                {h?.transcoding ? <span className="camera-costly"> · {t('console.transcoding')}</span> : null}
              </span>
              {h?.lastError && state !== 'live' ? <span className="health-message">{h.lastError}</span> : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
