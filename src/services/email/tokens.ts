// Opaque, signed tokens for the links in an email: unsubscribe, open pixel and click redirect.
// A token is base64url(payload ‖ HMAC-SHA256(workspace signing key, payload)); the payload names
// the purpose, the workspace, the contact, the message and (for a click) the link's position.
// Tokens are deterministic, so the one written into a message can be recomputed at send time
// (List-Unsubscribe) without being stored. A forged, truncated or tampered token fails the
// constant-time comparison; the purpose byte keeps a click token from unsubscribing anyone.
// A program's tracked link uses the same tokens with the purpose "link": the third id is then the
// link's, not a message's (services/programs/link-tokens.ts). A proposal's public link uses the
// purpose "proposal", the third id being the proposal's (services/proposals/proposal-link.ts).
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "../../store/db.ts";
import { workspaces } from "../../store/schema/index.ts";

export const TOKEN_PURPOSES = {
  unsubscribe: 0x75,
  open: 0x6f,
  click: 0x63,
  link: 0x6c,
  proposal: 0x70,
} as const;
export type TokenPurpose = keyof typeof TOKEN_PURPOSES;

export interface TokenPayload {
  purpose: TokenPurpose;
  workspaceId: string;
  contactId: string;
  /** The message; for a "link" token the tracked link (program_links.id), for "proposal" the proposal. */
  outboxId: string;
  /** The link's position in the message (click tokens only). */
  position?: number;
}

const VERSION = 1;
const MAC_BYTES = 32;
const BASE = 2 + 16 * 3;
const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Anything longer is not one of ours; refuse before decoding.
export const MAX_TOKEN_LENGTH = 200;

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ""), "hex");
function uuidOf(bytes: Buffer): string {
  const h = bytes.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const mac = (key: string, payload: Buffer) => createHmac("sha256", key).update(payload).digest();

export function signToken(signingKey: string, p: TokenPayload): string {
  for (const id of [p.workspaceId, p.contactId, p.outboxId]) {
    if (!HEX_UUID.test(id)) throw new Error(`signToken: ${id} is not a lower-case UUID`);
  }
  const isClick = p.purpose === "click";
  const payload = Buffer.alloc(BASE + (isClick ? 2 : 0));
  payload[0] = VERSION;
  payload[1] = TOKEN_PURPOSES[p.purpose];
  uuidBytes(p.workspaceId).copy(payload, 2);
  uuidBytes(p.contactId).copy(payload, 18);
  uuidBytes(p.outboxId).copy(payload, 34);
  if (isClick) payload.writeUInt16BE(p.position ?? 0, BASE);
  return Buffer.concat([payload, mac(signingKey, payload)]).toString("base64url");
}

/** The payload's shape, before its signature is checked; null when it cannot be one of ours. */
function parse(
  token: string,
  purpose: TokenPurpose,
): { payload: Buffer; tag: Buffer; p: TokenPayload } | null {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  const payloadLength = BASE + (purpose === "click" ? 2 : 0);
  if (raw.length !== payloadLength + MAC_BYTES) return null;
  // Re-encoding must give the same text: no trailing bits or alternative spellings.
  if (raw.toString("base64url") !== token) return null;
  if (raw[0] !== VERSION || raw[1] !== TOKEN_PURPOSES[purpose]) return null;
  const payload = raw.subarray(0, payloadLength);
  return {
    payload,
    tag: raw.subarray(payloadLength),
    p: {
      purpose,
      workspaceId: uuidOf(raw.subarray(2, 18)),
      contactId: uuidOf(raw.subarray(18, 34)),
      outboxId: uuidOf(raw.subarray(34, 50)),
      ...(purpose === "click" ? { position: raw.readUInt16BE(BASE) } : {}),
    },
  };
}

/** Checks a token against a known key (pure; the key is the workspace's). */
export function verifyTokenWithKey(
  signingKey: string,
  token: string,
  purpose: TokenPurpose,
): TokenPayload | null {
  const parsed = parse(token, purpose);
  if (!parsed) return null;
  return timingSafeEqual(parsed.tag, mac(signingKey, parsed.payload)) ? parsed.p : null;
}

export async function signingKeyOf(ex: Executor, workspaceId: string): Promise<string | undefined> {
  const [row] = await ex
    .select({ key: workspaces.signingKey })
    .from(workspaces)
    .where(eq(workspaces.workspaceId, workspaceId));
  return row?.key;
}

/** Verifies a token from a request: the workspace it names supplies the key. */
export async function verifyToken(
  ex: Executor,
  token: string,
  purpose: TokenPurpose,
): Promise<TokenPayload | null> {
  const parsed = parse(token, purpose);
  if (!parsed) return null;
  const key = await signingKeyOf(ex, parsed.p.workspaceId);
  if (!key) return null;
  return timingSafeEqual(parsed.tag, mac(key, parsed.payload)) ? parsed.p : null;
}
