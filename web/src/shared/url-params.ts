// Screens that keep their filters in the URL: read the query string, and set or clear one
// parameter while keeping the others (replacing the history entry, not adding one).

import { useSearchParams } from "react-router";

export function useUrlParams(): [URLSearchParams, (name: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  // From the address as it is now, not as it was at the last render: two changes in a row (the
  // period's two dates typed quickly) must both land; react-router's `current` is the rendered
  // query, so the second change would drop the first.
  const setParam = (name: string, value: string | null) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [params, setParam];
}
