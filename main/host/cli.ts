import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { main as documentFixture } from '../../connectors/document-management/fixture/cli.js';
import { main as open311Fixture } from '../../connectors/field-reports/fixture/cli.js';
import { main as portalFixture } from '../../connectors/public-service-portal/fixture/cli.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { createHost } from './host.js';
import { loadLayouts } from './layouts/load-layouts.js';
import { createLogger } from './log.js';
import { packageRoot } from './package-root.js';

const usage = `Usage:
  ioc-wall serve [--config FILE] [--data DIR] [--host H] [--port P] [--admin]
      Runs the host under plain Node. Prints "ready <origin>", one "display <wallId>/<displayId> <url>"
      line per wall display and one "console <url>" line. Without --config it runs the demo.
      --admin also prints "admin <url>" before the console line: the console with the administrator
      role, which can edit a connector's options. Keep that URL like a password.
  ioc-wall validate [--config FILE] [LAYOUT_DIR_OR_FILE...]
      Checks the configuration and layouts; prints every problem with its file and field; exit 1 on any.
  ioc-wall open311-fixture [--port P] [--seed N] [--reports N]
      Serves an Open311 GeoReport v2 gateway with made-up Huế field reports on 127.0.0.1, for trying
      the field-reports connector without a real source. Prints "ready <url>".
  ioc-wall document-fixture [--port P] [--seed N] [--documents N]
      Serves a document-management adapter (REST documents, edXML packages and status packets) with made-up
      documents of Huế's departments on 127.0.0.1, for the document-management connector.
  ioc-wall portal-fixture [--port P] [--seed N] [--dossiers N]
      Serves a public-service portal integration adapter and the national portal's reporting answers
      with made-up Huế dossiers on 127.0.0.1, for the public-service-portal connector. Prints "ready <url>".`;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { config: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, admin: { type: 'boolean' } },
    strict: true,
  });
  const log = createLogger({ component: 'cli' });
  const { config, configDir } = await loadConfig(values.config);
  const host = values.host ?? config.server.host;
  const port = values.port !== undefined ? Number(values.port) : config.server.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port: "${values.port}" is not a port number`);
  if (!isLoopback(host)) log.warn('listening beyond loopback: every connection still needs a credential', { host });
  const root = packageRoot();
  const rendererDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) log.warn('renderer not built; pages answer 503 until "npm run build"', { rendererDir });
  const app = await createHost({
    config,
    configDir,
    ...(values.config ? { configFile: resolve(values.config) } : {}),
    dataDir: resolve(values.data ?? join(root, '.data')),
    rendererDir,
    host,
    port,
  });
  const out = (line: string) => process.stdout.write(line + '\n');
  out(`ready ${app.origin}`);
  for (const d of app.displayLinks()) out(`display ${d.wallId}/${d.displayId} ${d.url}`);
  // Before the console line, which readers of this output take as the last.
  if (values.admin) out(`admin ${app.adminConsoleUrl()}`);
  out(`console ${app.consoleUrl()}`);

  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      log.info('stopping', { signal });
      app.close().then(done, (err) => {
        log.error('stop failed', { error: String(err) });
        done();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { config: { type: 'string' } }, allowPositionals: true, strict: true });
  let failed = false;
  let layoutDirs = [join(packageRoot(), 'layouts')];
  if (values.config) {
    try {
      const { config, configDir } = await loadConfig(values.config);
      layoutDirs = [...layoutDirs, ...config.layoutDirs.map((d) => resolve(configDir, d))];
      console.log(`ok ${resolve(values.config)}`);
    } catch (err) {
      failed = true;
      console.error((err as Error).message);
    }
  }
  const dirs = positionals.length ? positionals.map((p) => resolve(p)) : layoutDirs;
  const { layouts, problems } = await loadLayouts(dirs);
  for (const p of problems) console.error(`${p.file}:\n  ${p.message.replace(/\n/g, '\n  ')}`);
  for (const l of layouts) console.log(`ok layout ${l.id} (${l.tiles.length} tiles)`);
  return failed || problems.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'serve') return await serve(rest);
    if (command === 'validate') return await validate(rest);
    if (command === 'open311-fixture') return await open311Fixture(rest);
    if (command === 'portal-fixture') return await portalFixture(rest);
    if (command === 'document-fixture') return await documentFixture(rest);
    console.error(command ? `unknown command "${command}"\n\n${usage}` : usage);
    return command === undefined || command === '--help' ? 0 : 2;
  } catch (err) {
    if (err instanceof ConfigError || (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`ioc-wall: ${(err as Error).message}`);
      return 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`ioc-wall: the port is already in use: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }
}
