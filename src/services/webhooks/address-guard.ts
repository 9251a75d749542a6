// Which addresses a webhook may reach: public unicast only. Everything else — loopback, private
// networks, link-local (the cloud metadata service at 169.254.169.254 among them), carrier-grade
// NAT, "this network", multicast and broadcast, documentation and benchmarking ranges, and IPv6
// forms that embed an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo) — is refused, because a
// subscription URL is whatever an admin typed and must not turn Baton into a door to its own
// network. ipaddr.js names the ranges; an allow-list of one name is easier to trust than a
// deny-list that must remember every range.
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private address",
  uniqueLocal: "a private address",
  linkLocal: "a link-local address",
  carrierGradeNat: "a carrier-grade NAT address",
  unspecified: "an unspecified address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
  rfc6145: "an IPv4-translated IPv6 address",
  rfc6052: "a NAT64 address",
  "6to4": "a 6to4 address",
  teredo: "a Teredo address",
  reserved: "a reserved address",
};

/** Why the address may not be reached ("10.0.0.5 is a private address"), or null. */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const range = ipaddr.parse(address).range();
  if (range === "unicast") return null;
  // The metadata service is the address attackers want most; name it so the reason is plain.
  if (address === "169.254.169.254") return `${address} is the cloud metadata address`;
  return `${address} is ${RANGE_WORDS[range] ?? `a reserved address (${range})`}`;
}

/** A URL host as an IP address, without IPv6's brackets; null when it is a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}

/**
 * At subscription time: a host written as an address is checked at once (the URL parser has
 * already turned octal, hexadecimal and single-number IPv4 forms into dotted decimal), and
 * `localhost` names are refused by name. Other names are checked when each delivery connects.
 */
export function hostProblem(url: URL, allowAddresses: readonly string[] = []): string | null {
  const { hostname } = url;
  const literal = literalAddress(hostname);
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  if (literal) return allowAddresses.includes(`${literal}:${port}`) ? null : addressProblem(literal);
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return `${hostname} is this machine`;
  return null;
}
