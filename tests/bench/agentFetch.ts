/**
 * A `fetch` over node:http with a keep-alive agent of one socket: each
 * simulated tablet gets its own, so it holds its own TCP connection as a
 * real tablet does, instead of sharing one pool with 199 others (where the
 * pool, not the server, decides who waits). Enough of fetch for
 * httpTransport: a method, string headers, a string body, an abort signal,
 * a text answer.
 *
 * `localAddress` (any of 127.0.0.0/8 on Linux) lets each tablet come from an
 * address of its own, so the server's per-address enrolment budget sees a
 * workshop's tablets, not one guesser, when hundreds enrol within seconds.
 */
import http from 'node:http';

export function agentFetch(options: { localAddress?: string } = {}): { fetch: typeof fetch; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolveWith, rejectWith) => {
      let request: http.ClientRequest | undefined;
      const onAbort = () => request?.destroy();
      // The listener goes as soon as the request is over, so a signal shared by many requests does not pile them up.
      const settle = () => signal?.removeEventListener('abort', onAbort);
      const resolve = (response: Response) => {
        settle();
        resolveWith(response);
      };
      const reject = (error: Error) => {
        settle();
        rejectWith(error);
      };
      if (signal?.aborted === true) {
        reject(new DOMException('aborted', 'AbortError'));
        return;
      }
      const send = (retryOnStaleSocket: boolean) => {
        request = http.request(
          { agent, ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }), host: url.hostname, port: url.port, path: url.pathname + url.search, method: init?.method ?? 'GET', headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const responseHeaders = new Headers();
              for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
              resolve(new Response(Buffer.concat(chunks).toString('utf8'), { status: response.statusCode ?? 500, headers: responseHeaders }));
            });
          },
        );
        const sent: http.ClientRequest = request;
        sent.on('error', (error: NodeJS.ErrnoException) => {
          // A kept-alive socket the server closed as idle just as this request went out: a browser
          // sends the request again on a new connection (Node's docs advise the same), so do that once.
          if (retryOnStaleSocket && sent.reusedSocket && error.code === 'ECONNRESET' && signal?.aborted !== true) {
            send(false);
            return;
          }
          reject(signal?.aborted === true ? new DOMException('aborted', 'AbortError') : new TypeError('fetch failed'));
        });
        if (body !== undefined) sent.write(body);
        sent.end();
      };
      send(true);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  return { fetch: fetchImpl, close: () => agent.destroy() };
}
