// Importing a kind's folder defines it in the registry: this is the list of kinds the app draws.
import './alert-grid/index.js';
import './camera/index.js';
import './camera-grid/index.js';
import './camera-tour/index.js';
import './chart/index.js';
import './clock/index.js';
import './kpi/index.js';
import './ranking/index.js';
import './records/index.js';
import './text/index.js';
