import { useCallback, useEffect, useMemo, useState } from 'react';
import { createCoordinatorApi, type CoordinatorApi, type FetchLike } from '#coordinator/api/coordinatorApi.ts';

/**
 * Who is at the page: `checking` while the server is asked on load (the
 * page shows only a quiet "one moment"), then signed out or in. `ended`
 * says a session ran out under the coordinator's hands (any call answered
 * `coordinator_session_needed`), so the sign-in can say why it is back.
 */
export type SessionState = { readonly status: 'checking' } | { readonly status: 'signedOut'; readonly ended: boolean } | { readonly status: 'signedIn'; readonly expiresAt: string };

export interface Session {
  readonly state: SessionState;
  /** The one client of the page, which reports an expired session back here. */
  readonly api: CoordinatorApi;
  readonly signedIn: (expiresAt: string) => void;
  readonly signOut: () => Promise<void>;
}

const endedIfSignedIn = (current: SessionState): SessionState => (current.status === 'signedIn' ? { status: 'signedOut', ended: true } : current);

export function useSession(fetch?: FetchLike): Session {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const api = useMemo(
    () =>
      createCoordinatorApi({
        ...(fetch ? { fetch } : {}),
        onSessionEnded: () => {
          setState(endedIfSignedIn);
        },
      }),
    [fetch],
  );

  useEffect(() => {
    let cancelled = false;
    api
      .session()
      .then((session) => {
        if (!cancelled) setState(session ? { status: 'signedIn', expiresAt: session.expiresAt } : { status: 'signedOut', ended: false });
      })
      // An unreachable server: the sign-in form says so when it is used.
      .catch(() => {
        if (!cancelled) setState({ status: 'signedOut', ended: false });
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const signedIn = useCallback((expiresAt: string) => {
    setState({ status: 'signedIn', expiresAt });
  }, []);
  const signOut = useCallback(async () => {
    // Signed out on this page whatever the server says: the cookie is the server's to drop.
    await api.signOut().catch(() => undefined);
    setState({ status: 'signedOut', ended: false });
  }, [api]);

  return { state, api, signedIn, signOut };
}
