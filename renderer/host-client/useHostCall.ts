// Runs one host call when its inputs change and reports loading, value or French error.
import { useEffect, useState } from 'react';

export type CallState<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'failed'; message: string };

export function useHostCall<T>(call: () => Promise<T>, deps: readonly unknown[]): CallState<T> {
  const [state, setState] = useState<CallState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call().then(
      (value) => live && setState({ status: 'done', value }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
