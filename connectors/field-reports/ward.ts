/** The ward or commune of a report, for counts per commune. */
export interface Ward {
  /** Goes into series ids: the 5-digit code when the source gives one, else the name without accents ("thuan-hoa"). */
  key: string;
  name: string;
  /** Commune code of QĐ 19/2025/QĐ-TTg (domain.md §8), kept as a string with its leading zeros. */
  code?: string;
}

/**
 * Since 1 July 2025 there are no districts: an address ends "…, Phường Thuận Hóa, thành phố Huế", and the commune-level
 * unit is a phường (ward), a xã (commune) or a đặc khu (special zone) (domain.md §8).
 */
const communePrefix = /^(phường|xã|đặc khu)\s+(?=\S)/iu;

/** "Phường Thuận Hóa" → "thuan-hoa": ASCII for series ids, which allow only a-z, 0-9 and a few marks. */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The commune part of an address, with its first letter capitalised as a proper name. */
export function communeInAddress(address: string): string | undefined {
  const part = address
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .findLast((p) => communePrefix.test(p));
  return part === undefined ? undefined : part.charAt(0).toLocaleUpperCase('vi') + part.slice(1);
}

export function wardOf(source: { address?: string; wardCode?: string }): Ward | undefined {
  const name = source.address === undefined ? undefined : communeInAddress(source.address);
  if (source.wardCode !== undefined) return { key: source.wardCode, code: source.wardCode, name: name ?? `Mã xã ${source.wardCode}` };
  if (name === undefined) return undefined;
  const key = asciiSlug(name.replace(communePrefix, ''));
  return key ? { key, name } : undefined;
}
