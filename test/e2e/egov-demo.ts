import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDocumentFixture, type DocumentFixture } from '../../connectors/document-management/fixture/server.js';
import { startOpen311Fixture, type Open311Fixture } from '../../connectors/field-reports/fixture/server.js';
import { startPortalFixture, type PortalFixture } from '../../connectors/public-service-portal/fixture/server.js';
import { startServe, type ServedApp } from './serve-fixture.js';

export interface ExampleConnector {
  id: string;
  type: string;
  options: Record<string, unknown>;
}

/** docs/examples/egov-demo.json as it is in the repository. */
export const example = JSON.parse(readFileSync('docs/examples/egov-demo.json', 'utf8')) as { walls: { layout: string }[]; connectors: ExampleConnector[] };

export interface EgovDemo {
  portal: PortalFixture;
  documents: DocumentFixture;
  reports: Open311Fixture;
  app: ServedApp;
  stop(): Promise<void>;
}

/**
 * egov-demo.json as a user runs it, with the three fixtures as `ioc-wall portal-fixture` and the others serve
 * them (seed 20251, their default sizes) on free ports; `layout` puts another layout on its wall at first start.
 */
export async function startEgovDemo(layout?: string): Promise<EgovDemo> {
  const [portal, documents, reports] = await Promise.all([startPortalFixture(), startDocumentFixture(), startOpen311Fixture()]);
  // The portal fixture serves the integration adapter and the DVCQG reporting endpoints at one address.
  const urls: Record<string, string> = { dvc: portal.url, dvcqg: portal.url, qlvb: documents.url, 'hue-s': reports.url };
  const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-egov-demo-'));
  const config = {
    ...example,
    walls: example.walls.map((w) => (layout === undefined ? w : { ...w, layout })),
    connectors: example.connectors.map((c) => (c.id in urls ? { ...c, options: { ...c.options, baseUrl: urls[c.id] } } : c)),
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  const served = await startServe(['--config', join(dir, 'config.json')]);
  return {
    portal,
    documents,
    reports,
    app: served.app,
    async stop() {
      await served.stop();
      await Promise.all([portal.stop(), documents.stop(), reports.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
