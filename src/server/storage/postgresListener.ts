/**
 * LISTEN on a Postgres connection of its own. A LISTEN belongs to one session,
 * so it cannot live on a pooled connection; and a notification sent while the
 * connection is down is lost for good, so after a reconnect the listener is
 * told there was a gap (its waiters then look for themselves).
 */
import pg from 'pg';

const RECONNECT_MS = 1_000;

export async function listenOn(
  clientConfig: pg.ClientConfig,
  channel: string,
  onMessage: (payload: string) => void,
  onGap: () => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(clientConfig);
    next.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '');
    });
    // An error or end on an idle client (server restart, network) would otherwise be unhandled.
    const lost = () => {
      if (client !== next) return;
      client = null;
      next.removeAllListeners('end');
      void next.end().catch(() => undefined);
      scheduleReconnect();
    };
    next.on('error', lost);
    next.on('end', lost);
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  };

  const scheduleReconnect = (): void => {
    if (stopped) return;
    retry = setTimeout(() => {
      connect().then(onGap, scheduleReconnect);
    }, RECONNECT_MS);
    retry.unref();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => undefined);
  };
}
