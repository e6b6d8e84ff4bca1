import { z } from 'zod';

/**
 * Option fields every connector's schema asks for, with the messages the console shows after the
 * field's path ("apiKey: must not be empty"), so all connectors word them alike.
 */

/** Text that must hold something and not run away: names, codes, keys. */
export function boundedText(max: number) {
  return z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** An http(s) address of a source system. */
export function httpAddress() {
  return z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
}

const PEM_CERTIFICATE = /^\s*(-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*)+$/;

/**
 * How an HTTP connector reaches its source, the same in every one: the certificate authority of a
 * provincial network (government LANs often run their own), and a cap on the request rate the source
 * allows. Spread into a connector's options schema; `sourceConnection` turns them into client options.
 */
export const sourceConnectionFields = {
  caCertificate: z
    .string()
    .max(64_000, 'must be at most 64000 characters')
    .regex(PEM_CERTIFICATE, 'must be one or more PEM certificates (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)')
    .optional()
    .meta({
      label: { vi: 'Chứng thư CA của mạng tỉnh', en: 'Provincial CA certificate' },
      help: { vi: 'PEM; tin cậy thêm ngoài các CA công cộng, khi nguồn dùng chứng thư của CA riêng', en: 'PEM; trusted besides the public CAs, when the source uses a private CA' },
    }),
  maxRequestsPerSecond: z
    .number()
    .positive('must be more than 0')
    .max(100, 'must be at most 100')
    .optional()
    .meta({
      label: { vi: 'Số yêu cầu tối đa mỗi giây', en: 'Most requests a second' },
      help: { vi: 'theo mức nguồn cho phép; không giới hạn khi để trống', en: 'as the source allows; no limit when empty' },
    }),
};
