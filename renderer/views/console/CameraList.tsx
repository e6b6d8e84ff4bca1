import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicCamera } from '../../../common/index.js';
import { formatNumber } from '../../format/number.js';
import { useLang } from '../../i18n/use-lang.js';
import { useActions, useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { StateMark } from '../../ui/StateMark.js';
import { startCameraDrag } from './camera-drag.js';
import { CameraForm } from './CameraForm.js';
import { cameraStreams, type StreamLine } from './camera-streams.js';

const markOf = { live: 'ok', connecting: 'pending', idle: 'idle', reconnecting: 'warn', offline: 'bad' } as const;

export function CameraList() {
  const { t } = useTranslation();
  const lang = useLang();
  const cameras = useApp((s) => s.cameras);
  const health = useApp((s) => s.cameraHealth);
  const actions = useActions();
  /** 'new' while adding, the camera while editing one. */
  const [form, setForm] = useState<'new' | PublicCamera>();
  const [removeError, setRemoveError] = useState('');
  const rate = (s: StreamLine) =>
    (s.state === 'live' ? t('console.fps', { fps: formatNumber(s.fps, lang, 0) }) : t(`cameraState.${s.state}`)) + (s.fallbackToMain ? ` (${t('console.fallbackToMain')})` : '');
  const list = Object.values(cameras).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const remove = async (c: PublicCamera) => {
    if (!window.confirm(t('console.confirmRemove', { name: c.name }))) return;
    const r = await actions.removeCamera(c.id);
    setRemoveError(r.ok ? '' : r.error.message);
  };
  const extra = (
    <>
      <span className="panel-count">{list.length}</span>
      <button type="button" onClick={() => setForm('new')} disabled={form !== undefined}>
        {t('console.addCamera')}
      </button>
    </>
  );
  return (
    <Panel title={t('console.cameras')} extra={extra} className="panel-cameras">
      {form ? <CameraForm key={form === 'new' ? 'new' : form.id} {...(form === 'new' ? {} : { editing: form })} onDone={() => setForm(undefined)} /> : null}
      {removeError ? (
        <p className="camera-form-error" role="alert">
          {removeError}
        </p>
      ) : null}
      <ul className="health-list">
        {list.length === 0 ? <li className="health-empty">{t('console.none')}</li> : null}
        {list.map((c) => {
          const { state, lastError, hasSubStream, streams } = cameraStreams(c, health[c.id]);
          const costly = streams.some((s) => s.transcoding);
          // One stream: say so, and its rate once it plays. Two: each one's rate or state.
          const detail = hasSubStream
            ? streams.map((s) => `${t(`console.streams.${s.variant}`)}: ${rate(s)}`)
            : [t('console.mainOnly'), ...(state === 'live' ? [rate(streams[0]!)] : [])];
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
              <span className="health-detail" data-sub-stream={hasSubStream}>
                {detail.join(' · ')}
                {costly ? <span className="camera-costly"> · {t('console.transcoding')}</span> : null}
              </span>
              {lastError && state !== 'live' ? <span className="health-message">{lastError}</span> : null}
              <span className="camera-actions">
                {c.source === 'config' ? (
                  <span className="camera-origin">{t('console.fromConfig')}</span>
                ) : (
                  <>
                    <button type="button" onClick={() => setForm(c)}>
                      {t('console.editCamera')}
                    </button>
                    <button type="button" onClick={() => void remove(c)}>
                      {t('console.removeCamera')}
                    </button>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
