// Partner organisations (resellers and affiliates), as the settings screens use them.

import type { PartnerKind } from "../../../../src/domain/catalogue.ts";

export type { PartnerKind };

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PartnerInput {
  name: string;
  kind: PartnerKind;
  website: string | null;
}

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  reseller: "Reseller",
  affiliate: "Affiliate",
};
