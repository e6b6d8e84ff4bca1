import { CameraList } from './CameraList.js';
import { ConnectorList } from './ConnectorList.js';
import { Header } from './Header.js';
import { WallsPanel } from './WallsPanel.js';
import { WorkQueuePanel } from './WorkQueuePanel.js';

/** An operator desk: alerts to handle, cameras and connectors to watch, walls to switch. */
export function ConsoleView() {
  return (
    <div className="console-root">
      <Header />
      <main className="console-main">
        <WorkQueuePanel />
        <CameraList />
        <WallsPanel />
        <ConnectorList />
      </main>
    </div>
  );
}
