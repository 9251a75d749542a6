// Queue names, in one place: the worker creates them, handlers and the engine's queue send to them.
export const QUEUES = {
  step: "sequence.step",
  due: "sequence.due",
  sweep: "sequence.sweep",
  send: "email.send",
  outbox: "email.outbox",
  arrivals: "touchpoints.arrivals",
  reachRollup: "reports.reach-rollup",
  approvalAlerts: "pricing.approval-alerts",
  webhookDue: "webhook.due",
  webhookDeliver: "webhook.deliver",
  rateLimitSweep: "limits.sweep",
} as const;
