// The program scorecard on a small workspace whose every figure is worked out by hand below.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

// Monday 23 November 2026, 10:00 UTC; the period is 1–23 November.
const clock = Date.parse("2026-11-23T10:00:00Z");
const PERIOD = "from=2026-11-01&to=2026-11-23";
let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
const ids: Record<string, string> = {};

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  rep = await api.userWithKey("sales");
  const program = async (key: string, body: Record<string, unknown>) => {
    const res = await api.call("POST", "/api/v1/programs", body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids[key] = res.body.id;
  };
  await program("A", { name: "Newsletter", channel: "email", currency: "USD" });
  await program("B", { name: "Summit booth", channel: "trade_show", currency: "USD" });
  await program("C", { name: "Euro ads", channel: "advertising", currency: "EUR" });
  const cost = async (key: string, incurredOn: string, amountMinor: number) => {
    const res = await api.call("POST", `/api/v1/programs/${ids[key]}/costs`, { incurredOn, amountMinor });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  await cost("A", "2026-10-31", 10_000); // the day before the period: not counted
  await cost("A", "2026-11-01", 20_000);
  await cost("A", "2026-11-15", 30_000);
  await cost("B", "2026-11-10", 400_000);
  await cost("C", "2026-11-05", 90_000); // euros: not in a USD report

  const touch = async (who: string, kind: string, program: string | null, day: string) => {
    const res = await api.call("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind,
      programId: program ? ids[program] : null,
      occurredAt: `${day}T12:00:00Z`,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids[who] = res.body.contactId;
  };
  await touch("c1", "email_sent", "A", "2026-11-02"); // reach A
  await touch("c1", "email_click", "A", "2026-11-03"); // lead of A
  await touch("c2", "event_attended", "B", "2026-11-10"); // lead of B, later won
  await touch("c3", "email_sent", "A", "2026-11-05"); // reach A only, stays a prospect
  await touch("c4", "event_attended", "B", "2026-10-20"); // lead of B before the period
  await touch("c4", "page_view", "B", "2026-11-12"); // reach B in the period
  await touch("c6", "ad_click", "C", "2026-11-07"); // lead of C, later won in euros
  await touch("c7", "email_sent", "A", "2026-11-04"); // reach A and B, same day
  await touch("c7", "page_view", "B", "2026-11-04");
  const c5 = await api.call("POST", "/api/v1/contacts", {
    email: `c5-${api.slug}@example.com`,
    stage: "lead",
  });
  assert.equal(c5.status, 201, JSON.stringify(c5.body)); // a lead no program made

  const asRep = api.callerFor(rep.key);
  for (const [who, amountMinor, currency] of [
    ["c2", 100_000, "USD"],
    ["c6", 50_000, "EUR"],
  ] as const) {
    const deal = await asRep("POST", "/api/v1/deals", {
      name: "Pilot",
      contactId: ids[who],
      amountMinor,
      currency,
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    for (const stage of ["understand", "present", "propose", "contract", "won"]) {
      assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, { stage })).status, 200, stage);
    }
  }
});
after(() => api.close());

const zero = { salesReady: 0, accepted: 0, opportunities: 0, won: 0, revenueMinor: 0 };
const A = {
  reach: 3, // c1, c3, c7
  leads: 1, // c1
  ...zero,
  costMinor: 50_000,
  costPerLeadMinor: 50_000,
  costPerCustomerMinor: null,
  roi: -1,
  successRate: 0,
};
const B = {
  reach: 3, // c2, c4, c7
  leads: 1, // c2 (c4 became a lead in October)
  salesReady: 1,
  accepted: 1,
  opportunities: 1,
  won: 1,
  revenueMinor: 100_000,
  costMinor: 400_000,
  costPerLeadMinor: 400_000,
  costPerCustomerMinor: 400_000,
  roi: -0.75,
  successRate: 1,
};
const C = {
  reach: 1,
  leads: 1,
  salesReady: 1,
  accepted: 1,
  opportunities: 1,
  won: 1,
  revenueMinor: 0, // its deal is in euros
  costMinor: null, // so is its cost: no cost entered in dollars, which is not a cost of 0
  costPerLeadMinor: null,
  costPerCustomerMinor: null,
  roi: null,
  successRate: 1,
};
const DIRECT = {
  reach: 0,
  leads: 1, // c5
  ...zero,
  costMinor: null, // no program, so no cost line
  costPerLeadMinor: null,
  costPerCustomerMinor: null, // none won
  roi: null,
  successRate: 0,
};
const TOTAL = {
  reach: 6, // c1, c2, c3, c4, c6, c7: each once
  leads: 4,
  salesReady: 2,
  accepted: 2,
  opportunities: 2,
  won: 2,
  revenueMinor: 100_000,
  costMinor: 450_000,
  costPerLeadMinor: 112_500,
  costPerCustomerMinor: 225_000,
  roi: (100_000 - 450_000) / 450_000,
  successRate: 0.5,
};

const figures = (row: object): Record<string, unknown> => {
  const { programId: _p, programName: _n, channel: _c, ...rest } = row as Record<string, unknown>;
  return rest;
};

describe("the program scorecard, worked out by hand", () => {
  test("per program: reach, the leads each made and what became of them, cost and its ratios", async () => {
    const res = await api.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.currency, "USD"); // most programs' currency
    const byName = new Map(res.body.rows.map((r: { programName: string | null }) => [r.programName, r]));
    assert.deepEqual(figures(byName.get("Newsletter") as object), A);
    assert.deepEqual(figures(byName.get("Summit booth") as object), B);
    assert.deepEqual(figures(byName.get("Euro ads") as object), C);
    assert.deepEqual(figures(byName.get(null) as object), DIRECT);
    assert.equal(res.body.rows.length, 4);
    assert.deepEqual(figures(res.body.totals), TOTAL);
    assert.ok(res.body.definitions.some((d: { term: string }) => d.term === "Leads"));
  });

  test("per channel, a contact two programs touched counts once in the total's reach", async () => {
    const res = await api.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}&groupBy=channel`);
    assert.equal(res.status, 200);
    const byChannel = new Map(
      res.body.rows.map((r: { channel: string | null }) => [r.channel, figures(r as never)]),
    );
    assert.deepEqual(byChannel.get("email"), A);
    assert.deepEqual(byChannel.get("trade_show"), B);
    assert.deepEqual(byChannel.get("advertising"), C);
    assert.deepEqual(byChannel.get(null), DIRECT);
    assert.deepEqual(figures(res.body.totals), TOTAL);
  });

  test("a filter keeps its programs and leaves out the leads no program made", async () => {
    const res = await api.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}&channel=email`);
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.rows.map((r: { programName: string }) => r.programName),
      ["Newsletter"],
    );
    assert.deepEqual(figures(res.body.totals), A);
  });

  test("in euros, the euro program's cost and revenue count and the dollar ones do not", async () => {
    const res = await api.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}&currency=EUR`);
    const euro = res.body.rows.find((r: { programName: string }) => r.programName === "Euro ads");
    assert.equal(euro.costMinor, 90_000);
    assert.equal(euro.revenueMinor, 50_000);
    assert.equal(euro.roi, (50_000 - 90_000) / 90_000);
    assert.equal(res.body.totals.costMinor, 90_000);
  });

  test("the CSV is the same table, money in major units and a total line", async () => {
    const res = await api.app.request(`/api/v1/reports/program-scorecard?${PERIOD}&format=csv`, {
      headers: { Authorization: `Bearer ${api.admin.key}` },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    const lines = (await res.text()).trim().split("\n");
    assert.equal(
      lines[0],
      "Program,Channel,Reach,Leads,Sales-ready,Accepted,Opportunities,Won,Revenue (USD),Cost (USD),Cost per lead (USD),Cost per customer (USD),ROI,Success rate",
    );
    assert.ok(lines.includes("Summit booth,trade_show,3,1,1,1,1,1,1000.00,4000.00,4000.00,4000.00,-0.75,1"));
    // No cost entered in dollars: blank cost cells, not 0.00.
    assert.ok(lines.includes("Euro ads,advertising,1,1,1,1,1,1,0.00,,,,,1"), lines.join("\n"));
    assert.equal(lines.at(-1), `Total,,6,4,2,2,2,2,1000.00,4500.00,1125.00,2250.00,${TOTAL.roi},0.5`);
  });

  test("one program over time: reach, leads and cost per week", async () => {
    const res = await api.call(
      "GET",
      `/api/v1/reports/program-series?programId=${ids.A}&${PERIOD}&bucket=week`,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // Weeks from Monday, the first clipped to the period's first day (a Sunday).
    assert.deepEqual(res.body.rows, [
      { start: "2026-11-01", reach: 0, leads: 0, costMinor: 20_000 },
      { start: "2026-11-02", reach: 3, leads: 1, costMinor: 0 },
      { start: "2026-11-09", reach: 0, leads: 0, costMinor: 30_000 },
      { start: "2026-11-16", reach: 0, leads: 0, costMinor: 0 },
      { start: "2026-11-23", reach: 0, leads: 0, costMinor: 0 },
    ]);
  });

  test("the period is checked at the edge; partners may not read reports", async () => {
    for (const [query, message] of [
      ["from=2026-11-30&to=2026-11-01", /to must not be before from/],
      ["from=2026-11-01", /both from and to/],
      ["from=2026-02-30&to=2026-03-01", /from/],
      ["groupBy=team", /groupBy/],
    ] as const) {
      const res = await api.call("GET", `/api/v1/reports/program-scorecard?${query}`);
      assert.equal(res.status, 400, query);
      assert.match(res.body.error.message, message);
    }
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    assert.equal((await partner("GET", `/api/v1/reports/program-scorecard?${PERIOD}`)).status, 403);
  });
});

describe("no cost entered is not a cost of zero", () => {
  test("a program with leads and no cost line has no cost, cost per lead or ROI until one is entered", async () => {
    const own = await setupApi({ now: () => new Date(clock) });
    try {
      const created = await own.call("POST", "/api/v1/programs", {
        name: "Word of mouth",
        channel: "viral",
        currency: "USD",
      });
      const id = created.body.id;
      for (const who of ["w1", "w2"]) {
        const res = await own.call("POST", "/api/v1/touchpoints", {
          email: `${who}-${own.slug}@example.com`,
          kind: "referral",
          programId: id,
          occurredAt: "2026-11-10T12:00:00Z",
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
      const blank = { costMinor: null, costPerLeadMinor: null, costPerCustomerMinor: null, roi: null };
      const scorecard = async () => {
        const res = await own.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}`);
        assert.equal(res.status, 200, JSON.stringify(res.body));
        const { costMinor, costPerLeadMinor, costPerCustomerMinor, roi, leads } = res.body.rows[0];
        assert.equal(res.body.totals.costMinor, costMinor, "the only program's cost is the total's");
        return { leads, costMinor, costPerLeadMinor, costPerCustomerMinor, roi };
      };
      const program = async () => {
        const res = await own.call("GET", `/api/v1/programs/${id}`);
        const { costToDateMinor, costPerLeadMinor, leads } = res.body;
        return { leads, costToDateMinor, costPerLeadMinor };
      };
      assert.deepEqual(await scorecard(), { leads: 2, ...blank });
      assert.deepEqual(await program(), { leads: 2, costToDateMinor: null, costPerLeadMinor: null });
      const listed = (await own.call("GET", "/api/v1/programs")).body.data[0];
      assert.equal(listed.costPerLeadMinor, null);

      // A cost line outside the period is cost to date, but still none in the period.
      const cost = async (incurredOn: string, amountMinor: number) =>
        assert.equal(
          (await own.call("POST", `/api/v1/programs/${id}/costs`, { incurredOn, amountMinor })).status,
          201,
        );
      await cost("2026-10-15", 1_000);
      assert.deepEqual(await scorecard(), { leads: 2, ...blank });
      assert.deepEqual(await program(), { leads: 2, costToDateMinor: 1_000, costPerLeadMinor: 500 });

      await cost("2026-11-02", 3_000);
      assert.deepEqual(await scorecard(), {
        leads: 2,
        costMinor: 3_000,
        costPerLeadMinor: 1_500,
        costPerCustomerMinor: null, // none won
        roi: -1,
      });
      assert.ok(
        (await own.call("GET", `/api/v1/reports/program-scorecard?${PERIOD}`)).body.definitions.some(
          (d: { term: string; meaning: string }) => d.term === "Cost" && /no cost entered/.test(d.meaning),
        ),
      );
    } finally {
      await own.close();
    }
  });
});
