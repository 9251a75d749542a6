// Hand-off latency: the touchpoint that makes a lead hot passes the baton in its own request —
// owner, first task, hand-off row and notification are written before the response. Measured
// through the HTTP app, against the same single touchpoint on a lead that stays below the line.
import { createApp } from "../src/http/app.ts";
import { createUser } from "../src/services/users/create-user.ts";
import { type BenchEnv, fmt, percentile, timed } from "./support.ts";

const LEADS = 400;
const BACKGROUND = 20_000;
const REPS = 8;

export async function benchHandoff(env: BenchEnv) {
  const ws = env.workspaceId;
  for (let i = 0; i < REPS; i++) {
    await createUser(env.deps, {
      workspaceId: ws,
      email: `rep${i}@handoff.example`,
      name: `Rep ${i}`,
      role: "sales",
    });
  }
  const app = createApp(env.deps);
  const post = async (body: unknown): Promise<Response> =>
    await app.request("/api/v1/touchpoints", {
      method: "POST",
      headers: { Authorization: `Bearer ${env.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const batch = async (items: unknown[]) => {
    const res = await app.request("/api/v1/touchpoints/batch", {
      method: "POST",
      headers: { Authorization: `Bearer ${env.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ items }),
    });
    if (res.status !== 200) throw new Error(`batch: ${res.status} ${await res.text()}`);
  };
  const at = new Date(Date.now() - 60_000).toISOString();
  // A realistic table: 20,000 other leads, warm from one form each.
  for (let i = 0; i < BACKGROUND; i += 1000) {
    await batch(
      Array.from({ length: 1000 }, (_, j) => ({
        email: `bg${i + j}@handoff.example`,
        kind: "form_submit",
        occurredAt: at,
      })),
    );
  }
  // Leads one webinar short of hot (form 10 + event 12 = 22; +10 → 32 ≥ 30), and cold ones.
  for (let i = 0; i < LEADS; i += 200) {
    const items = [];
    for (let j = i; j < Math.min(i + 200, LEADS); j++) {
      items.push({ email: `ready${j}@handoff.example`, kind: "form_submit", occurredAt: at });
      items.push({ email: `ready${j}@handoff.example`, kind: "event_attended", occurredAt: at });
      items.push({ email: `cold${j}@handoff.example`, kind: "page_view", occurredAt: at });
    }
    await batch(items);
  }
  await env.deps.db.execute("analyze");

  const measure = async (prefix: string, kind: string) => {
    const times: number[] = [];
    for (let j = 0; j < LEADS; j++) {
      const { ms, result } = await timed(() =>
        post({ email: `${prefix}${j}@handoff.example`, kind, occurredAt: new Date().toISOString() }),
      );
      if (result.status !== 201) throw new Error(`touchpoint: ${result.status} ${await result.text()}`);
      times.push(ms);
    }
    return times.sort((a, b) => a - b);
  };
  // Alternate a few warm-up requests, then measure each kind.
  const baseline = await measure("cold", "page_view");
  const handoff = await measure("ready", "webinar");
  const passed = await env.deps.db.execute(
    `select count(*)::int as n, count(distinct owner_id)::int as owners from handoffs where workspace_id = '${ws}'`,
  );
  const { n, owners } = passed.rows[0] as { n: number; owners: number };
  if (n !== LEADS) throw new Error(`expected ${LEADS} hand-offs, found ${n}`);
  return {
    name: "Hand-off latency (touchpoint → owner assigned)",
    lines: [
      `${LEADS} leads, each one webinar short of hot, among ${BACKGROUND.toLocaleString("en-US")} warm leads; ${REPS} sales users.`,
      `POST /touchpoints that makes the lead hot and passes the baton (owner, first task with SLA, hand-off, notification in the same transaction): p50 **${fmt(percentile(handoff, 50), 1)} ms**, p99 ${fmt(percentile(handoff, 99), 1)} ms.`,
      `Baseline, same run: a POST /touchpoints that leaves a lead cold (no hand-off): p50 ${fmt(percentile(baseline, 50), 1)} ms, p99 ${fmt(percentile(baseline, 99), 1)} ms.`,
      `${n} hand-offs, spread round-robin over ${owners} owners. The owner is assigned when the response returns: the latency is the request's.`,
    ],
  };
}
