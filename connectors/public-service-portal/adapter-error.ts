/** The adapter answered HTTP 200 with an `error_code` other than 0. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  constructor(
    /** `credentials`: the login was refused; `session`: still expired after logging in again; `adapter`: any other code. */
    readonly kind: 'credentials' | 'session' | 'adapter',
    message: string,
  ) {
    super(message);
  }
}
