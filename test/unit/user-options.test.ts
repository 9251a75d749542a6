// Who the web app's user pickers offer: giving work offers no deactivated user (the API refuses
// them too) but keeps a record's current one, as it is; filters over past work list everyone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assigneeOptions, userFilterOptions } from "../../web/src/shared/user-options.ts";

type User = NonNullable<Parameters<typeof assigneeOptions>[0]>[number];
const user = (id: string, role: User["role"], status: User["status"]): User => ({
  id,
  email: `${id}@example.com`,
  name: id.toUpperCase(),
  role,
  partnerId: null,
  status,
  lastLoginAt: null,
  invitationExpiresAt: null,
});
const users = [
  user("ann", "sales", "active"),
  user("ben", "sales", "deactivated"),
  user("cai", "sales", "invited"),
  user("dee", "marketing", "active"),
];
const sales = (u: User) => u.role === "sales";

test("work goes to active and invited users, never to a deactivated one", () => {
  assert.deepEqual(assigneeOptions(users, { eligible: sales }), [
    { value: "ann", label: "ANN" },
    { value: "cai", label: "CAI" },
  ]);
});

test("a record's current owner stays listed as they are: deactivated, in another role, or still loading", () => {
  const current = (id: string) => assigneeOptions(users, { eligible: sales, current: id }).at(-1);
  assert.deepEqual(current("ben"), { value: "ben", label: "BEN (deactivated)" });
  assert.deepEqual(current("dee"), { value: "dee", label: "DEE" });
  assert.deepEqual(assigneeOptions(undefined, { current: "ann", fallback: "Ann Old" }), [
    { value: "ann", label: "Ann Old" },
  ]);
  assert.equal(assigneeOptions(users, { eligible: sales, current: "ann" }).length, 2, "no duplicate");
});

test("a filter lists everyone it picks out, the deactivated marked", () => {
  assert.deepEqual(
    userFilterOptions(users, sales).map((o) => o.label),
    ["ANN", "BEN (deactivated)", "CAI"],
  );
});
