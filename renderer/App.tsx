import type { Route } from './route.js';
import { ConsoleView } from './views/console/ConsoleView.js';
import { BadWallUrl } from './views/wall/BadWallUrl.js';
import { WallView } from './views/wall/WallView.js';

export function App({ route }: { route: Route }) {
  switch (route.view) {
    case 'wall':
      return <WallView wallId={route.wallId} row={route.row} col={route.col} />;
    case 'bad-wall':
      return <BadWallUrl what={route.reason} />;
    case 'console':
      return <ConsoleView />;
  }
}
