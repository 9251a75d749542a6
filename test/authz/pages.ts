// The web app's pages × role, declared once (web/src/App.tsx is the router): who may open each
// page, what a refused role sees instead, and which destinations each role finds in the header.
// test/browser/authorization-pages.test.ts visits every page as every role and checks each cell.
import type { Role } from "../../src/domain/catalogue.ts";

export const ROLES: readonly Role[] = ["admin", "marketing", "sales", "partner"];
const STAFF: readonly Role[] = ["admin", "marketing", "sales"];
const EVERYONE: readonly Role[] = ROLES;

/** Ids a page address needs; the partner's own contact and deal are its organisation's. */
export interface PageIds {
  contact: string;
  deal: string;
  company: string;
  program: string;
  playbook: string;
}

export interface PagePolicy {
  path: (ids: PageIds) => string;
  allow: readonly Role[];
  /** The test id a refused role sees instead of the page (default: the staff-only notice). */
  refusal?: string;
}

/** Pages with a `:param` take the role's own record (a partner's: its organisation's). */
export const PAGES: Record<string, PagePolicy> = {
  "/": { path: () => "/", allow: EVERYONE },
  "/board": { path: () => "/board", allow: EVERYONE },
  "/pipeline": { path: () => "/pipeline", allow: EVERYONE },
  "/contacts": { path: () => "/contacts", allow: EVERYONE },
  "/contacts/:id": { path: (i) => `/contacts/${i.contact}`, allow: EVERYONE },
  "/deals/:id": { path: (i) => `/deals/${i.deal}`, allow: EVERYONE },
  "/account": { path: () => "/account", allow: EVERYONE },
  // Staff-only: a partner user sees "Not available to partners" (StaffOnly.tsx).
  "/competitors": { path: () => "/competitors", allow: STAFF },
  "/companies": { path: () => "/companies", allow: STAFF },
  "/companies/:id": { path: (i) => `/companies/${i.company}`, allow: STAFF },
  "/approvals": { path: () => "/approvals", allow: STAFF },
  "/proposals": { path: () => "/proposals", allow: STAFF },
  "/handoffs": { path: () => "/handoffs", allow: STAFF },
  "/my-day": { path: () => "/my-day", allow: STAFF },
  "/quotas": { path: () => "/quotas", allow: STAFF },
  "/plans": { path: () => "/plans", allow: STAFF },
  "/outbox": { path: () => "/outbox", allow: STAFF },
  "/playbooks": { path: () => "/playbooks", allow: STAFF },
  "/playbooks/new": { path: () => "/playbooks/new", allow: STAFF },
  "/playbooks/:id": { path: (i) => `/playbooks/${i.playbook}`, allow: STAFF },
  "/playbooks/:id/edit": { path: (i) => `/playbooks/${i.playbook}/edit`, allow: STAFF },
  "/programs": { path: () => "/programs", allow: STAFF },
  "/programs/:id": { path: (i) => `/programs/${i.program}`, allow: STAFF },
  "/programs/:id/links": { path: (i) => `/programs/${i.program}/links`, allow: STAFF },
  "/reports": { path: () => "/reports", allow: STAFF },
  "/reports/programs": { path: () => "/reports/programs", allow: STAFF },
  "/reports/funnel": { path: () => "/reports/funnel", allow: STAFF },
  "/reports/sales": { path: () => "/reports/sales", allow: STAFF },
  "/reports/touches": { path: () => "/reports/touches", allow: STAFF },
  "/reports/attribution": { path: () => "/reports/attribution", allow: STAFF },
  "/reports/effectiveness": { path: () => "/reports/effectiveness", allow: STAFF },
  "/reports/sales-feedback": { path: () => "/reports/sales-feedback", allow: STAFF },
  "/reports/handoffs": { path: () => "/reports/handoffs", allow: STAFF },
  "/reports/price-deviation": { path: () => "/reports/price-deviation", allow: STAFF },
  "/settings/scoring": { path: () => "/settings/scoring", allow: STAFF },
  "/settings/attribution": { path: () => "/settings/attribution", allow: STAFF },
  "/settings/pipelines": { path: () => "/settings/pipelines", allow: STAFF },
  "/settings/handoff": { path: () => "/settings/handoff", allow: STAFF },
  "/settings/pricing": { path: () => "/settings/pricing", allow: STAFF },
  "/settings/partners": { path: () => "/settings/partners", allow: STAFF },
  "/settings/email": { path: () => "/settings/email", allow: STAFF },
  // Staff other than admins see a plain "only admins manage users" instead of the list.
  "/settings/users": { path: () => "/settings/users", allow: ["admin"], refusal: "users-admins-only" },
  "/settings/audit": { path: () => "/settings/audit", allow: ["admin"], refusal: "audit-admins-only" },
  "/settings/webhooks": {
    path: () => "/settings/webhooks",
    allow: ["admin"],
    refusal: "webhooks-admins-only",
  },
};

/** Routes of the router that are not pages of the signed-in app. */
export const OUTSIDE_THE_APP = new Set(["/login", "/invite/:token", "/*", "/settings"]);

/**
 * The pages web/src/App.tsx routes, read from its source: `<Route path="…">` lines, a child's
 * path joined to its parent's by indentation (the router's nesting).
 */
export function routedPages(source: string): string[] {
  const parents: { indent: number; path: string }[] = [];
  const pages: string[] = [];
  for (const line of source.split("\n")) {
    const match = /^(\s*)<Route\s+path="([^"]+)"/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    while (parents.length > 0 && parents.at(-1)!.indent >= indent) parents.pop();
    const parent = parents.at(-1)?.path ?? "";
    const full = match[2]!.startsWith("/") ? match[2]! : `${parent}/${match[2]}`;
    pages.push(full);
    if (!line.trimEnd().endsWith("/>")) parents.push({ indent, path: full });
  }
  return pages;
}

/** What a partner gets for the staff-only pages, and for users' settings if not an admin. */
export const STAFF_ONLY_REFUSAL = "not-for-partners";

/** The header's destinations per role (nav-items.ts): staff get the bar and "More", partners two. */
export const NAVIGATION: Record<Role, readonly string[]> = {
  admin: staffNav(),
  marketing: staffNav(),
  sales: staffNav(),
  partner: ["Board", "Pipeline"],
};

function staffNav(): string[] {
  return [
    ...["Home", "Board", "Contacts", "My day", "Hand-offs", "Pipeline", "Approvals", "Programs", "Reports"],
    ...["Companies", "Proposals", "Quotas", "Plans", "Competitors", "Playbooks", "Outbox", "Settings"],
  ];
}

/** The settings area's sections per role (SettingsLayout.tsx): Users is the admins'. */
const SETTINGS = ["Scoring", "Attribution", "Hand-off", "Pipelines", "Pricing", "Partners", "Email"];
export const SETTINGS_SECTIONS: Record<Role, readonly string[]> = {
  admin: [...SETTINGS, "Users", "Webhooks", "Audit log"],
  marketing: SETTINGS,
  sales: SETTINGS,
  partner: [],
};
