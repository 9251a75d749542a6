// What the server's connections wait on while a benchmark runs: pg_stat_activity and pg_locks
// sampled every few milliseconds from a connection of the bench's own. A lock that serializes
// writers shows up as most active connections waiting on one relation's row or transaction lock.
import type pg from "pg";

interface Sample {
  active: number;
  waits: Map<string, number>;
}

const SAMPLE_SQL = `
  select a.pid, a.state, a.wait_event_type, a.wait_event,
    (select string_agg(distinct l.locktype || coalesce(' on ' || l.relation::regclass::text, ''), ', ')
       from pg_locks l where l.pid = a.pid and not l.granted) as waiting_for,
    regexp_replace(left(a.query, 60), '\\s+', ' ', 'g') as query,
    cardinality(pg_blocking_pids(a.pid)) as blockers,
    (select regexp_replace(left(b.query, 60), '\\s+', ' ', 'g') from pg_stat_activity b
       where b.pid = (pg_blocking_pids(a.pid))[1]) as blocker_query
  from pg_stat_activity a
  where a.datname = current_database() and a.backend_type = 'client backend'
    and a.pid <> pg_backend_pid() and a.state <> 'idle'`;

/** Starts sampling; `stop()` returns Markdown-ready lines summarising the waits seen. */
export function sampleWaits(pool: pg.Pool, everyMs = 25) {
  const samples: Sample[] = [];
  const blockers = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    const client = await pool.connect();
    try {
      while (running) {
        const { rows } = await client.query(SAMPLE_SQL);
        const waits = new Map<string, number>();
        for (const r of rows) {
          const key =
            r.wait_event_type === "Lock"
              ? `Lock:${r.wait_event} (${r.waiting_for ?? "?"}) in "${r.query}"`
              : r.wait_event_type
                ? `${r.wait_event_type}:${r.wait_event}`
                : r.state === "active"
                  ? "running (CPU)"
                  : r.state;
          waits.set(key, (waits.get(key) ?? 0) + 1);
          if (r.blockers > 0 && r.blocker_query) {
            blockers.set(r.blocker_query, (blockers.get(r.blocker_query) ?? 0) + 1);
          }
        }
        samples.push({ active: rows.length, waits });
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    } finally {
      client.release();
    }
  })();
  return {
    async stop(): Promise<{ lines: string[]; lockShare: number }> {
      running = false;
      await loop;
      const totals = new Map<string, number>();
      let seen = 0;
      for (const s of samples) {
        seen += s.active;
        for (const [k, n] of s.waits) totals.set(k, (totals.get(k) ?? 0) + n);
      }
      const share = (n: number) => `${((n / Math.max(seen, 1)) * 100).toFixed(1)} %`;
      const locks = [...totals].filter(([k]) => k.startsWith("Lock:")).reduce((a, [, n]) => a + n, 0);
      const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 6);
      const topBlockers = [...blockers].sort((a, b) => b[1] - a[1]).slice(0, 3);
      return {
        lockShare: locks / Math.max(seen, 1),
        lines: [
          `${samples.length} samples, ${(seen / Math.max(samples.length, 1)).toFixed(1)} busy connections on average; waiting on a lock: ${share(locks)} of connection-samples`,
          ...top.map(([k, n]) => `  ${share(n)} ${k}`),
          ...topBlockers.map(([q, n]) => `  blocker (${n} samples): "${q}"`),
        ],
      };
    },
  };
}
