import type { Db, Tx } from "./db.ts";
import { pgErrorCode } from "./pg-errors.ts";

// PostgreSQL may abort a transaction that lost a race (deadlock, serialization failure); the
// whole use case is then simply run again.
const RETRYABLE = new Set(["40001", "40P01"]);

export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (err) {
      const code = pgErrorCode(err);
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
    }
  }
}
