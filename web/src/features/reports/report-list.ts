// The reports the web app has: where each lives, its title, and the one question it answers.

export const REPORTS = [
  {
    to: "/reports/programs",
    title: "Program scorecard",
    question: "Which programs bring leads and customers, and at what cost per lead and ROI?",
    side: "Marketing",
  },
  {
    to: "/reports/funnel",
    title: "Funnel",
    question: "How many leads reach sales-ready, accepted and won — and how long each stage takes?",
    side: "Marketing and sales",
  },
  {
    to: "/reports/sales",
    title: "Sales conversion",
    question: "How each rep turns hand-offs into won deals: speed, win rate, cycle and quota.",
    side: "Sales",
  },
  {
    to: "/reports/touches",
    title: "Touches to close",
    question: "How many touches from both sides it really takes to win a customer (about eight?).",
    side: "Marketing and sales",
  },
  {
    to: "/reports/attribution",
    title: "Attribution",
    question:
      "Which programs earned the revenue of the deals won — under each attribution model, side by side?",
    side: "Marketing",
  },
  {
    to: "/reports/effectiveness",
    title: "Source effectiveness",
    question: "Which sources turn leads into customers and revenue, and how sure can we be?",
    side: "Marketing",
  },
  {
    to: "/reports/sales-feedback",
    title: "What sales heard",
    question:
      "Why sales sent each program's leads back, what those leads objected to, and why their deals were lost.",
    side: "Marketing and sales",
  },
  {
    to: "/reports/handoffs",
    title: "Hand-offs",
    question:
      "How fast sales catches the baton against the SLA, what it sends back and why, and which leads cooled waiting.",
    side: "Marketing and sales",
  },
  {
    to: "/reports/price-deviation",
    title: "Price deviations",
    question:
      "What won deals gave away in discounts and give-aways, per rep, channel and partner — and were any won outside the policy?",
    side: "Sales",
  },
  {
    // The reverse funnel lives beside the plans it checks: changing a lead target shows its verdict.
    to: "/plans",
    title: "Plans and the reverse funnel",
    question: "Are this period's targets on track, and do the planned leads cover the reps' quotas?",
    side: "Marketing and sales",
  },
] as const;

export type ReportPage = (typeof REPORTS)[number]["to"];

export const reportInfo = (page: ReportPage) => REPORTS.find((r) => r.to === page)!;
