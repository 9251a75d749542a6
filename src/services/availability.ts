// Whether a failure is the database being briefly out of reach (a restart, a failover), so the
// edge can answer 503 with Retry-After instead of a 500. The test itself belongs to the store.
export { isDatabaseUnavailable } from "../store/pg-errors.ts";
