// Screens that keep their filters in the URL: read the query string, and set or clear one
// parameter while keeping the others (replacing the history entry, not adding one).

import { useSearchParams } from "react-router";

export function useUrlParams(): [URLSearchParams, (name: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [params, setParam];
}
