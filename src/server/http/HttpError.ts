import { refusalBody, type RefusalBody, type RefusalCode } from '#shared/protocol.ts';

/** An error whose code tells the app which sentence to show, and whose message is for logs and terminals. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }

  get body(): RefusalBody {
    return refusalBody(this.code, this.message);
  }
}
