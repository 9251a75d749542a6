// The public links written into emails: unsubscribe (/u), open pixel (/t/o) and click (/t/c).
// They start with BATON_PUBLIC_URL, where recipients reach this Baton.
import { config } from "../../config.ts";
import { signToken, type TokenPayload } from "./tokens.ts";

export const publicBaseUrl = (): string => config().publicUrl;

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
