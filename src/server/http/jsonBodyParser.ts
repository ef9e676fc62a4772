/**
 * The JSON body parser: Fastify's own (secure-json-parse, with the proto-poisoning
 * actions buildServer chooses), behind a scan that refuses nesting deeper than
 * MAX_JSON_DEPTH. Whatever walks a parsed body recursively (JSON.stringify, zod,
 * jsonb) overflows its stack somewhere past a few thousand levels; refused here, a
 * body like that is a 400 of its own and never reaches a push group it could fail.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from './HttpError.ts';

/** Far deeper than anything Schakel sends (a push is under ten levels), far shallower than any stack. */
export const MAX_JSON_DEPTH = 64;

export function registerJsonBodyParser(app: FastifyInstance, poisoning: { readonly proto: 'remove'; readonly constructor: 'remove' }): void {
  const parse = app.getDefaultJsonParser(poisoning.proto, poisoning.constructor);
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestingDepthOver(text, MAX_JSON_DEPTH)) {
      done(new HttpError(400, 'invalid_request', `The request is not valid: its data is nested more than ${String(MAX_JSON_DEPTH)} levels deep.`), undefined);
      return;
    }
    void parse(request, text, done);
  });
}

/**
 * Whether the brackets of JSON text nest deeper than `max`, counting `[` and `{` outside
 * strings. It does not check the text is JSON (the parser does); it only has to be iterative.
 */
export function nestingDepthOver(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
