import type { Schema } from "../../api/contract.ts";

export const PARTNER_KIND_LABELS: Record<Schema<"Partner">["kind"], string> = {
  reseller: "Reseller",
  affiliate: "Affiliate",
};
