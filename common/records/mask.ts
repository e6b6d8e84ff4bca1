/**
 * What a wall may show of a record. Walls are read from across a room open to visitors, so the host masks
 * personal data (Nghị định 13/2023/NĐ-CP) before a record reaches a viewer: the `personal` part goes whole,
 * and phone numbers and e-mail addresses citizens type into free text are masked where they stand.
 */

/**
 * Vietnamese phone numbers as people write them: 0 or +84/84 first, then 8 to 10 more digits with single
 * spaces, dots, dashes or brackets between them ("0912 345 678", "+84 91 234 5678", "(0234) 3822 123").
 * Not after a letter or digit, so codes such as "H57-250101-000123" stay whole.
 */
const phonePattern = /(?<![\p{L}\p{N}])(?:\+84|84|\(0|0)(?:[ .\-()]{0,2}\d){8,10}(?!\d)/gu;
const emailPattern = /([\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

/** Shown digits: the network or area prefix says where a number belongs without reaching its owner. */
const KEPT_DIGITS = 4;

function maskPhone(phone: string): string {
  let digits = 0;
  return phone.replace(/\d/g, (d) => (++digits <= KEPT_DIGITS ? d : '*'));
}

/** "Gọi 0912 345 678 hoặc an.nguyen@gmail.com" → "Gọi 0912 *** *** hoặc a***@gmail.com". */
export function maskPersonalText(text: string): string {
  return text.replace(phonePattern, maskPhone).replace(emailPattern, (_m, first: string, domain: string) => `${first}***@${domain}`);
}

/** Masks every string inside a JSON value, at any depth; numbers, booleans and null pass unchanged. */
export function maskPersonalValue(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (Array.isArray(value)) return value.map(maskPersonalValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPersonalValue(v)]));
  }
  return value;
}

/** A record's data as a wall may see it: without `personal`, and with phones and e-mails masked everywhere else. */
export function maskRecordData(data: Record<string, unknown>): Record<string, unknown> {
  const { personal: _personal, ...rest } = data;
  return maskPersonalValue(rest) as Record<string, unknown>;
}
