import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { displayId } from '../common/index.js';
import { App } from './App.js';
import { initI18n } from './i18n/index.js';
import { parseRoute } from './route.js';
import { createActions } from './state/actions.js';
import { AppProvider } from './state/AppContext.js';
import type { PageView } from './state/needed-series.js';
import { createAppStore } from './state/store.js';
import { startSync } from './state/sync.js';
import './tiles/all.js';
import { createClient } from './transport/create-client.js';
import './styles/base.css';

// The CSP forbids eval; without this zod probes with new Function and logs a violation on every page.
z.config({ jitless: true });

const route = parseRoute(location.search);
const i18n = initI18n(route.lang);
document.documentElement.lang = route.lang;
document.body.classList.add(route.view === 'console' ? 'is-console' : 'is-wall');
document.title = route.view === 'wall' ? `IOC Wall · ${route.wallId}/${displayId(route.row, route.col)}` : i18n.t('app.title');

const client = createClient(route.token);
const store = createAppStore();
const actions = createActions(client, store);
if (route.view !== 'bad-wall') {
  const view: PageView = route.view === 'wall' ? { kind: 'wall', wallId: route.wallId, row: route.row, col: route.col } : { kind: 'console' };
  startSync(store, client, view);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AppProvider store={store} actions={actions}>
        <App route={route} />
      </AppProvider>
    </I18nextProvider>
  </StrictMode>,
);
