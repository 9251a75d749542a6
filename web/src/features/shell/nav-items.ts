// The header's destinations. The bar keeps the everyday ones; those set up now and then or looked
// up when needed sit under "More", so the bar fits a 1,280 px screen.

export interface NavItem {
  to: string;
  label: string;
  /** Highlighted only on this exact path (else on every path under it). */
  end: boolean;
}

export const NAV: readonly NavItem[] = [
  { to: "/", label: "Home", end: true },
  { to: "/board", label: "Board", end: false },
  { to: "/contacts", label: "Contacts", end: false },
  { to: "/my-day", label: "My day", end: false },
  { to: "/handoffs", label: "Hand-offs", end: false },
  { to: "/pipeline", label: "Pipeline", end: false },
  { to: "/approvals", label: "Approvals", end: false },
  { to: "/programs", label: "Programs", end: false },
  // "/reports" lists the reports; it stays highlighted on every report.
  { to: "/reports", label: "Reports", end: false },
];

export const MORE_NAV: readonly NavItem[] = [
  { to: "/companies", label: "Companies", end: false },
  { to: "/proposals", label: "Proposals", end: false },
  { to: "/quotas", label: "Quotas", end: false },
  { to: "/plans", label: "Plans", end: false },
  { to: "/competitors", label: "Competitors", end: false },
  { to: "/playbooks", label: "Playbooks", end: false },
  { to: "/outbox", label: "Outbox", end: false },
  // "/settings" (which opens Scoring) stays highlighted on every settings screen.
  { to: "/settings", label: "Settings", end: false },
];

// A partner user works its own board and pipeline only; its board stays at "/", as it always was.
export const PARTNER_NAV: readonly NavItem[] = [
  { to: "/", label: "Board", end: true },
  { to: "/pipeline", label: "Pipeline", end: false },
];
