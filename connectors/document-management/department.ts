export interface Department {
  /** Series-safe key: "so-tai-chinh". */
  slug: string;
  name: string;
}

/** "Sở Giáo dục và Đào tạo" → "so-giao-duc-va-dao-tao"; đ has no decomposition, so it is mapped by hand. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'khac' : slug.slice(0, 60);
}

/** The department of a code as sent by the source, named by the configuration when it knows the code. */
export function departmentOf(code: string, names: Readonly<Record<string, string>> = {}): Department {
  return { slug: slugify(code), name: names[code] ?? code };
}
