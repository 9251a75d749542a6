// What sales heard, against a naive count over what the test itself did: random contacts made
// leads by several programs (or none), hand-offs recycled with random reasons, deals with typed
// and untyped objections (some overcome), deals lost with random reasons, won, or reopened — with
// the clock moving so that some leads fall outside each period asked for. The test keeps its own
// record of every step (who made each lead, when; each recycle, objection and deal's final state)
// and recomputes every row, every list and the total from that record alone.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";
import { DAY, rng, utcDay } from "../support/random-workspace.ts";

const SEEDS = process.env.REPORTS_SEED ? [Number(process.env.REPORTS_SEED)] : [20261210, 7, 424242];
const INBOUND = ["form_submit", "event_attended", "webinar", "email_click", "referral"];
const OUTBOUND = ["email_sent", "email_open", "page_view"];
const REASONS = {
  not_ready: "Not ready",
  no_budget: "No budget",
  bad_timing: "Bad timing",
  bad_fit: "Bad fit",
  no_response: "No response",
} as const;
const CHANNELS = ["email", "email", "trade_show", "referral"] as const;

interface Lead {
  programId: string | null;
  at: number;
}
interface Deal {
  id: string;
  contactId: string;
  /** Open, won, or the loss reason's label. */
  state: "open" | "won" | { lost: string };
  objections: { id: string; label: string; overcome: boolean }[];
}

const apis: TestApi[] = [];
after(async () => {
  for (const api of apis) await api.close();
});

async function randomHistory(seed: number, steps = 140) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let clock = Date.parse("2027-03-01T08:00:00Z");
  const api = await setupApi({ now: () => new Date(clock) });
  apis.push(api);
  const reps = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  const programs: { id: string; name: string; channel: string }[] = [];
  for (const channel of CHANNELS) {
    const name = `P${programs.length} ${seed}`;
    const res = await api.call("POST", "/api/v1/programs", { name, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    programs.push({ id: res.body.id, name, channel });
  }
  const types = (await api.call("GET", "/api/v1/objection-types")).body.data as {
    id: string;
    label: string;
  }[];
  const lossReasons = (await api.call("GET", "/api/v1/pipelines")).body.lossReasons as {
    id: string;
    label: string;
  }[];
  const emails = Array.from({ length: 45 }, (_, i) => `s${i}-${api.slug}@example.com`);
  const leads = new Map<string, Lead>();
  const recycles: { contactId: string; reason: keyof typeof REASONS }[] = [];
  const deals: Deal[] = [];
  /** Sales sends a pending hand-off (of this contact, or any) back with a random reason. */
  const recycle = async (contactId?: string) => {
    const query = contactId ? `&contactId=${contactId}` : "";
    const pending = (await api.call("GET", `/api/v1/handoffs?status=pending${query}`)).body.data as {
      id: string;
      contactId: string;
    }[];
    if (pending.length === 0) return;
    const h = pick(pending);
    const reason = pick(Object.keys(REASONS) as (keyof typeof REASONS)[]);
    const res = await api.call("POST", `/api/v1/handoffs/${h.id}/recycle`, { reason });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(leads.has(h.contactId), "only leads are handed over");
    recycles.push({ contactId: h.contactId, reason });
  };
  for (let step = 0; step < steps; step++) {
    // Minutes to two days: touches never share an instant, and the months go by.
    clock += 60_000 + Math.floor(random() * 2 * DAY);
    const action = random();
    const open = deals.filter((d) => d.state === "open");
    if (action < 0.5 || leads.size === 0) {
      const kind = random() < 0.6 ? pick(INBOUND) : pick(OUTBOUND);
      const programId = random() < 0.2 ? null : pick(programs).id;
      const email = pick(emails);
      // Some touches are recorded late (an import, a list from a fair): dated up to 10 days back.
      const when = random() < 0.2 ? clock - Math.floor(random() * 10 * DAY) : clock;
      const res = await api.call("POST", "/api/v1/touchpoints", {
        email,
        kind,
        programId,
        occurredAt: new Date(when).toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      // The first inbound response, by when it happened, makes the lead, and its program made it.
      const known = leads.get(res.body.contactId);
      if (INBOUND.includes(kind) && (!known || when < known.at))
        leads.set(res.body.contactId, { programId, at: when });
      // Now and then a burst of responses a second apart turns the contact hot: a hand-off.
      if (random() < 0.3) {
        for (const more of ["form_submit", "webinar", "event_attended"]) {
          // Each a second later, on the clock: a touch dated ahead of now counts nowhere yet.
          clock += 1000;
          const burstProgram = pick(programs).id;
          const burst = await api.call("POST", "/api/v1/touchpoints", {
            email,
            kind: more,
            programId: burstProgram,
            occurredAt: new Date(clock).toISOString(),
          });
          assert.equal(burst.status, 201, JSON.stringify(burst.body));
          if (!leads.has(res.body.contactId))
            leads.set(res.body.contactId, { programId: burstProgram, at: clock });
        }
        // Deals opened later accept hand-offs; most of these are answered at once.
        if (random() < 0.6) await recycle(res.body.contactId);
      }
    } else if (action < 0.62) {
      await recycle();
    } else if (action < 0.74) {
      const contactId = pick([...leads.keys()]);
      const res = await api.callerFor(pick(reps).key)("POST", "/api/v1/deals", {
        name: "Deal",
        contactId,
        amountMinor: 1 + Math.floor(random() * 100_000),
        currency: "USD",
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      deals.push({ id: res.body.id, contactId, state: "open", objections: [] });
    } else if (action < 0.86 && open.length > 0) {
      const deal = pick(open);
      const type = random() < 0.75 ? pick(types) : null;
      const overcome = random() < 0.3;
      const res = await api.call(
        "POST",
        `/api/v1/deals/${deal.id}/objections`,
        type ? { objectionTypeId: type.id, overcome } : { text: `Said ${step}`, overcome },
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      deal.objections.push({ id: res.body.id, label: type?.label ?? "Other", overcome });
    } else if (action < 0.9) {
      // An objection overcome later.
      const pending = deals.flatMap((d) => d.objections).filter((o) => !o.overcome);
      if (pending.length === 0) continue;
      const o = pick(pending);
      const res = await api.call("PATCH", `/api/v1/deal-objections/${o.id}`, { overcome: true });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      o.overcome = true;
    } else if (open.length > 0 && action < 0.98) {
      const deal = pick(open);
      const reason = random() < 0.7 ? pick(lossReasons) : null;
      const move = reason ? { stage: "lost", lossReasonId: reason.id } : { stage: "won" };
      const res = await api.call("POST", `/api/v1/deals/${deal.id}/move`, move);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      deal.state = reason ? { lost: reason.label } : "won";
    } else {
      // A closed deal reopened: its loss reason no longer counts.
      const closed = deals.filter((d) => d.state !== "open");
      if (closed.length === 0) continue;
      const deal = pick(closed);
      const res = await api.call("POST", `/api/v1/deals/${deal.id}/move`, { stage: "present", reopen: true });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      deal.state = "open";
    }
  }
  return {
    api,
    random,
    programs,
    leads,
    recycles,
    deals,
    start: Date.parse("2027-03-01T00:00:00Z"),
    end: clock,
  };
}

type Counts = Map<string, { count: number; overcome: number }>;
interface Naive {
  leads: number;
  recycled: Counts;
  objections: Counts;
  lost: Counts;
}

const bump = (m: Counts, label: string, overcome = false) => {
  const c = m.get(label) ?? { count: 0, overcome: 0 };
  c.count++;
  if (overcome) c.overcome++;
  m.set(label, c);
};
const listed = (m: Counts, withOvercome = false) =>
  [...m]
    .map(([label, c]) =>
      withOvercome ? { label, count: c.count, overcome: c.overcome } : { label, count: c.count },
    )
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
const shown = (n: Naive) => ({
  leads: n.leads,
  recycled: listed(n.recycled),
  objections: listed(n.objections, true),
  lost: listed(n.lost),
});

for (const seed of SEEDS) {
  test(`what sales heard equals a naive count over the test's own record (seed ${seed})`, async () => {
    const h = await randomHistory(seed);
    const programOf = new Map(h.programs.map((p) => [p.id, p]));
    const lost = h.deals.filter((d) => typeof d.state === "object").length;
    const objections = h.deals.flatMap((d) => d.objections).length;
    assert.ok(
      h.recycles.length >= 2 && lost >= 2 && objections >= 2,
      `seed ${seed}: too little happened (${h.recycles.length} recycled, ${lost} lost, ${objections} objections)`,
    );
    const periods: { from: string; to: string; channel?: string }[] = [
      { from: utcDay(h.start), to: utcDay(h.end) },
    ];
    for (let i = 0; i < 5; i++) {
      const a = h.start + Math.floor(h.random() * (h.end - h.start));
      const b = a + Math.floor(h.random() * (h.end - a));
      periods.push({ from: utcDay(a), to: utcDay(b), ...(i % 2 ? { channel: "email" } : {}) });
    }
    for (const q of periods) {
      const label = `seed ${seed} ${q.from}..${q.to} ${q.channel ?? ""}`;
      const lo = Date.parse(`${q.from}T00:00:00Z`);
      const hi = Date.parse(`${q.to}T00:00:00Z`) + DAY;
      const empty = (): Naive => ({ leads: 0, recycled: new Map(), objections: new Map(), lost: new Map() });
      const rows = new Map<string | null, Naive>();
      const total = empty();
      const cohort = new Map<string, string | null>();
      for (const [contactId, lead] of h.leads) {
        if (lead.at < lo || lead.at >= hi) continue;
        if (q.channel && (lead.programId === null || programOf.get(lead.programId)!.channel !== q.channel))
          continue;
        cohort.set(contactId, lead.programId);
        if (!rows.has(lead.programId)) rows.set(lead.programId, empty());
        rows.get(lead.programId)!.leads++;
        total.leads++;
      }
      for (const r of h.recycles) {
        if (!cohort.has(r.contactId)) continue;
        for (const n of [rows.get(cohort.get(r.contactId)!)!, total]) bump(n.recycled, REASONS[r.reason]);
      }
      for (const d of h.deals) {
        if (!cohort.has(d.contactId)) continue;
        for (const n of [rows.get(cohort.get(d.contactId)!)!, total]) {
          for (const o of d.objections) bump(n.objections, o.label, o.overcome);
          if (typeof d.state === "object") bump(n.lost, d.state.lost);
        }
      }
      const params = new URLSearchParams(q as Record<string, string>);
      const res = await h.api.call("GET", `/api/v1/reports/sales-feedback?${params}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const expected = [...rows]
        .map(([id, n]) => ({
          programId: id,
          programName: id ? programOf.get(id)!.name : null,
          channel: id ? programOf.get(id)!.channel : null,
          ...shown(n),
        }))
        .sort((a, b) => b.leads - a.leads || (a.programName ?? "").localeCompare(b.programName ?? ""));
      assert.deepEqual(res.body.rows, expected, `${label}: rows`);
      assert.deepEqual(res.body.total, shown(total), `${label}: total`);
    }
  });
}
