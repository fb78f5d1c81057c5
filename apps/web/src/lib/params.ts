import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in its address (so a filtered list can be shared): the parameters, and `set(key, value)`,
 * which replaces one (null or '' removes it) without adding a history entry per keystroke.
 */
export function useUrlFilters(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (value) n.set(key, value);
          else n.delete(key);
          return n;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, set];
}
