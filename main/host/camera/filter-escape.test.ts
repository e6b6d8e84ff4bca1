import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filterSpec } from './filter-escape.js';
import { findFfmpeg } from './find-ffmpeg.js';

const ffmpeg = findFfmpeg();
const dir = mkdtempSync(join(tmpdir(), 'ioc-wall-escape-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every character that means something to one of ffmpeg's parsing levels. */
const nasty = "Cầu Trường Tiền: 'a,b' [x]; 50% \\ =end";

/** MD5 of one frame drawn with the given drawtext options: equal pictures, equal sums. */
function render(options: [string, string | number][]): string {
  const vf = filterSpec('drawtext', [...options, ['fontsize', 24], ['fontcolor', 'white']]);
  const r = spawnSync(ffmpeg.path, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'color=black:size=640x48', '-vf', vf, '-frames:v', '1', '-f', 'md5', '-'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

describe('filter option escaping', () => {
  it('passes a text and a font path full of separators and quotes to drawtext unchanged', () => {
    const font = join(dir, "font: it's [a,b];c\\d.ttf");
    copyFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', font);
    const textFile = join(dir, 'name.txt');
    writeFileSync(textFile, nasty);
    const fromFile = render([['fontfile', font], ['textfile', textFile], ['expansion', 'none']]);
    const inline = render([['fontfile', font], ['text', nasty], ['expansion', 'none']]);
    expect(inline).toBe(fromFile);
    // The check itself can tell pictures apart.
    expect(render([['fontfile', font], ['text', nasty.replace('\\', '/')], ['expansion', 'none']])).not.toBe(fromFile);
  });
});
