import { useCallback, useEffect, useRef, useState } from 'react';

export type Remote<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'ready'; readonly data: T };

/**
 * Loads what `load` fetches, again whenever `load` changes (wrap it in
 * useCallback with what it depends on) or `reload` is called. A new `load`
 * shows loading; a `reload` keeps what is on screen until the fresh answer
 * is in. An answer that arrives after a newer request started is dropped.
 */
export function useRemote<T>(load: () => Promise<T>): { remote: Remote<T>; reload: () => void } {
  const [remote, setRemote] = useState<Remote<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const lastLoad = useRef(load);
  useEffect(() => {
    let cancelled = false;
    if (lastLoad.current !== load) {
      lastLoad.current = load;
      setRemote({ status: 'loading' });
    }
    load().then(
      (data) => {
        if (!cancelled) setRemote({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!cancelled) setRemote({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, round]);
  const reload = useCallback(() => {
    setRound((r) => r + 1);
  }, []);
  return { remote, reload };
}
