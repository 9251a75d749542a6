// How to call each operation of the policy table with a valid request: path parameters from the
// cell's records, a query, and a body. Bodies are valid so that a refusal is the authorization's,
// not the validation's (a 400 would hide a missing check). `fresh` names the record an allowed
// call uses up (deleted, sent, answered): such a cell gets a new one of the same holder.
import type { Role } from "../../src/domain/catalogue.ts";
import { uniqueSlug } from "../support/database.ts";
import type { Kind, Records, World } from "./fixtures.ts";

export interface Ctx {
  r: Records;
  world: World;
  role: Role | "revoked" | "anonymous";
}

export interface RequestSpec {
  params?: (r: Records) => Record<string, string>;
  query?: (c: Ctx) => string;
  body?: (c: Ctx) => unknown;
  fresh?: Kind;
  /**
   * Answers an allowed caller may get besides 2xx: a state answer given after the record was
   * found and the caller authorized (e.g. "within policy, needs no approval").
   */
  okAlso?: readonly number[];
  headers?: Record<string, string>;
}

const now = () => new Date().toISOString();
const u = () => uniqueSlug();
const PASSWORD = "correct horse";
let planYear = 2100;

const playbookBody = () => ({
  name: `Seq ${u()}`,
  tier: null,
  side: "sales",
  steps: [{ side: "sales", channel: "call_task", delayMinutes: 60 * 24 * 30, taskTitle: "Call" }],
});

const window = { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };

export const REQUESTS: Record<string, RequestSpec> = {
  "POST /api/v1/auth/login": { body: (c) => ({ email: c.world.A.rep2.email, password: PASSWORD }) },
  // Logging out is a write a cross-site form must not make: the web app's header goes with it.
  "POST /api/v1/auth/logout": { headers: { "X-Baton-Client": "web" } },
  "GET /api/v1/auth/me": {},
  "POST /api/v1/auth/invitation": { body: (c) => ({ token: c.r.invitationToken }) },
  "POST /api/v1/auth/invitation/accept": {
    fresh: "invitedUser",
    body: (c) => ({ token: c.r.invitationToken, password: "a new long password" }),
  },

  "GET /api/v1/contacts": {},
  "POST /api/v1/contacts": { body: () => ({ email: `new-${u()}@example.com` }) },
  "GET /api/v1/contacts/temperature-counts": {},
  "POST /api/v1/contacts/bulk-assign": {
    body: (c) => ({ ids: [c.r.contact], ownerId: c.world.A.rep1.userId }),
  },
  "GET /api/v1/contacts/{id}": {},
  "PATCH /api/v1/contacts/{id}": { body: () => ({ firstName: "Renamed" }) },
  "DELETE /api/v1/contacts/{id}": { fresh: "contact" },
  // The address must match the contact's: the workspace's record of it, or any for a refusal.
  "POST /api/v1/contacts/{id}/erase": {
    fresh: "contact",
    body: (c) => ({ confirmEmail: c.world.A.emails.get(c.r.contact) ?? "someone@example.com" }),
  },
  "GET /api/v1/contacts/{id}/timeline": {},
  "GET /api/v1/contacts/{id}/stages": {},
  "GET /api/v1/contacts/{id}/score": {},
  "GET /api/v1/contacts/{id}/tasks": {},
  "GET /api/v1/contacts/{id}/consents": {},
  "POST /api/v1/contacts/{id}/consents": {
    body: () => ({ purpose: "marketing", granted: true, source: "web form" }),
  },
  "POST /api/v1/touchpoints": {
    body: (c) => ({ contactId: c.r.contact, kind: "page_view", occurredAt: now() }),
  },
  "POST /api/v1/touchpoints/batch": {
    body: (c) => ({ items: [{ contactId: c.r.contact, kind: "page_view", occurredAt: now() }] }),
  },
  "GET /api/v1/meta/touchpoint-kinds": {},

  "GET /api/v1/companies": {},
  "POST /api/v1/companies": { body: () => ({ name: `Co ${u()}` }) },
  "GET /api/v1/companies/{id}": {},
  "PATCH /api/v1/companies/{id}": { body: () => ({ name: `Co ${u()}` }) },
  "DELETE /api/v1/companies/{id}": { fresh: "company" },
  "GET /api/v1/companies/{id}/timeline": {},

  "GET /api/v1/programs": {},
  "POST /api/v1/programs": { body: () => ({ name: `Prog ${u()}`, channel: "email", currency: "USD" }) },
  "GET /api/v1/programs/{id}": {},
  "PATCH /api/v1/programs/{id}": { body: () => ({ name: `Prog ${u()}` }) },
  "DELETE /api/v1/programs/{id}": { fresh: "program" },
  "GET /api/v1/programs/{id}/costs": {},
  "POST /api/v1/programs/{id}/costs": { body: () => ({ incurredOn: "2026-11-03", amountMinor: 100 }) },
  "DELETE /api/v1/programs/{id}/costs/{costId}": {
    fresh: "cost",
    params: (r) => ({ id: r.costProgram, costId: r.cost }),
  },
  "GET /api/v1/programs/{id}/links": {},
  "POST /api/v1/programs/{id}/links": {
    body: () => ({ targetUrl: "https://acme.test/spring", utmSource: `src-${u()}` }),
  },
  "POST /api/v1/programs/{id}/links/{linkId}/archive": {
    fresh: "link",
    params: (r) => ({ id: r.linkProgram, linkId: r.link }),
  },
  "GET /api/v1/programs/{id}/links/{linkId}/personal-url": {
    params: (r) => ({ id: r.linkProgram, linkId: r.link }),
    query: (c) => `contactId=${c.r.contact}`,
  },

  "GET /api/v1/reports/program-scorecard": {},
  "GET /api/v1/reports/program-series": { params: () => ({}), query: (c) => `programId=${c.r.program}` },
  "GET /api/v1/reports/funnel": {},
  "GET /api/v1/reports/attribution": {},
  "GET /api/v1/reports/source-effectiveness": {},
  "GET /api/v1/reports/budget-advice": {},
  "GET /api/v1/reports/sales-feedback": {},
  "GET /api/v1/reports/reverse-funnel": {},
  "GET /api/v1/reports/handoffs": {},
  "GET /api/v1/reports/price-deviation": {},
  "GET /api/v1/reports/sales-conversion": {},
  "GET /api/v1/reports/touches-to-close": {},
  "GET /api/v1/deals/{id}/attribution": {},
  "GET /api/v1/plans": {},
  "POST /api/v1/plans": {
    body: () => ({
      period: "month",
      startsOn: `${planYear++}-01-01`,
      channel: null,
      currency: "USD",
      leadsTarget: 10,
      salesReadyTarget: 5,
      pipelineTargetMinor: 100,
      revenueTargetMinor: 100,
      plannedSpendMinor: 100,
    }),
  },
  "GET /api/v1/plans/{id}": {},
  "PATCH /api/v1/plans/{id}": { body: () => ({ leadsTarget: 12 }) },
  "DELETE /api/v1/plans/{id}": { fresh: "plan" },

  "GET /api/v1/settings/attribution": {},
  "PUT /api/v1/settings/attribution": { body: () => ({ halfLifeDays: 7, buyingGroup: false }) },
  "GET /api/v1/settings/scoring": {},
  "PUT /api/v1/settings/scoring": {
    body: () => ({ halfLifeHours: 24 * 14, warmThreshold: 10, hotThreshold: 30, weights: {} }),
  },
  "GET /api/v1/handoff-settings": {},
  "PUT /api/v1/handoff-settings": {
    body: () => ({
      rule: { temperature: "hot", minGrade: null },
      slaMinutes: 24 * 60,
      businessHours: window,
      recycleCooldownDays: 30,
      assignmentRules: [],
    }),
  },
  "GET /api/v1/email-settings": {},
  "PUT /api/v1/email-settings": {
    body: () => ({
      smtp: null,
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: window,
      ratePerMinute: 60,
    }),
  },

  "GET /api/v1/pipelines": {},
  "POST /api/v1/pipelines": {
    body: () => ({
      name: `Pipe ${u()}`,
      stages: [
        { key: "talk", name: "Talk", outcome: "open", probability: 20 },
        { key: "won", name: "Won", outcome: "won", probability: 100 },
        { key: "lost", name: "Lost", outcome: "lost", probability: 0 },
      ],
    }),
  },
  "GET /api/v1/pipelines/board": {},
  "PATCH /api/v1/pipelines/{id}": { body: () => ({ name: `Pipe ${u()}` }) },
  "POST /api/v1/loss-reasons": { body: () => ({ label: `Loss ${u()}` }) },
  "DELETE /api/v1/loss-reasons/{id}": { fresh: "lossReason" },

  "GET /api/v1/deals": {},
  "POST /api/v1/deals": {
    body: (c) => ({ name: `Deal ${u()}`, contactId: c.r.contact, amountMinor: 0, currency: "USD" }),
  },
  "GET /api/v1/deals/{id}": {},
  "PATCH /api/v1/deals/{id}": { body: () => ({ name: `Deal ${u()}` }) },
  "DELETE /api/v1/deals/{id}": { fresh: "deal" },
  "POST /api/v1/deals/{id}/move": { body: () => ({ stage: "present" }) },
  "PUT /api/v1/deals/{id}/line-items": {
    body: (c) => ({ priceBookId: c.r.priceBook, items: [{ productId: c.r.seat, quantity: 2 }] }),
  },
  // A deal at list price needs no approval: 409 once the deal was found and the caller may sell.
  "POST /api/v1/deals/{id}/approvals": { body: () => ({}), okAlso: [409] },
  "GET /api/v1/deals/{id}/proposals": {},
  "POST /api/v1/deals/{id}/proposals": { body: () => ({ kind: "proposal" }) },
  "GET /api/v1/deals/{id}/competitors": {},
  "PUT /api/v1/deals/{id}/competitors": { body: (c) => ({ competitorIds: [c.r.competitor] }) },
  "GET /api/v1/deals/{id}/objections": {},
  "POST /api/v1/deals/{id}/objections": { body: () => ({ text: "Too dear" }) },
  "PATCH /api/v1/deal-objections/{id}": { body: () => ({ overcome: true }) },
  "DELETE /api/v1/deal-objections/{id}": { fresh: "objection" },
  "GET /api/v1/approvals": {},
  "POST /api/v1/approvals/{id}/decision": { fresh: "approval", body: () => ({ decision: "approve" }) },

  "GET /api/v1/proposals": {},
  "GET /api/v1/proposals/{id}": {},
  "GET /api/v1/proposals/{id}/pdf": {},
  "POST /api/v1/proposals/{id}/send": { fresh: "proposal" },
  "POST /api/v1/proposals/{id}/withdraw": { fresh: "proposal" },

  "GET /api/v1/handoffs": {},
  "POST /api/v1/handoffs/{id}/accept": { fresh: "handoff", body: () => ({}) },
  "POST /api/v1/handoffs/{id}/recycle": { fresh: "handoff", body: () => ({ reason: "not_ready" }) },
  "GET /api/v1/me/notifications": {},
  "POST /api/v1/me/notifications/read": { body: () => ({}) },

  "GET /api/v1/competitors": {},
  "POST /api/v1/competitors": { body: () => ({ name: `Rival ${u()}` }) },
  "GET /api/v1/competitors/{id}": {},
  "PATCH /api/v1/competitors/{id}": { body: () => ({ name: `Rival ${u()}` }) },
  "DELETE /api/v1/competitors/{id}": { fresh: "competitor" },
  "GET /api/v1/competitors/{id}/deals": {},
  "GET /api/v1/objection-types": {},
  "POST /api/v1/objection-types": { body: () => ({ label: `Obj ${u()}` }) },
  "DELETE /api/v1/objection-types/{id}": { fresh: "objectionType" },

  "PUT /api/v1/quotas": {
    body: (c) => ({
      userId: c.world.A.rep1.userId,
      period: "month",
      startsOn: "2026-12-01",
      targetMinor: 100_000,
      currency: "USD",
    }),
  },
  "GET /api/v1/quotas/leaderboard": { query: () => "period=month&startsOn=2026-12-01" },

  "GET /api/v1/products": {},
  "POST /api/v1/products": { body: () => ({ sku: `S-${u()}`, name: "Widget" }) },
  "GET /api/v1/products/{id}": {},
  "PATCH /api/v1/products/{id}": { body: () => ({ name: `Widget ${u()}` }) },
  "DELETE /api/v1/products/{id}": { fresh: "product" },
  "GET /api/v1/price-books": {},
  "POST /api/v1/price-books": { body: () => ({ name: `Book ${u()}`, channel: "direct", currency: "USD" }) },
  "GET /api/v1/price-books/{id}": {},
  "PATCH /api/v1/price-books/{id}": { body: () => ({ name: `Book ${u()}` }) },
  "DELETE /api/v1/price-books/{id}": { fresh: "priceBook" },
  "GET /api/v1/discount-policy": {},
  "PUT /api/v1/discount-policy": {
    body: () => ({
      defaultMaxDiscountBp: 1000,
      maxDiscountBpByRole: {},
      maxDiscountBpByChannel: {},
      giveawaysAllowed: false,
    }),
  },

  "GET /api/v1/partners": {},
  "POST /api/v1/partners": { body: () => ({ name: `Org ${u()}`, kind: "affiliate" }) },
  "GET /api/v1/partners/{id}": {},
  "PATCH /api/v1/partners/{id}": { body: () => ({ name: `Org ${u()}` }) },
  "DELETE /api/v1/partners/{id}": { fresh: "partner" },

  "POST /api/v1/tasks": {
    body: (c) => ({ contactId: c.r.contact, kind: "call", title: "Call back", dueAt: now() }),
  },
  "POST /api/v1/tasks/{id}/complete": { fresh: "task", body: () => ({}) },
  "GET /api/v1/me/day": {},

  "GET /api/v1/playbooks": {},
  "POST /api/v1/playbooks": { body: playbookBody },
  "GET /api/v1/playbooks/{id}": {},
  "PUT /api/v1/playbooks/{id}": { body: playbookBody },
  "DELETE /api/v1/playbooks/{id}": { fresh: "playbook" },
  "GET /api/v1/playbooks/{id}/audience.csv": {},
  "GET /api/v1/enrolments": {},
  "GET /api/v1/enrolments/{id}/events": {},
  "POST /api/v1/sequences/{id}/enrolments": {
    fresh: "contact",
    body: (c) => ({ contactId: c.r.contact, override: { reason: "matrix" } }),
  },
  "POST /api/v1/enrolments/{id}/exit": { fresh: "enrolment" },

  "GET /api/v1/email-templates": {},
  "POST /api/v1/email-templates": {
    body: () => ({ name: `Tpl ${u()}`, kind: "marketing", subject: "Hi", body: "Hi\n\n{{unsubscribeUrl}}" }),
  },
  "GET /api/v1/email-templates/{id}": {},
  "PATCH /api/v1/email-templates/{id}": { body: () => ({ subject: `Hi ${u()}` }) },
  "DELETE /api/v1/email-templates/{id}": { fresh: "template" },
  "GET /api/v1/outbox": {},
  "GET /api/v1/outbox/{id}": {},
  "POST /api/v1/emails/broadcasts": { body: (c) => ({ templateId: c.r.template, filter: {} }) },
  "GET /api/v1/emails/broadcasts": {},
  "GET /api/v1/emails/broadcasts/{id}": {},
  "GET /api/v1/suppressions": {},
  "POST /api/v1/suppressions": { body: () => ({ email: `sup-${u()}@example.com` }) },
  "DELETE /api/v1/suppressions/{email}": { fresh: "suppression", params: (r) => ({ email: r.suppression }) },

  "GET /api/v1/audit-events": {},
  "GET /api/v1/webhooks": {},
  "POST /api/v1/webhooks": {
    body: () => ({ url: "https://hooks.example.com/new", events: ["deal.won"] }),
  },
  "GET /api/v1/webhooks/{id}": {},
  "PATCH /api/v1/webhooks/{id}": { body: () => ({ description: "Renamed" }) },
  "DELETE /api/v1/webhooks/{id}": { fresh: "webhook" },
  "POST /api/v1/webhooks/{id}/rotate-secret": {},
  "POST /api/v1/webhooks/{id}/test": {},
  "GET /api/v1/webhook-deliveries": {},
  "GET /api/v1/webhook-deliveries/{id}": {},
  "POST /api/v1/webhook-deliveries/{id}/replay": { fresh: "webhookDelivery", okAlso: [409] },
  "GET /api/v1/users": {},
  "POST /api/v1/users/invitations": {
    body: () => ({ email: `inv-${u()}@example.com`, name: "Invitee", role: "sales" }),
  },
  "POST /api/v1/users/{id}/invitation": {},
  "PATCH /api/v1/users/{id}": { body: () => ({ name: `User ${u()}` }) },
  "POST /api/v1/users/{id}/deactivate": { fresh: "user" },
  "POST /api/v1/users/{id}/reactivate": { fresh: "deactivatedUser" },

  "POST /api/v1/me/password": { body: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }) },
  "GET /api/v1/api-keys": {},
  "POST /api/v1/api-keys": { body: () => ({ name: `key ${u()}` }) },
  "POST /api/v1/api-keys/{id}/revoke": { fresh: "apiKey" },
};
