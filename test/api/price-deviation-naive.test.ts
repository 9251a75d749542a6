// The price-deviation report against a naive tally of what this test itself did: random deals
// priced with random discounts and give-aways from a direct and a reseller book, by two reps and a
// partner, approvals asked for and decided (or left pending, or superseded by new lines) at random
// hours, deals won or lost on random days; then the policy is tightened at random. Every figure of
// every group and the total, and the flagged deals, for random periods and groupings.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { seededRandom } from "../../src/domain/intervals.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const SEED = Number(process.env.REPORTS_SEED ?? 20261202);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse("2027-01-04T08:00:00Z");
const random = seededRandom(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

interface Line {
  productId: string;
  quantity: number;
  listPriceMinor: number;
  unitPriceMinor: number;
  giveaway: boolean;
}
interface Policy {
  defaultMaxDiscountBp: number;
  maxDiscountBpByRole: Record<string, number>;
  maxDiscountBpByChannel: Record<string, number>;
  giveawaysAllowed: boolean;
}
interface Seller {
  key: string;
  userId: string;
  role: string;
  partnerId: string | null;
}
interface DealRecord {
  id: string;
  seller: Seller;
  channel: string;
  bookId: string;
  lines: Line[];
  wonAt: number | null;
  approvals: { at: number; decidedAt: number | null; status: string; lines: Line[]; bookId: string }[];
}

const clock = { now: START };
let api: TestApi;
let policy: Policy;
const deals: DealRecord[] = [];
const products: { id: string; direct: number; reseller: number }[] = [];
const books: Record<string, string> = {};

/** The limit and the deviations, written from the policy's words, not from the domain's code. */
function deviates(lines: Line[], role: string, channel: string, p: Policy): boolean {
  const limit = Math.min(
    p.maxDiscountBpByRole[role] ?? p.defaultMaxDiscountBp,
    p.maxDiscountBpByChannel[channel] ?? p.defaultMaxDiscountBp,
  );
  return lines.some((l) =>
    l.giveaway
      ? !p.giveawaysAllowed
      : l.unitPriceMinor > l.listPriceMinor ||
        (l.listPriceMinor - l.unitPriceMinor) / l.listPriceMinor > limit / 10_000 + 1e-12,
  );
}

function randomPolicy(): Policy {
  return {
    defaultMaxDiscountBp: pick([500, 1000, 1500]),
    maxDiscountBpByRole: random() < 0.5 ? { sales: pick([800, 1200, 2000]) } : {},
    maxDiscountBpByChannel: random() < 0.5 ? { direct: pick([700, 1200]), reseller: pick([500, 1000]) } : {},
    giveawaysAllowed: random() < 0.3,
  };
}

function randomLines(channel: "direct" | "reseller"): Line[] {
  return Array.from({ length: int(1, 3) }, () => {
    const p = pick(products);
    const list = channel === "direct" ? p.direct : p.reseller;
    const off = pick([0, 0, 0, 3, 5, 8, 10, 12, 15, 20, 30]);
    return {
      productId: p.id,
      quantity: int(1, 12),
      listPriceMinor: list,
      unitPriceMinor: random() < 0.05 ? list + 100 : Math.round((list * (100 - off)) / 100),
      giveaway: random() < 0.12,
    };
  });
}

before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
  const asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  const partnerId = await api.newPartner(`Partner ${api.slug}`);
  const sellers: Seller[] = [];
  for (const role of ["sales", "sales", "partner"] as const) {
    const u = await api.userWithKey(role, role === "partner" ? { partnerId } : {});
    sellers.push({ key: u.key, userId: u.userId, role, partnerId: u.partnerId ?? null });
  }
  for (let i = 0; i < 4; i++) {
    const id = (await api.call("POST", "/api/v1/products", { sku: `P${i}`, name: `Product ${i}` })).body.id;
    const direct = int(20, 400) * 100 + int(0, 99);
    products.push({ id, direct, reseller: Math.round(direct * 0.8) });
  }
  for (const channel of ["direct", "reseller"] as const) {
    const res = await asMarketing("POST", "/api/v1/price-books", {
      name: `${channel} USD`,
      channel,
      currency: "USD",
      entries: products.map((p) => ({ productId: p.id, unitPriceMinor: p[channel] })),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    books[channel] = res.body.id;
  }
  policy = randomPolicy();
  assert.equal((await asMarketing("PUT", "/api/v1/discount-policy", policy)).status, 200);
  const lossReason = (await api.call("GET", "/api/v1/pipelines")).body.lossReasons[0].id;

  for (let i = 0; i < 36; i++) {
    clock.now = START + int(0, 70) * DAY + int(0, 23) * HOUR;
    const seller = pick(sellers);
    const as = api.callerFor(seller.key);
    // A partner's deal is priced from the reseller book, staff's from the direct one.
    const channel = seller.role === "partner" ? "reseller" : "direct";
    const contact = await as("POST", "/api/v1/contacts", { email: `n${i}-${api.slug}@example.com` });
    const created = await as("POST", "/api/v1/deals", {
      name: `Deal ${i}`,
      contactId: contact.body.id,
      amountMinor: 0,
      currency: "USD",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const deal: DealRecord = {
      id: created.body.id,
      seller,
      channel,
      bookId: books[channel]!,
      lines: [],
      wonAt: null,
      approvals: [],
    };
    deals.push(deal);
    const price = async (lines: Line[]) => {
      const res = await as("PUT", `/api/v1/deals/${deal.id}/line-items`, {
        priceBookId: deal.bookId,
        items: lines.map(({ productId, quantity, unitPriceMinor, giveaway }) => ({
          productId,
          quantity,
          unitPriceMinor,
          giveaway,
        })),
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      for (const a of deal.approvals)
        if (a.status === "pending") Object.assign(a, { status: "superseded", decidedAt: clock.now });
      deal.lines = lines;
    };
    await price(randomLines(channel));
    if (deviates(deal.lines, seller.role, channel, policy)) {
      if (random() < 0.2) {
        // Asked, then the lines changed before anyone decided.
        await as("POST", `/api/v1/deals/${deal.id}/approvals`, {});
        deal.approvals.push({
          at: clock.now,
          decidedAt: null,
          status: "pending",
          lines: deal.lines,
          bookId: deal.bookId,
        });
        clock.now += int(1, 5) * HOUR;
        await price(randomLines(channel));
      }
    }
    if (deviates(deal.lines, seller.role, channel, policy)) {
      const request = await as("POST", `/api/v1/deals/${deal.id}/approvals`, {});
      assert.equal(request.status, 201, JSON.stringify(request.body));
      const approval = {
        at: clock.now,
        decidedAt: null as number | null,
        status: "pending",
        lines: deal.lines,
        bookId: deal.bookId,
      };
      deal.approvals.push(approval);
      const decision = pick(["approve", "approve", "reject", "pending"] as const);
      if (decision !== "pending") {
        clock.now += int(0, 30) * HOUR + int(0, 59) * 60_000;
        const res = await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, { decision });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        Object.assign(approval, {
          status: decision === "approve" ? "approved" : "rejected",
          decidedAt: clock.now,
        });
      }
      if (approval.status !== "approved") continue;
    }
    clock.now += int(0, 6) * DAY + int(0, 23) * HOUR;
    const outcome = random() < 0.8 ? "won" : "lost";
    const moved = await as(
      "POST",
      `/api/v1/deals/${deal.id}/move`,
      outcome === "won" ? { stage: "won" } : { stage: "lost", lossReasonId: lossReason },
    );
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    if (outcome === "won") deal.wonAt = clock.now;
  }
  clock.now = START + 90 * DAY;
  policy = randomPolicy();
  assert.equal((await asMarketing("PUT", "/api/v1/discount-policy", policy)).status, 200);
});
after(() => api.close());

/** The continuous quantile PostgreSQL's percentile_cont computes, over sorted values. */
function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function naive(from: string, to: string, groupBy: "owner" | "channel" | "partner") {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + DAY;
  const keyOf = (d: DealRecord) =>
    groupBy === "owner" ? d.seller.userId : groupBy === "channel" ? d.channel : d.seller.partnerId;
  const groups = new Map<string | null, ReturnType<typeof blank>>();
  const blank = () => ({
    wonDeals: 0,
    discountedDeals: 0,
    giveawayDeals: 0,
    listMinor: 0,
    discountMinor: 0,
    giveawayMinor: 0,
    revenueMinor: 0,
    outsidePolicy: 0,
    requested: 0,
    approved: 0,
    rejected: 0,
    pending: 0,
    superseded: 0,
    decide: [] as number[],
    flagged: [] as string[],
  });
  const slots = (d: DealRecord) => {
    const k = keyOf(d);
    if (!groups.has(k)) groups.set(k, blank());
    if (!groups.has("total")) groups.set("total", blank());
    return [groups.get(k)!, groups.get("total")!];
  };
  for (const d of deals) {
    if (d.wonAt !== null && d.wonAt >= start && d.wonAt < end) {
      const covered = d.approvals.some(
        (a) =>
          a.status === "approved" &&
          a.bookId === d.bookId &&
          JSON.stringify(a.lines) === JSON.stringify(d.lines),
      );
      const outside = deviates(d.lines, d.seller.role, d.channel, policy) && !covered;
      for (const g of slots(d)) {
        g.wonDeals++;
        let discounted = false;
        let gave = false;
        for (const l of d.lines) {
          g.listMinor += l.listPriceMinor * l.quantity;
          if (l.giveaway) {
            gave = true;
            g.giveawayMinor += l.listPriceMinor * l.quantity;
          } else {
            g.revenueMinor += l.unitPriceMinor * l.quantity;
            if (l.unitPriceMinor < l.listPriceMinor) {
              discounted = true;
              g.discountMinor += (l.listPriceMinor - l.unitPriceMinor) * l.quantity;
            }
          }
        }
        if (discounted) g.discountedDeals++;
        if (gave) g.giveawayDeals++;
        if (outside) {
          g.outsidePolicy++;
          g.flagged.push(d.id);
        }
      }
    }
    for (const a of d.approvals) {
      if (a.at < start || a.at >= end) continue;
      for (const g of slots(d)) {
        g.requested++;
        g[a.status as "approved" | "rejected" | "pending" | "superseded"]++;
        if (a.status === "approved" || a.status === "rejected") g.decide.push((a.decidedAt! - a.at) / 1000);
      }
    }
  }
  return groups;
}

test(`the price-deviation report equals a naive tally of the deals this test made (seed ${SEED})`, async () => {
  const won = deals.filter((d) => d.wonAt !== null);
  assert.ok(won.length >= 15, `only ${won.length} won deals`);
  assert.ok(
    deals.some((d) => d.approvals.length > 0),
    "no approvals were asked for",
  );
  const asked = [
    { from: "2027-01-01", to: "2027-04-30", groupBy: "owner" as const },
    { from: "2027-01-01", to: "2027-04-30", groupBy: "channel" as const },
    { from: "2027-01-01", to: "2027-04-30", groupBy: "partner" as const },
  ];
  for (let i = 0; i < 9; i++) {
    const from = new Date(START + int(0, 50) * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.parse(from) + int(0, 45) * DAY).toISOString().slice(0, 10);
    asked.push({ from, to, groupBy: pick(["owner", "channel", "partner"] as const) });
  }
  for (const q of asked) {
    const where = `seed ${SEED}, ${q.from}..${q.to} per ${q.groupBy}`;
    const res = await api.call(
      "GET",
      `/api/v1/reports/price-deviation?from=${q.from}&to=${q.to}&groupBy=${q.groupBy}`,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const expected = naive(q.from, q.to, q.groupBy);
    const total = expected.get("total");
    const got = new Map<string | null, Record<string, unknown>>(
      res.body.rows.map((r: { key: string | null }) => [r.key, r]),
    );
    got.set("total", res.body.total);
    assert.deepEqual(new Set(got.keys()), new Set(total ? expected.keys() : ["total"]), `groups, ${where}`);
    for (const [key, e] of expected) {
      const g = got.get(key)!;
      const { decide, flagged, ...counts } = e;
      for (const [name, value] of Object.entries(counts))
        assert.equal(g[name], value, `${name} of ${key}, ${where}`);
      decide.sort((a, b) => a - b);
      for (const [name, q50] of [
        ["medianDecideSeconds", quantile(decide, 0.5)],
        ["p75DecideSeconds", quantile(decide, 0.75)],
      ] as const) {
        if (q50 === null) assert.equal(g[name], null, `${name} of ${key}, ${where}`);
        else
          assert.ok(
            Math.abs((g[name] as number) - q50) < 1e-6,
            `${name} of ${key}: ${g[name]} vs ${q50}, ${where}`,
          );
      }
      assert.equal(g.givenAwayMinor, e.discountMinor + e.giveawayMinor, `given away of ${key}, ${where}`);
      if (key === "total")
        assert.deepEqual(
          res.body.outsidePolicyDeals.map((d: { dealId: string }) => d.dealId).sort(),
          [...flagged].sort(),
          `flagged deals, ${where}`,
        );
    }
  }
});
