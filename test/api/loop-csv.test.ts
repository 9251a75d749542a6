// Budget advice, the reverse funnel and the plans as CSV (issue 10, item 9: every report has its
// CSV download and `baton report` command): the same figures as the JSON, one table each.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
const NOW = Date.parse("2027-05-10T10:00:00Z");

before(async () => {
  api = await setupApi({ now: () => new Date(NOW) });
  const rep = await api.userWithKey("sales");
  const plan = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    currency: "USD",
    leadsTarget: 30,
    plannedSpendMinor: 1_000_050,
  });
  assert.equal(plan.status, 201, JSON.stringify(plan.body));
  const quota = await api.call("PUT", "/api/v1/quotas", {
    userId: rep.userId,
    period: "quarter",
    startsOn: "2027-04-01",
    targetMinor: 1_000_000,
    currency: "USD",
  });
  assert.ok(quota.status === 201 || quota.status === 200, JSON.stringify(quota.body));
});
after(() => api.close());

const csv = async (path: string) => {
  const res = await api.app.request(path, { headers: { Authorization: `Bearer ${api.admin.key}` } });
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
  return (await res.text()).trim().split("\n");
};

test("the plans' CSV has a line per plan and figure, money in major units", async () => {
  const lines = await csv("/api/v1/plans?startsOn=2027-04-01&format=csv");
  assert.equal(lines[0], "Period,Starts on,Scope,Figure,Target,Actual,Gap,Projected,Projected gap");
  assert.equal(lines.length, 1 + 5);
  assert.match(lines.find((l) => l.includes(",leads,"))!, /^quarter,2027-04-01,Workspace,leads,30,0,30,/);
  assert.match(
    lines.find((l) => l.includes(",spend,"))!,
    /^quarter,2027-04-01,Workspace,spend,10000\.50,0\.00,10000\.50,/,
  );
});

test("the reverse funnel's CSV has the workspace's four tiers, as the JSON", async () => {
  const report = (await api.call("GET", "/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-04-01"))
    .body;
  const lines = await csv("/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-04-01&format=csv");
  assert.equal(lines[0], "Scope,Tier,Needed,Low,High,Rate,Rate low,Rate high,Plan covers it");
  const workspace = lines.filter((l) => l.startsWith("Workspace,"));
  assert.deepEqual(
    workspace.map((l) => l.split(",")[1]),
    report.tiers.map((t: { tier: string }) => t.tier),
  );
});

test("the budget advice's CSV ends with the advice itself", async () => {
  const report = (await api.call("GET", "/api/v1/reports/budget-advice?groupBy=channel")).body;
  const lines = await csv("/api/v1/reports/budget-advice?groupBy=channel&format=csv");
  assert.match(lines[0]!, /^Source,Status,Leads,Customers,Spend \(USD\)/);
  assert.match(lines.at(-1)!, new RegExp(`^Advice,${report.advice.kind},`));
  assert.equal(lines.length, 2 + report.judged.length + report.excluded.length);
});
