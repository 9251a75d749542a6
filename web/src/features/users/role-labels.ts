import type { Role } from "#domain/catalogue";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  marketing: "Marketing",
  sales: "Sales",
  partner: "Partner",
};

/** What each role may do, in a line, for the role picker. */
export const ROLE_HINTS: Record<Role, string> = {
  admin: "Everything, including users and settings",
  marketing: "Programs, playbooks, scoring and reports",
  sales: "Leads handed over, deals and tasks",
  partner: "Only what their partner organisation registered",
};

export const STATUS_LABELS = { active: "Active", invited: "Invited", deactivated: "Deactivated" } as const;
export const STATUS_COLORS = { active: "green", invited: "blue", deactivated: "gray" } as const;
