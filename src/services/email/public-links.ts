// The public links written into emails: unsubscribe (/u), open pixel (/t/o) and click (/t/c).
// They start with `base`, where recipients reach this Baton (Deps.publicUrl).
import { signToken, type TokenPayload } from "./tokens.ts";

type Ids = Omit<TokenPayload, "purpose" | "position">;

export function unsubscribeUrl(base: string, key: string, ids: Ids): string {
  return `${base}/u/${signToken(key, { purpose: "unsubscribe", ...ids })}`;
}

export function openPixelUrl(base: string, key: string, ids: Ids): string {
  return `${base}/t/o/${signToken(key, { purpose: "open", ...ids })}`;
}

export function clickUrl(base: string, key: string, ids: Ids, position: number): string {
  return `${base}/t/c/${signToken(key, { purpose: "click", ...ids, position })}`;
}
