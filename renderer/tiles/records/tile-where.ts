import type { RecordsTileOptions, RecordsWhere } from '../../../common/index.js';

/** The host-side filter of a records tile's options: what the layout narrowed the list to. */
export function tileWhere(o: Pick<RecordsTileOptions, 'statuses' | 'categories' | 'places' | 'overdueOnly'>): RecordsWhere {
  return {
    ...(o.statuses ? { status: o.statuses } : {}),
    ...(o.categories ? { category: o.categories } : {}),
    ...(o.places ? { place: o.places } : {}),
    ...(o.overdueOnly ? { overdueOnly: true } : {}),
  };
}
