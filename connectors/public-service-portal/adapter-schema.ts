import { z } from 'zod';

/**
 * The integration adapter's wire format, in the OpenCPS style (domain.md 1.1 [S3a]): a login that returns a
 * session, then one POST per service. No public LGSP specification exists (domain.md 1.4 ⚠), so this is the
 * contract a province's adapter implements, or maps to with `fieldMap`; docs/connectors/public-service-portal.md
 * shows it in full.
 */

/** `error_code` values. 0 is success in OpenCPS; the others are this contract's. */
export const adapterCodes = {
  ok: 0,
  /** Login: the username or password is wrong, or the account is locked. */
  credentialsRefused: 1,
  /** Integration: the session is unknown or has expired; log in again. */
  sessionExpired: 2,
} as const;

export interface AuthRequest {
  username: string;
  password: string;
}

export const authResponseSchema = z.object({
  error_code: z.number({ error: 'must be a number' }).int(),
  session: z.string().min(1).max(4096).optional(),
  message: z.string().max(1000).optional(),
});
export type AuthResponse = z.output<typeof authResponseSchema>;

/** One page of dossiers updated in [TuNgay, DenNgay], both "yyyyMMddHHmmss" local time, oldest first. */
export interface UpdatedQuery {
  TuNgay: string;
  DenNgay: string;
  /** From 1. */
  Trang: number;
  SoBanGhi: number;
}

/**
 * One page of the dossiers whose TrangThaiHoSo is now one of these, whatever their update date, oldest
 * update first: the dossiers still open that were carried over from earlier periods. ⚠ This query is the
 * connector's own, found on no platform; open-dossiers.ts falls back to the update window when it is refused.
 */
export interface StatusQuery {
  TrangThaiHoSo: number[];
  Trang: number;
  SoBanGhi: number;
}

export type DossierQuery = UpdatedQuery | StatusQuery;

export interface IntegrationRequest {
  session: string;
  madonvi: string;
  service: 'DongBoHoSoMC';
  /** true: read the records updated in the window, rather than push new ones as OpenCPS does. */
  isUpdating: true;
  data: [DossierQuery];
}

/** The records are checked one by one afterwards, so one broken dossier does not hide the page. */
export const integrationResponseSchema = z.object({
  error_code: z.number({ error: 'must be a number' }).int(),
  message: z.string().max(1000).optional(),
  data: z.array(z.unknown()).optional(),
  TongSo: z.number().int().nonnegative().optional(),
});
export type IntegrationResponse = z.output<typeof integrationResponseSchema>;
