// Who may call each API operation, declared once. The matrix suite (test/api/authorization-matrix)
// checks every cell of operation × actor × ownership against this table, and fails when an
// operation of the OpenAPI document has no entry here (or an entry names an operation that is gone).
//
// The rules are the services' own (`authorize(actor, roles, …)` and the visibility filters in
// contact-access.ts and deal-access.ts), written down so that a change to them is a visible
// change to this file. Keys are `METHOD /path` exactly as in /api/openapi.json.
import type { Role } from "../../src/domain/catalogue.ts";

/** The actors of every row: the four roles, a revoked API key and no credentials at all. */
export type Actor = Role | "revoked" | "anonymous";
export const ACTORS: readonly Actor[] = ["admin", "marketing", "sales", "partner", "revoked", "anonymous"];

/**
 * Whose record a cell acts on, relative to the actor: its own (a staff user's own record, a
 * partner user's organisation's), another sales rep's, another partner organisation's, or a
 * record of another workspace.
 */
export type Ownership = "own" | "rep" | "org" | "ws";

/** Who holds a fixture record: a user of workspace A, a partner organisation of A, or workspace B. */
export type Holder = "admin" | "marketing" | "rep1" | "rep2" | "p1" | "p2" | "B";
export const HOLDERS: readonly Holder[] = ["admin", "marketing", "rep1", "rep2", "p1", "p2", "B"];

export function holderOf(actor: Role, ownership: Ownership): Holder {
  if (ownership === "ws") return "B";
  if (ownership === "rep") return "rep2";
  if (ownership === "org") return "p2";
  return ({ admin: "admin", marketing: "marketing", sales: "rep1", partner: "p1" } as const)[actor];
}

/** The record kinds a path names. */
export type RecordKind =
  | "contact"
  | "deal"
  | "proposal"
  | "objection"
  | "approval"
  | "task"
  | "handoff"
  | "apiKey"
  | "priceBook"
  | "company"
  | "program"
  | "cost"
  | "link"
  | "plan"
  | "pipeline"
  | "competitor"
  | "objectionType"
  | "lossReason"
  | "product"
  | "partner"
  | "user"
  | "invitedUser"
  | "deactivatedUser"
  | "playbook"
  | "enrolment"
  | "template"
  | "outbox"
  | "broadcast"
  | "suppression"
  | "webhook"
  | "webhookDelivery";

/**
 * A partner user sees only what its organisation registered (and, for price books, its own book
 * and its channel's): any other record of these kinds is "not found" to it — 404, never 403.
 */
export const PARTNER_SCOPED: ReadonlySet<RecordKind> = new Set([
  "contact",
  "deal",
  "proposal",
  "objection",
  "approval",
  "priceBook",
]);

/** The ownerships worth a cell for a record kind; the rest would repeat the "own" cell. */
export function ownershipsOf(kind: RecordKind | undefined): readonly Ownership[] {
  if (!kind) return ["own"];
  if (PARTNER_SCOPED.has(kind)) return ["own", "rep", "org", "ws"];
  if (kind === "task" || kind === "handoff" || kind === "apiKey") return ["own", "rep", "ws"];
  return ["own", "ws"];
}

export interface Policy {
  /** The roles allowed; "public" needs no credentials at all. */
  allow: "public" | readonly Role[];
  /** The record the path's `{id}` names (for ownership cells). */
  record?: RecordKind;
  /** These roles may act only on their own record; on another's they get `ownerRefusal`. */
  ownerOnly?: readonly Role[];
  ownerRefusal?: 403 | 404;
  /** Why the rule is as it is, where it is not obvious. */
  why?: string;
}

const ALL: readonly Role[] = ["admin", "marketing", "sales", "partner"];
const STAFF: readonly Role[] = ["admin", "marketing", "sales"];
const EDITORS: readonly Role[] = ["admin", "marketing"];
const ADMIN: readonly Role[] = ["admin"];
const SELLERS: readonly Role[] = ["admin", "sales", "partner"];
const DECIDERS: readonly Role[] = ["admin", "sales"];

const PUBLIC: Policy = { allow: "public" };
const all = (record?: RecordKind): Policy => ({ allow: ALL, record });
const staff = (record?: RecordKind): Policy => ({ allow: STAFF, record });
const editors = (record?: RecordKind): Policy => ({ allow: EDITORS, record });
const admin = (record?: RecordKind): Policy => ({ allow: ADMIN, record });
const sellers = (record?: RecordKind): Policy => ({ allow: SELLERS, record });

export const POLICY: Record<string, Policy> = {
  // Signing in and invitations: public by nature.
  "POST /api/v1/auth/login": PUBLIC,
  "POST /api/v1/auth/logout": PUBLIC,
  "GET /api/v1/auth/me": all(),
  "POST /api/v1/auth/invitation": PUBLIC,
  "POST /api/v1/auth/invitation/accept": PUBLIC,

  // Contacts: staff see all; a partner user its organisation's; only admins and marketing delete.
  "GET /api/v1/contacts": all(),
  "POST /api/v1/contacts": all(),
  "GET /api/v1/contacts/temperature-counts": all(),
  "POST /api/v1/contacts/bulk-assign": staff(),
  "GET /api/v1/contacts/{id}": all("contact"),
  "PATCH /api/v1/contacts/{id}": all("contact"),
  "DELETE /api/v1/contacts/{id}": editors("contact"),
  "POST /api/v1/contacts/{id}/erase": admin("contact"),
  "GET /api/v1/contacts/{id}/timeline": all("contact"),
  "GET /api/v1/contacts/{id}/stages": all("contact"),
  "GET /api/v1/contacts/{id}/score": all("contact"),
  "GET /api/v1/contacts/{id}/tasks": staff("contact"),
  "GET /api/v1/contacts/{id}/consents": staff("contact"),
  "POST /api/v1/contacts/{id}/consents": staff("contact"),
  "POST /api/v1/touchpoints": staff(),
  "POST /api/v1/touchpoints/batch": staff(),
  "GET /api/v1/meta/touchpoint-kinds": all(),

  // Companies: staff; deleting is marketing's (and admins').
  "GET /api/v1/companies": staff(),
  "POST /api/v1/companies": staff(),
  "GET /api/v1/companies/{id}": staff("company"),
  "PATCH /api/v1/companies/{id}": staff("company"),
  "DELETE /api/v1/companies/{id}": editors("company"),
  "GET /api/v1/companies/{id}/timeline": staff("company"),

  // Programs, their costs and tracked links: marketing's to change, staff's to read.
  "GET /api/v1/programs": staff(),
  "POST /api/v1/programs": editors(),
  "GET /api/v1/programs/{id}": staff("program"),
  "PATCH /api/v1/programs/{id}": editors("program"),
  "DELETE /api/v1/programs/{id}": editors("program"),
  "GET /api/v1/programs/{id}/costs": staff("program"),
  "POST /api/v1/programs/{id}/costs": editors("program"),
  "DELETE /api/v1/programs/{id}/costs/{costId}": editors("cost"),
  "GET /api/v1/programs/{id}/links": staff("program"),
  "POST /api/v1/programs/{id}/links": editors("program"),
  "POST /api/v1/programs/{id}/links/{linkId}/archive": editors("link"),
  "GET /api/v1/programs/{id}/links/{linkId}/personal-url": staff("link"),

  // Reports and plans: staff read; marketing (and admins) plan.
  "GET /api/v1/reports/program-scorecard": staff(),
  "GET /api/v1/reports/program-series": staff("program"),
  "GET /api/v1/reports/funnel": staff(),
  "GET /api/v1/reports/attribution": staff(),
  "GET /api/v1/reports/source-effectiveness": staff(),
  "GET /api/v1/reports/budget-advice": staff(),
  "GET /api/v1/reports/sales-feedback": staff(),
  "GET /api/v1/reports/reverse-funnel": staff(),
  "GET /api/v1/reports/handoffs": staff(),
  "GET /api/v1/reports/price-deviation": staff(),
  "GET /api/v1/reports/sales-conversion": staff(),
  "GET /api/v1/reports/touches-to-close": staff(),
  "GET /api/v1/deals/{id}/attribution": staff("deal"),
  "GET /api/v1/plans": staff(),
  "POST /api/v1/plans": editors(),
  "GET /api/v1/plans/{id}": staff("plan"),
  "PATCH /api/v1/plans/{id}": editors("plan"),
  "DELETE /api/v1/plans/{id}": editors("plan"),

  // Workspace settings: staff read, marketing and admins change; email settings are admins'.
  "GET /api/v1/settings/attribution": staff(),
  "PUT /api/v1/settings/attribution": editors(),
  "GET /api/v1/settings/scoring": staff(),
  "PUT /api/v1/settings/scoring": editors(),
  "GET /api/v1/handoff-settings": staff(),
  "PUT /api/v1/handoff-settings": editors(),
  "GET /api/v1/email-settings": admin(),
  "PUT /api/v1/email-settings": admin(),

  // Pipelines: everyone who sells reads them (partners too); only admins shape them.
  "GET /api/v1/pipelines": all(),
  "POST /api/v1/pipelines": admin(),
  "GET /api/v1/pipelines/board": all(),
  "PATCH /api/v1/pipelines/{id}": admin("pipeline"),
  "POST /api/v1/loss-reasons": admin(),
  "DELETE /api/v1/loss-reasons/{id}": admin("lossReason"),

  // Deals: marketing reads; admins, sales and partners (their organisation's) sell; admins delete.
  "GET /api/v1/deals": all(),
  "POST /api/v1/deals": sellers(),
  "GET /api/v1/deals/{id}": all("deal"),
  "PATCH /api/v1/deals/{id}": sellers("deal"),
  "DELETE /api/v1/deals/{id}": admin("deal"),
  "POST /api/v1/deals/{id}/move": sellers("deal"),
  "PUT /api/v1/deals/{id}/line-items": sellers("deal"),
  "POST /api/v1/deals/{id}/approvals": sellers("deal"),
  "GET /api/v1/deals/{id}/proposals": all("deal"),
  "POST /api/v1/deals/{id}/proposals": sellers("deal"),
  "GET /api/v1/deals/{id}/competitors": all("deal"),
  "PUT /api/v1/deals/{id}/competitors": sellers("deal"),
  "GET /api/v1/deals/{id}/objections": all("deal"),
  "POST /api/v1/deals/{id}/objections": sellers("deal"),
  "PATCH /api/v1/deal-objections/{id}": sellers("objection"),
  "DELETE /api/v1/deal-objections/{id}": sellers("objection"),
  "GET /api/v1/approvals": all(),
  "POST /api/v1/approvals/{id}/decision": {
    allow: EDITORS,
    record: "approval",
    why: "admins and marketing own the price policy",
  },

  // Proposals: read by everyone who sees the deal; made, sent and withdrawn by its sellers.
  "GET /api/v1/proposals": all(),
  "GET /api/v1/proposals/{id}": all("proposal"),
  "GET /api/v1/proposals/{id}/pdf": all("proposal"),
  "POST /api/v1/proposals/{id}/send": sellers("proposal"),
  "POST /api/v1/proposals/{id}/withdraw": sellers("proposal"),

  // Hand-offs: staff read; only the rep it was handed to (or an admin) answers it.
  "GET /api/v1/handoffs": staff(),
  "POST /api/v1/handoffs/{id}/accept": {
    allow: DECIDERS,
    record: "handoff",
    ownerOnly: ["sales"],
    ownerRefusal: 403,
    why: "hand-offs are listed to all staff, so naming another rep's is no leak",
  },
  "POST /api/v1/handoffs/{id}/recycle": {
    allow: DECIDERS,
    record: "handoff",
    ownerOnly: ["sales"],
    ownerRefusal: 403,
  },
  "GET /api/v1/me/notifications": all(),
  "POST /api/v1/me/notifications/read": all(),

  // Competition: battlecards are marketing's; objections are recorded by the deal's sellers.
  "GET /api/v1/competitors": staff(),
  "POST /api/v1/competitors": editors(),
  "GET /api/v1/competitors/{id}": staff("competitor"),
  "PATCH /api/v1/competitors/{id}": editors("competitor"),
  "DELETE /api/v1/competitors/{id}": editors("competitor"),
  "GET /api/v1/competitors/{id}/deals": staff("competitor"),
  "GET /api/v1/objection-types": all(),
  "POST /api/v1/objection-types": editors(),
  "DELETE /api/v1/objection-types/{id}": editors("objectionType"),

  // Quotas: admins set, staff read.
  "PUT /api/v1/quotas": admin(),
  "GET /api/v1/quotas/leaderboard": staff(),

  // Products, price books and the discount policy: marketing's; sellers (partners too) read.
  "GET /api/v1/products": all(),
  "POST /api/v1/products": editors(),
  "GET /api/v1/products/{id}": all("product"),
  "PATCH /api/v1/products/{id}": editors("product"),
  "DELETE /api/v1/products/{id}": editors("product"),
  "GET /api/v1/price-books": all(),
  "POST /api/v1/price-books": editors(),
  "GET /api/v1/price-books/{id}": all("priceBook"),
  "PATCH /api/v1/price-books/{id}": editors("priceBook"),
  "DELETE /api/v1/price-books/{id}": editors("priceBook"),
  "GET /api/v1/discount-policy": all(),
  "PUT /api/v1/discount-policy": editors(),

  // Partner organisations: staff read, admins manage.
  "GET /api/v1/partners": staff(),
  "POST /api/v1/partners": admin(),
  "GET /api/v1/partners/{id}": staff("partner"),
  "PATCH /api/v1/partners/{id}": admin("partner"),
  "DELETE /api/v1/partners/{id}": admin("partner"),

  // Tasks: admins and sales give them; staff complete them, marketing only its own.
  "POST /api/v1/tasks": { allow: DECIDERS },
  "POST /api/v1/tasks/{id}/complete": {
    allow: STAFF,
    record: "task",
    ownerOnly: ["marketing"],
    ownerRefusal: 403,
    why: "marketing gets a playbook's direct-mail tasks and completes only those",
  },
  "GET /api/v1/me/day": staff(),

  // Playbooks and sequences: staff.
  "GET /api/v1/playbooks": staff(),
  "POST /api/v1/playbooks": staff(),
  "GET /api/v1/playbooks/{id}": staff("playbook"),
  "PUT /api/v1/playbooks/{id}": staff("playbook"),
  "DELETE /api/v1/playbooks/{id}": staff("playbook"),
  "GET /api/v1/playbooks/{id}/audience.csv": staff("playbook"),
  "GET /api/v1/enrolments": staff(),
  "GET /api/v1/enrolments/{id}/events": staff("enrolment"),
  "POST /api/v1/sequences/{id}/enrolments": staff("playbook"),
  "POST /api/v1/enrolments/{id}/exit": staff("enrolment"),

  // Email: templates and newsletters are marketing's, the outbox staff's, suppressions marketing's.
  "GET /api/v1/email-templates": staff(),
  "POST /api/v1/email-templates": editors(),
  "GET /api/v1/email-templates/{id}": staff("template"),
  "PATCH /api/v1/email-templates/{id}": editors("template"),
  "DELETE /api/v1/email-templates/{id}": editors("template"),
  "GET /api/v1/outbox": staff(),
  "GET /api/v1/outbox/{id}": staff("outbox"),
  "POST /api/v1/emails/broadcasts": editors(),
  "GET /api/v1/emails/broadcasts": staff(),
  "GET /api/v1/emails/broadcasts/{id}": staff("broadcast"),
  "GET /api/v1/suppressions": editors(),
  "POST /api/v1/suppressions": editors(),
  "DELETE /api/v1/suppressions/{email}": editors("suppression"),

  // The audit log: admins only.
  "GET /api/v1/audit-events": admin(),

  // Webhooks: admins only (a subscription's secret speaks for the workspace).
  "GET /api/v1/webhooks": admin(),
  "POST /api/v1/webhooks": admin(),
  "GET /api/v1/webhooks/{id}": admin("webhook"),
  "PATCH /api/v1/webhooks/{id}": admin("webhook"),
  "DELETE /api/v1/webhooks/{id}": admin("webhook"),
  "POST /api/v1/webhooks/{id}/rotate-secret": admin("webhook"),
  "POST /api/v1/webhooks/{id}/test": admin("webhook"),
  "GET /api/v1/webhook-deliveries": admin(),
  "GET /api/v1/webhook-deliveries/{id}": admin("webhookDelivery"),
  "POST /api/v1/webhook-deliveries/{id}/replay": admin("webhookDelivery"),

  // Users: staff see the list; admins invite and change them.
  "GET /api/v1/users": staff(),
  "POST /api/v1/users/invitations": admin(),
  "POST /api/v1/users/{id}/invitation": admin("invitedUser"),
  "PATCH /api/v1/users/{id}": admin("user"),
  "POST /api/v1/users/{id}/deactivate": admin("user"),
  "POST /api/v1/users/{id}/reactivate": admin("deactivatedUser"),

  // The user's own account: everyone signed in; another's key is "not found" except to admins.
  "POST /api/v1/me/password": all(),
  "GET /api/v1/api-keys": all(),
  "POST /api/v1/api-keys": all(),
  "POST /api/v1/api-keys/{id}/revoke": {
    allow: ALL,
    record: "apiKey",
    ownerOnly: ["marketing", "sales", "partner"],
    ownerRefusal: 404,
  },
};

/**
 * Public pages outside /api/v1 (not in the OpenAPI document): a visitor reaches them with a
 * signed token only. Checked with no credentials and a forged token: never 401, never 5xx.
 */
export const PUBLIC_PAGES: readonly string[] = [
  "GET /u/{token}",
  "POST /u/{token}",
  "GET /t/o/{token}",
  "GET /t/c/{token}",
  "GET /l/{code}",
  "GET /p/{token}",
  "GET /p/{token}/pdf",
  "POST /p/{token}/accept",
  "POST /p/{token}/decline",
];

/** What a cell must answer: allowed, or refused with this status. */
export type Expectation = "allow" | 401 | 403 | 404;

export function expectation(policy: Policy, actor: Actor, ownership: Ownership): Expectation {
  if (policy.allow === "public") return "allow";
  if (actor === "revoked" || actor === "anonymous") return 401;
  if (!policy.allow.includes(actor)) return 403;
  if (ownership === "ws") return 404;
  if (actor === "partner" && policy.record && PARTNER_SCOPED.has(policy.record) && ownership !== "own")
    return 404;
  if (policy.ownerOnly?.includes(actor) && ownership !== "own") return policy.ownerRefusal ?? 403;
  return "allow";
}
