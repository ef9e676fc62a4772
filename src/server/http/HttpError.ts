import type { ERROR_CODES } from '#shared/protocol.ts';

type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** An error whose message is meant for the person in front of the tablet. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
