// Whether a failure is the database being briefly out of reach (a restart, a failover), so the
// edge can answer 503 with Retry-After instead of a 500. The test itself belongs to the store.
// A full disk and a stopped embedded server are answered 503 too, in words that say so.
export { currentOutage } from "../store/outage.ts";
export { isDatabaseUnavailable, isDiskFull } from "../store/pg-errors.ts";
