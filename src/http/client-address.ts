// Who is on the other end of a request. Forwarded headers are believed only from the proxies an
// operator named (BATON_TRUSTED_PROXIES): from anyone else they are just text a client made up.
import { BlockList, isIP } from "node:net";
import type { Context } from "hono";

/** The trusted proxies as a matcher; an unparsable entry is refused by config before this. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** An IPv4 client reached over an IPv6 socket shows as ::ffff:a.b.c.d; the rest of Baton sees a.b.c.d. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(address: string, trusted: BlockList | null): boolean {
  const kind = isIP(address);
  return trusted !== null && kind !== 0 && trusted.check(address, kind === 6 ? "ipv6" : "ipv4");
}

/** The socket's peer; absent for in-process requests (tests, app.request). */
function peerAddress(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  return address ? plain(address) : null;
}

/**
 * The client's address: the peer's, or — when the peer is a trusted proxy — the nearest address
 * in X-Forwarded-For that is not itself a trusted proxy.
 */
export function clientAddress(c: Context, trusted: BlockList | null): string | null {
  const peer = peerAddress(c);
  if (peer === null || !isTrusted(peer, trusted)) return peer;
  const forwarded = (c.req.header("X-Forwarded-For") ?? "")
    .split(",")
    .map((a) => plain(a.trim()))
    .filter((a) => isIP(a) !== 0);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!isTrusted(forwarded[i]!, trusted)) return forwarded[i]!;
  }
  return forwarded[0] ?? peer;
}

/** Whether the browser reached Baton over TLS: directly, or through a trusted proxy that says so. */
export function reachedOverTls(c: Context, trusted: BlockList | null): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  const peer = peerAddress(c);
  if (peer === null || !isTrusted(peer, trusted)) return false;
  const proto = (c.req.header("X-Forwarded-Proto") ?? "").split(",")[0]!.trim().toLowerCase();
  return proto === "https";
}
