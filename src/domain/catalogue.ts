// Fixed vocabularies from the product specification (§2).
export const ROLES = ["admin", "marketing", "sales", "partner"] as const;
export type Role = (typeof ROLES)[number];

/** Intermediate sellers (product.md §1, the 4 P's: place). */
export const PARTNER_KINDS = ["reseller", "affiliate"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const CHANNELS = [
  "advertising",
  "public_relations",
  "social_media",
  "relationship",
  "brand",
  "viral",
  "referral",
  "direct_mail",
  "email",
  "trade_show",
  "website",
  "content",
  "community",
  "partner",
  "cold_calling",
  "networking",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const TEMPERATURES = ["cold", "warm", "hot"] as const;
export type Temperature = (typeof TEMPERATURES)[number];
