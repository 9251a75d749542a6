// Writes whose body names a record the actor may not see: another workspace's (for an admin of
// A), or — for a partner user — the workspace's own or another organisation's. Each must be
// refused with a 4xx that is not a server error, and change nothing; the authorization of the
// path alone (the matrix) does not cover them.
import type { Records, World } from "./fixtures.ts";
import type { Actor } from "./policy.ts";

export interface ReferenceCase {
  name: string;
  actor: Actor;
  method: string;
  path: (own: Records) => string;
  body: (own: Records, foreign: Records, world: World) => unknown;
  /** A batch answers 200 and refuses item by item: the refusal is in the body. */
  refusedItems?: boolean;
}

const now = () => new Date().toISOString();
const u = () => crypto.randomUUID().slice(0, 8);

/** As A's admin, naming workspace B's records. */
const ADMIN_CASES: Omit<ReferenceCase, "actor">[] = [
  {
    name: "a deal on B's contact",
    method: "POST",
    path: () => "/api/v1/deals",
    body: (_, b) => ({ name: "X", contactId: b.contact, amountMinor: 0, currency: "USD" }),
  },
  {
    name: "a deal in B's pipeline",
    method: "POST",
    path: () => "/api/v1/deals",
    body: (a, b) => ({
      name: "X",
      contactId: a.contact,
      pipelineId: b.pipeline,
      amountMinor: 0,
      currency: "USD",
    }),
  },
  {
    name: "a deal owned by B's user",
    method: "POST",
    path: () => "/api/v1/deals",
    body: (a, _, w) => ({
      name: "X",
      contactId: a.contact,
      ownerId: w.B.rep1.userId,
      amountMinor: 0,
      currency: "USD",
    }),
  },
  {
    name: "a deal given to B's user",
    method: "PATCH",
    path: (a) => `/api/v1/deals/${a.deal}`,
    body: (_, __, w) => ({ ownerId: w.B.rep1.userId }),
  },
  {
    name: "a deal lost for B's loss reason",
    method: "POST",
    path: (a) => `/api/v1/deals/${a.deal}/move`,
    body: (_, b) => ({ stage: "lost", lossReasonId: b.lossReason }),
  },
  {
    name: "a contact owned by B's user",
    method: "POST",
    path: () => "/api/v1/contacts",
    body: (_, __, w) => ({ email: `x-${u()}@example.com`, ownerId: w.B.rep1.userId }),
  },
  {
    name: "a contact at B's company",
    method: "POST",
    path: () => "/api/v1/contacts",
    body: (_, b) => ({ email: `x-${u()}@example.com`, companyId: b.company }),
  },
  {
    name: "a contact moved to B's company",
    method: "PATCH",
    path: (a) => `/api/v1/contacts/${a.contact}`,
    body: (_, b) => ({ companyId: b.company }),
  },
  {
    name: "B's contact assigned",
    method: "POST",
    path: () => "/api/v1/contacts/bulk-assign",
    body: (_, b, w) => ({ ids: [b.contact], ownerId: w.A.rep1.userId }),
  },
  {
    name: "a contact assigned to B's user",
    method: "POST",
    path: () => "/api/v1/contacts/bulk-assign",
    body: (a, _, w) => ({ ids: [a.contact], ownerId: w.B.rep1.userId }),
  },
  {
    name: "a touch on B's contact",
    method: "POST",
    path: () => "/api/v1/touchpoints",
    body: (_, b) => ({ contactId: b.contact, kind: "page_view", occurredAt: now() }),
  },
  {
    name: "a touch for B's program",
    method: "POST",
    path: () => "/api/v1/touchpoints",
    body: (a, b) => ({ contactId: a.contact, kind: "page_view", occurredAt: now(), programId: b.program }),
  },
  {
    name: "a touch by B's user",
    method: "POST",
    path: () => "/api/v1/touchpoints",
    body: (a, _, w) => ({ contactId: a.contact, kind: "call", occurredAt: now(), userId: w.B.rep1.userId }),
  },
  {
    name: "a batch touch on B's contact",
    method: "POST",
    path: () => "/api/v1/touchpoints/batch",
    body: (_, b) => ({ items: [{ contactId: b.contact, kind: "page_view", occurredAt: now() }] }),
    refusedItems: true,
  },
  {
    name: "a task on B's contact",
    method: "POST",
    path: () => "/api/v1/tasks",
    body: (_, b) => ({ contactId: b.contact, kind: "call", title: "X", dueAt: now() }),
  },
  {
    name: "a task on B's deal",
    method: "POST",
    path: () => "/api/v1/tasks",
    body: (a, b) => ({ contactId: a.contact, dealId: b.deal, kind: "call", title: "X", dueAt: now() }),
  },
  {
    name: "a task for B's user",
    method: "POST",
    path: () => "/api/v1/tasks",
    body: (a, _, w) => ({
      contactId: a.contact,
      ownerId: w.B.rep1.userId,
      kind: "call",
      title: "X",
      dueAt: now(),
    }),
  },
  {
    name: "a quota for B's user",
    method: "PUT",
    path: () => "/api/v1/quotas",
    body: (_, __, w) => ({
      userId: w.B.rep1.userId,
      period: "month",
      startsOn: "2027-01-01",
      targetMinor: 1,
      currency: "USD",
    }),
  },
  {
    name: "line items from B's price book",
    method: "PUT",
    path: (a) => `/api/v1/deals/${a.deal}/line-items`,
    body: (_, b) => ({ priceBookId: b.priceBook, items: [{ productId: b.seat, quantity: 1 }] }),
  },
  {
    name: "line items of B's product",
    method: "PUT",
    path: (a) => `/api/v1/deals/${a.deal}/line-items`,
    body: (a, b) => ({ priceBookId: a.priceBook, items: [{ productId: b.seat, quantity: 1 }] }),
  },
  {
    name: "B's competitor on a deal",
    method: "PUT",
    path: (a) => `/api/v1/deals/${a.deal}/competitors`,
    body: (_, b) => ({ competitorIds: [b.competitor] }),
  },
  {
    name: "an objection of B's type",
    method: "POST",
    path: (a) => `/api/v1/deals/${a.deal}/objections`,
    body: (_, b) => ({ objectionTypeId: b.objectionType }),
  },
  {
    name: "a newsletter of B's template",
    method: "POST",
    path: () => "/api/v1/emails/broadcasts",
    body: (_, b) => ({ templateId: b.template, filter: {} }),
  },
  {
    name: "B's contact enrolled",
    method: "POST",
    path: (a) => `/api/v1/sequences/${a.playbook}/enrolments`,
    body: (_, b) => ({ contactId: b.contact, override: { reason: "test" } }),
  },
  {
    name: "a playbook step with B's template",
    method: "POST",
    path: () => "/api/v1/playbooks",
    body: (_, b) => ({
      name: `P ${u()}`,
      tier: null,
      side: "marketing",
      steps: [{ side: "marketing", channel: "email", delayMinutes: 0, templateId: b.template }],
    }),
  },
  {
    name: "a plan for B's program",
    method: "POST",
    path: () => "/api/v1/plans",
    body: (_, b) => ({
      period: "month",
      startsOn: "2031-05-01",
      programId: b.program,
      currency: "USD",
      leadsTarget: 1,
      salesReadyTarget: 1,
      pipelineTargetMinor: 1,
      revenueTargetMinor: 1,
      plannedSpendMinor: 1,
    }),
  },
  {
    name: "a hand-off rule for B's user",
    method: "PUT",
    path: () => "/api/v1/handoff-settings",
    body: (_, __, w) => ({
      rule: { temperature: "hot", minGrade: null },
      slaMinutes: 60,
      businessHours: { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
      recycleCooldownDays: 30,
      assignmentRules: [{ field: "country", value: "DE", userId: w.B.rep1.userId }],
    }),
  },
  {
    name: "a price book for B's partner",
    method: "POST",
    path: () => "/api/v1/price-books",
    body: (_, __, w) => ({
      name: `B ${u()}`,
      channel: "reseller",
      currency: "USD",
      partnerId: w.B.api.workspaceId,
    }),
  },
  {
    name: "a price book listing B's product",
    method: "POST",
    path: () => "/api/v1/price-books",
    body: (_, b) => ({
      name: `B ${u()}`,
      channel: "direct",
      currency: "USD",
      entries: [{ productId: b.seat, unitPriceMinor: 1 }],
    }),
  },
  {
    name: "a partner user of B's organisation",
    method: "PATCH",
    path: (a) => `/api/v1/users/${a.user}`,
    body: (_, b) => ({ role: "partner", partnerId: b.partner }),
  },
  {
    name: "an invitation into B's organisation",
    method: "POST",
    path: () => "/api/v1/users/invitations",
    body: (_, b) => ({ email: `x-${u()}@example.com`, name: "X", role: "partner", partnerId: b.partner }),
  },
];

/** As a partner user of organisation 1, naming the workspace's own or organisation 2's records. */
const PARTNER_CASES: Omit<ReferenceCase, "actor">[] = [
  {
    name: "a deal on organisation 2's contact",
    method: "POST",
    path: () => "/api/v1/deals",
    body: (_, __, w) => ({
      name: "X",
      contactId: w.records.get("p2")!.contact,
      amountMinor: 0,
      currency: "USD",
    }),
  },
  {
    name: "a deal on a staff contact",
    method: "POST",
    path: () => "/api/v1/deals",
    body: (_, __, w) => ({
      name: "X",
      contactId: w.records.get("rep1")!.contact,
      amountMinor: 0,
      currency: "USD",
    }),
  },
  {
    name: "its deal given to a rep",
    method: "PATCH",
    path: (a) => `/api/v1/deals/${a.deal}`,
    body: (_, __, w) => ({ ownerId: w.A.rep1.userId }),
  },
  {
    name: "its deal given to organisation 2's user",
    method: "PATCH",
    path: (a) => `/api/v1/deals/${a.deal}`,
    body: (_, __, w) => ({ ownerId: w.A.p2!.userId }),
  },
  {
    name: "its deal priced from organisation 2's book",
    method: "PUT",
    path: (a) => `/api/v1/deals/${a.deal}/line-items`,
    body: (a, __, w) => ({
      priceBookId: w.records.get("p2")!.priceBook,
      items: [{ productId: a.seat, quantity: 1 }],
    }),
  },
  {
    name: "its deal priced from the direct book",
    method: "PUT",
    path: (a) => `/api/v1/deals/${a.deal}/line-items`,
    body: (a, __, w) => ({
      priceBookId: w.records.get("rep1")!.priceBook,
      items: [{ productId: a.seat, quantity: 1 }],
    }),
  },
  {
    name: "a contact at a staff company",
    method: "POST",
    path: () => "/api/v1/contacts",
    body: (a) => ({ email: `x-${u()}@example.com`, companyId: a.company }),
  },
];

export function referenceCases(): ReferenceCase[] {
  return [
    ...ADMIN_CASES.map((c) => ({ ...c, actor: "admin" as const })),
    ...PARTNER_CASES.map((c) => ({ ...c, actor: "partner" as const })),
  ];
}
