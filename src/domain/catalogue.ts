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

// Where a channel's name is not its code with spaces: one set of words for the screens, the CSV and
// the advice the server writes.
const CHANNEL_LABELS: Partial<Record<Channel, string>> = {
  public_relations: "Public relations",
  social_media: "Social media",
  direct_mail: "Direct mail",
  trade_show: "Trade show",
  cold_calling: "Cold calling",
  viral: "Viral / word of mouth",
};

/** A channel as people write it ("Cold calling"); an unknown code with its underscores as spaces. */
export function channelLabel(channel: string): string {
  const known = CHANNEL_LABELS[channel as Channel];
  if (known) return known;
  const words = channel.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const TEMPERATURES = ["cold", "warm", "hot"] as const;
export type Temperature = (typeof TEMPERATURES)[number];
