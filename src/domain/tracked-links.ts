// Tracked links: the rules for a program link's target URL and UTM parameters, the URL a click
// lands on, and reading a campaign out of a touchpoint's properties. Pure: no I/O.

export const UTM_FIELDS = ["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"] as const;
export type UtmField = (typeof UTM_FIELDS)[number];
export type Utm = Partial<Record<UtmField, string | null>>;

/** A short code: 12 base64url characters (72 random bits, made by the service). */
export const LINK_CODE = /^[A-Za-z0-9_-]{12}$/;
export const MAX_TARGET_URL = 2000;

/**
 * Why a target URL cannot be stored (in the words of the form), or null when it can. Only
 * absolute http(s) URLs with a host and no user name or password (a classic way to disguise where
 * a link goes), and without UTM parameters of their own: those are the link's fields.
 */
export function targetUrlProblem(raw: string): string | null {
  if (raw.length > MAX_TARGET_URL) return `The target URL is longer than ${MAX_TARGET_URL} characters.`;
  if (!URL.canParse(raw)) return "The target URL is not a valid address (e.g. https://example.com/page).";
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return "The target URL must start with http:// or https://.";
  }
  if (!url.hostname) return "The target URL has no host.";
  if (url.username || url.password) return "The target URL must not contain a user name or password.";
  for (const key of url.searchParams.keys()) {
    if ((UTM_FIELDS as readonly string[]).includes(key.toLowerCase())) {
      return `The target URL already has ${key}; put it in the UTM fields instead.`;
    }
  }
  return null;
}

/** The stored form of a valid target URL (the URL parser's serialisation); anything else as is. */
export function normaliseTargetUrl(raw: string): string {
  return URL.canParse(raw) ? new URL(raw).href : raw;
}

/**
 * The target with the link's UTM parameters appended: the target's own query is kept as written
 * and its fragment stays last.
 */
export function trackedUrl(target: string, utm: Utm): string {
  const url = new URL(target);
  const extra = UTM_FIELDS.flatMap((key) => {
    const value = utm[key];
    return value ? [`${key}=${encodeURIComponent(value)}`] : [];
  }).join("&");
  if (!extra) return url.href;
  const own = url.search.slice(1);
  url.search = own ? `${own}&${extra}` : extra;
  return url.href;
}

/**
 * The campaign a touchpoint names in its properties: `utm_campaign`, as a website reads it off its
 * landing URL. Anything but a non-empty string names none.
 */
export function campaignOf(properties: Record<string, unknown> | undefined): string | null {
  const value = properties?.utm_campaign;
  return typeof value === "string" && value.length > 0 ? value : null;
}
