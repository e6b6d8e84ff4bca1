import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicCamera } from '../../../common/index.js';
import { useActions, useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { cameraAreas, groupCameras } from './camera-groups.js';
import { cameraStreams } from './camera-streams.js';
import { CameraForm } from './CameraForm.js';
import { CameraItem } from './CameraItem.js';

/** The console's cameras by area, each area a heading that folds, with how many cameras it has and how many are live. */
export function CameraList() {
  const { t } = useTranslation();
  const cameras = useApp((s) => s.cameras);
  const health = useApp((s) => s.cameraHealth);
  const actions = useActions();
  /** 'new' while adding, the camera while editing one. */
  const [form, setForm] = useState<'new' | PublicCamera>();
  const [removeError, setRemoveError] = useState('');
  /** Keys of the areas folded away. */
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const list = Object.values(cameras);
  const groups = groupCameras(list, (c) => cameraStreams(c, health[c.id]).state === 'live');
  const toggle = (key: string) =>
    setFolded((f) => {
      const next = new Set(f);
      if (!next.delete(key)) next.add(key);
      return next;
    });
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
      {form ? (
        <CameraForm key={form === 'new' ? 'new' : form.id} {...(form === 'new' ? {} : { editing: form })} areas={cameraAreas(list)} onDone={() => setForm(undefined)} />
      ) : null}
      {removeError ? (
        <p className="camera-form-error" role="alert">
          {removeError}
        </p>
      ) : null}
      {list.length === 0 ? <p className="health-empty">{t('console.none')}</p> : null}
      {groups.map((g) => {
        const open = !folded.has(g.key);
        return (
          <section key={g.key} className="camera-group" data-group={g.name ?? ''}>
            <h3 className="camera-group-head">
              <button type="button" aria-expanded={open} onClick={() => toggle(g.key)}>
                <span className="camera-group-caret" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                <span className="camera-group-name">{g.name ?? t('console.ungrouped')}</span>
                <span className="camera-group-count">{t('console.groupSummary', { count: g.cameras.length, live: g.live })}</span>
              </button>
            </h3>
            {open ? (
              <ul className="health-list">
                {g.cameras.map((c) => (
                  <CameraItem key={c.id} camera={c} health={health[c.id]} onEdit={setForm} onRemove={(cam) => void remove(cam)} />
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </Panel>
  );
}
