// A field path from the API's validation details ("items.0.unitPriceMinor") in words a person can
// find on the form ("Items #1 › unit price"): positions count from 1, camelCase becomes words, and
// storage suffixes (minor units, basis points, ids) are dropped.

const SUFFIXES = /(Minor|Bp|Id|Ids)$/;

function words(segment: string): string {
  const plain = segment.length > 2 ? segment.replace(SUFFIXES, "") : segment;
  return plain
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
}

export function fieldWords(path: string): string {
  const parts = path
    .split(".")
    .filter((s) => s !== "")
    .map((s) => (/^\d+$/.test(s) ? `#${Number(s) + 1}` : words(s)));
  const text = parts.join(" › ").replace(/ › #/g, " #");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
