/**
 * A `fetch` over node:http with a keep-alive agent of one socket: each
 * simulated tablet gets its own, so it holds its own TCP connection as a
 * real tablet does, instead of sharing one pool with 199 others (where the
 * pool, not the server, decides who waits). Enough of fetch for
 * httpTransport: a method, string headers, a string body, a text answer.
 */
import http from 'node:http';

export function agentFetch(): { fetch: typeof fetch; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? init.body : undefined;
    return new Promise<Response>((resolve, reject) => {
      const request = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: init?.method ?? 'GET', headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
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
      request.on('error', () => {
        reject(new TypeError('fetch failed'));
      });
      if (body !== undefined) request.write(body);
      request.end();
    });
  };
  return { fetch: fetchImpl, close: () => agent.destroy() };
}
