import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, isUnauthenticated } from "./api/client.ts";
import { SESSION_KEY } from "./features/auth/session.ts";

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 on any request means the session ended: re-check it, and the shell sends the user to /login.
    onError: (error, query) => {
      if (isUnauthenticated(error) && query.queryKey[0] !== SESSION_KEY[0]) {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not fix themselves; retry only network and server failures.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
