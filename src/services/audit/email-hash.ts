import { createHash } from "node:crypto";
import { normalisedEmail } from "../../domain/erasure.ts";

/**
 * SHA-256 (hex) of the trimmed, lower-cased address: how an erased contact's address is kept, and
 * how the audit log names an address without writing it. store/queries/erasure.ts computes the
 * same in SQL (`emailHashSql`); test/api/erasure.test.ts checks they agree.
 */
export function emailHash(email: string): string {
  return createHash("sha256").update(normalisedEmail(email), "utf8").digest("hex");
}
