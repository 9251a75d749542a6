// The sender as stored on an outbox row ("Name" <address>), and the unsubscribe headers of
// marketing mail (RFC 2369 List-Unsubscribe, RFC 8058 one-click).

export function formatFrom(name: string, address: string): string {
  return `"${name.replace(/["\\]/g, "\\$&")}" <${address}>`;
}

export function parseFrom(from: string): { name: string; address: string } {
  const m = /^"((?:[^"\\]|\\.)*)" <([^<>\s]+)>$/.exec(from);
  if (!m) return { name: "", address: from };
  return { name: m[1]!.replace(/\\(.)/g, "$1"), address: m[2]! };
}

export function unsubscribeHeaders(url: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
