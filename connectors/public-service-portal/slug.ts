/**
 * An agency code as a series-id segment: lower case, Vietnamese letters without marks ("đ" as "d"), runs of
 * anything else as one "-". Dots stay, so "000.00.12.H46" keeps its shape.
 */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}
