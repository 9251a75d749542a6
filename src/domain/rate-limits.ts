// How much of each thing one address or one account may do in a window, declared once. Counted in
// fixed windows: a window starts at the first hit and lasts `windowSeconds`; a hit past `limit`
// is refused until the window ends (the answer's Retry-After).

export interface RateRule {
  /** The key's prefix; the subject (an address, an email, a token) follows it. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Said to whoever is refused; the wait is added to it. */
  refusal: string;
}

/** Failed logins of one account (by email, any workspace): guessing one password is slow. */
export const LOGIN_FAILURES_PER_ACCOUNT: RateRule = {
  name: "login-account",
  limit: 10,
  windowSeconds: 15 * 60,
  refusal: "Too many failed logins for this account",
};

/** Failed logins from one address, over any accounts: spraying one password is slow. */
export const LOGIN_FAILURES_PER_ADDRESS: RateRule = {
  name: "login-address",
  limit: 50,
  windowSeconds: 15 * 60,
  refusal: "Too many failed logins from your address",
};

/**
 * Public pages and links (unsubscribe, open pixels, click and tracked-link redirects, proposals,
 * invitations) from one address. Generous: a company's mail gateway or an image proxy fetches for
 * many people from one address, and a refused open or click is a lost fact.
 */
export const PUBLIC_REQUESTS_PER_ADDRESS: RateRule = {
  name: "public-address",
  limit: 600,
  windowSeconds: 60,
  refusal: "Too many requests from your address",
};

/** Actions on one signed link (accept, decline, unsubscribe, an invitation): a person's pace. */
export const PUBLIC_ACTIONS_PER_TOKEN: RateRule = {
  name: "public-token",
  limit: 30,
  windowSeconds: 60 * 60,
  refusal: "Too many attempts with this link",
};

/** Whole seconds until a window that started at `startedAt` ends (at least 1). */
export function secondsUntilWindowEnds(rule: RateRule, startedAt: Date, now: Date): number {
  const endsAt = startedAt.getTime() + rule.windowSeconds * 1000;
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
}

/** "15 minutes", "1 minute", "40 seconds": the wait in the refusal's words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
