import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { parseConfig } from './load-config.js';

const withPortal = (password: string) =>
  JSON.stringify({
    walls: [{ id: 'main', name: 'Tường', rows: 1, cols: 1, layout: 'tong-quan' }],
    connectors: [{ id: 'dvc', type: 'public-service-portal', options: { mode: 'integration', baseUrl: 'https://lgsp.hue.gov.vn/', username: 'ioc-hue', password } }],
  });
const passwordOf = (config: ReturnType<typeof parseConfig>) => config.connectors[0]!.options.password;

describe('secrets named in the configuration instead of written in it', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('takes a password from the environment', () => {
    const config = parseConfig(withPortal('${env:PORTAL_PASSWORD}'), '/etc/ioc/wall.json', { env: { PORTAL_PASSWORD: 'Mk-Bi-Mat#2025' }, dir: '/etc/ioc' });
    expect(passwordOf(config)).toBe('Mk-Bi-Mat#2025');
  });

  it('takes one from a file beside the configuration, without its last newline', () => {
    writeFileSync(join(tmp.dir, 'portal-password'), 'Mk-Bi-Mat#2025\n');
    const config = parseConfig(withPortal('${file:portal-password}'), join(tmp.dir, 'wall.json'), { env: {}, dir: tmp.dir });
    expect(passwordOf(config)).toBe('Mk-Bi-Mat#2025');
  });

  it('names the field and the variable or file that is missing, and never the value of another', () => {
    expect(() => parseConfig(withPortal('${env:PORTAL_PASSWORD}'), '/etc/ioc/wall.json', { env: {}, dir: '/etc/ioc' })).toThrow(
      '/etc/ioc/wall.json: connectors[0].options.password: environment variable PORTAL_PASSWORD is not set',
    );
    expect(() => parseConfig(withPortal('${file:khong-co}'), join(tmp.dir, 'wall.json'), { env: {}, dir: tmp.dir })).toThrow(
      `connectors[0].options.password: cannot read secret file ${join(tmp.dir, 'khong-co')}: ENOENT`,
    );
  });

  it('leaves text that only looks alike as it is', () => {
    for (const text of ['Mk-${env:X}', '${env:}', '${vault:x}', '$env:X']) {
      expect(passwordOf(parseConfig(withPortal(text), 'c.json', { env: { X: 'no' }, dir: '.' }))).toBe(text);
    }
  });
});
