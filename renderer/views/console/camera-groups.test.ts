import { describe, expect, it } from 'vitest';
import { cameraAreas, groupCameras } from './camera-groups.js';

const cam = (name: string, group?: string) => ({ name, ...(group === undefined ? {} : { group }) });

describe('groupCameras', () => {
  it('groups cameras by area in alphabetical order, each by name, with the ungrouped ones last', () => {
    const cameras = [cam('Ngã tư Hùng Vương', 'Giao thông'), cam('Camera thử'), cam('Chợ Đông Ba', 'An ninh trật tự'), cam('Cầu Trường Tiền', 'Giao thông'), cam('Ngọ Môn', 'Du lịch')];
    const live = new Set(['Ngã tư Hùng Vương', 'Chợ Đông Ba']);
    const groups = groupCameras(cameras, (c) => live.has(c.name));
    expect(groups.map((g) => [g.name, g.cameras.map((c) => c.name), g.live])).toEqual([
      ['An ninh trật tự', ['Chợ Đông Ba'], 1],
      ['Du lịch', ['Ngọ Môn'], 0],
      ['Giao thông', ['Cầu Trường Tiền', 'Ngã tư Hùng Vương'], 1],
      [undefined, ['Camera thử'], 0],
    ]);
    expect(groups.map((g) => g.key)).toEqual(['an ninh trật tự', 'du lịch', 'giao thông', '']);
  });

  it('takes spaces and case as typing, not as another area, and keeps Vietnamese marks apart', () => {
    const groups = groupCameras([cam('A', 'Giao thông'), cam('B', '  giao   thông '), cam('C', 'Chợ'), cam('D', 'Chó'), cam('E', '   ')], () => false);
    expect(groups.map((g) => [g.name, g.cameras.map((c) => c.name)])).toEqual([
      ['Chó', ['D']],
      ['Chợ', ['C']],
      ['Giao thông', ['A', 'B']],
      [undefined, ['E']],
    ]);
  });

  it('has no groups for no cameras', () => {
    expect(groupCameras([], () => true)).toEqual([]);
  });
});

describe('cameraAreas', () => {
  it('lists each area in use once, in alphabetical order', () => {
    expect(cameraAreas([cam('A', 'Giao thông'), cam('B', 'Du lịch'), cam('C'), cam('D', 'giao thông')])).toEqual(['Du lịch', 'Giao thông']);
  });
});
