import { useCallback, useEffect, useState } from 'react';
import type { CoordinatorApi } from '#coordinator/api/coordinatorApi.ts';

/**
 * Who is at the page: `checking` while the server is asked on load (the
 * page shows only a quiet "one moment"), then signed out or in. `ended`
 * says a session ran out under the coordinator's hands, so the sign-in
 * can say why it is back.
 */
export type SessionState = { readonly status: 'checking' } | { readonly status: 'signedOut'; readonly ended: boolean } | { readonly status: 'signedIn'; readonly expiresAt: string };

export interface Session {
  readonly state: SessionState;
  signedIn(expiresAt: string): void;
  ended(): void;
  signOut(): Promise<void>;
}

export function useSession(api: CoordinatorApi | null): Session {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    if (!api) return undefined;
    let cancelled = false;
    api
      .session()
      .then((session) => {
        if (!cancelled) setState(session ? { status: 'signedIn', expiresAt: session.expiresAt } : { status: 'signedOut', ended: false });
      })
      // Unreachable server: the sign-in form says so when it is used.
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
  const ended = useCallback(() => {
    setState((current) => (current.status === 'signedIn' ? { status: 'signedOut', ended: true } : current));
  }, []);
  const signOut = useCallback(async () => {
    // Signed out on this page whatever the server says: the cookie is the server's to drop.
    await api?.signOut().catch(() => undefined);
    setState({ status: 'signedOut', ended: false });
  }, [api]);

  return { state, signedIn, ended, signOut };
}
