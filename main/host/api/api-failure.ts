import type { ApiErrorCode } from '../../../common/index.js';

/** Thrown inside a handler to answer with an error result; any other throw becomes 'internal'. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
