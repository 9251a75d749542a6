// The soak's figures: one Markdown row per interval, the whole run per kind, and whether memory
// grew (a least-squares slope over the intervals after the first).
import type { IntervalLine, Kind, KindStats } from "./soak-load.ts";
import { fmt } from "./support.ts";

export interface Row {
  phase: string;
  t: number;
  seconds: number;
  load: number;
  kinds: Partial<Record<Kind, KindStats>>;
  serverRss: number[];
  postgresPss: number | null;
  /** CPU milliseconds the servers and PostgreSQL used in the interval (steadier than wall clock). */
  cpu: { serverMs: number; postgresMs: number } | null;
}

const MIX: Kind[] = ["board", "contact", "batch", "form", "report"];

export function rowOf(
  phase: string,
  line: IntervalLine,
  load: number,
  serverRss: number[],
  pg: number | null,
  cpu: Row["cpu"],
): Row {
  return {
    phase,
    t: line.t,
    seconds: line.seconds,
    load,
    kinds: line.kinds,
    serverRss,
    postgresPss: pg,
    cpu,
  };
}

const sum = (kinds: Partial<Record<Kind, KindStats>>, f: (s: KindStats) => number) =>
  Object.values(kinds).reduce((a, s) => a + f(s!), 0);

export const TABLE_HEAD = [
  "| min | load | req/s | touchpoints/s | board p50 / p99 | contact p50 / p99 | batch of 100 p50 / p99 | form p50 / p99 | report p50 / p99 | non-2xx | 5xx | CPU ms / request, server + PostgreSQL | server RSS MiB | PostgreSQL PSS MiB |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
];

const ms = (s: KindStats | undefined) => (s ? `${fmt(s.p50)} / ${fmt(s.p99)}` : "–");

export function tableRow(r: Row): string {
  const n = sum(r.kinds, (s) => s.n);
  return `| ${fmt(r.t / 60, 1)} | ${fmt(r.load, 1)} | ${fmt(n / r.seconds, 1)} | ${fmt(sum(r.kinds, (s) => s.touchpoints) / r.seconds)} | ${MIX.map((k) => ms(r.kinds[k])).join(" | ")} | ${sum(r.kinds, (s) => s.errors)} | ${sum(r.kinds, (s) => s.e5xx)} | ${r.cpu && n ? `${fmt(r.cpu.serverMs / n, 1)} + ${fmt(r.cpu.postgresMs / n, 1)}` : "–"} | ${r.serverRss.map((m) => fmt(m)).join(" + ")} | ${r.postgresPss === null ? "–" : fmt(r.postgresPss)} |`;
}

export function csvOf(rows: Row[]): string {
  const head = [
    "phase",
    "t_s",
    "load1",
    "req_per_s",
    "touchpoints_per_s",
    ...MIX.flatMap((k) => [`${k}_n`, `${k}_p50_ms`, `${k}_p99_ms`]),
    "non_2xx",
    "e5xx",
    "server_cpu_ms",
    "postgres_cpu_ms",
    "server_rss_mib",
    "postgres_pss_mib",
  ];
  const lines = rows.map((r) =>
    [
      r.phase,
      r.t.toFixed(1),
      r.load.toFixed(2),
      (sum(r.kinds, (s) => s.n) / r.seconds).toFixed(2),
      (sum(r.kinds, (s) => s.touchpoints) / r.seconds).toFixed(1),
      ...MIX.flatMap((k) => [
        r.kinds[k]?.n ?? 0,
        r.kinds[k]?.p50.toFixed(1) ?? "",
        r.kinds[k]?.p99.toFixed(1) ?? "",
      ]),
      sum(r.kinds, (s) => s.errors),
      sum(r.kinds, (s) => s.e5xx),
      r.cpu?.serverMs ?? "",
      r.cpu?.postgresMs ?? "",
      r.serverRss.map((m) => m.toFixed(1)).join("+"),
      r.postgresPss?.toFixed(1) ?? "",
    ].join(","),
  );
  return `${[head.join(","), ...lines].join("\n")}\n`;
}

/** MiB per hour of a series over time (least squares), and the first and last values. */
export function slope(points: { t: number; v: number }[]): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mt = points.reduce((a, p) => a + p.t, 0) / n;
  const mv = points.reduce((a, p) => a + p.v, 0) / n;
  const num = points.reduce((a, p) => a + (p.t - mt) * (p.v - mv), 0);
  const den = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  return den === 0 ? null : (num / den) * 3600;
}

/** The whole run, per kind: requests, share, p50 / p99 / max, non-2xx and 5xx. */
export function kindLines(kinds: Partial<Record<Kind, KindStats>>, seconds: number): string[] {
  const total = sum(kinds, (s) => s.n);
  return (["floor", ...MIX] as Kind[])
    .filter((k) => kinds[k])
    .map((k) => {
      const s = kinds[k]!;
      return `${k}: ${fmt(s.n)} requests (${fmt((s.n / total) * 100, 1)} %, ${fmt(s.n / seconds, 1)}/s), p50 ${fmt(s.p50, 1)} ms, p99 ${fmt(s.p99, 1)} ms, max ${fmt(s.max)} ms; non-2xx ${s.errors}, 5xx ${s.e5xx}`;
    });
}

export function totals(kinds: Partial<Record<Kind, KindStats>>, seconds: number) {
  return {
    requests: sum(kinds, (s) => s.n),
    rps: sum(kinds, (s) => s.n) / seconds,
    touchpointsPerSecond: sum(kinds, (s) => s.touchpoints) / seconds,
    errors: sum(kinds, (s) => s.errors),
    e5xx: sum(kinds, (s) => s.e5xx),
  };
}
