// Stream viewers in their own process, so a benchmark counts the gateway's CPU and not its clients'.
// Usage: node bench/viewers.mjs URL... ; prints "ready" once every socket is open, then drains them.
import { WebSocket } from 'ws';

let open = 0;
let bytes = 0;
for (const url of process.argv.slice(2)) {
  const ws = new WebSocket(url);
  ws.on('open', () => {
    if (++open === process.argv.length - 2) console.log('ready');
  });
  ws.on('message', (data) => (bytes += data.length ?? 0));
  ws.on('error', (err) => console.error(`viewer ${url}: ${err.message}`));
}
process.on('SIGTERM', () => {
  console.error(`received ${bytes} bytes`);
  process.exit(0);
});
