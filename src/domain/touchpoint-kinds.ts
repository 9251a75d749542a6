// The catalogue of touchpoint kinds. Adding a kind means adding one entry here (its default side,
// its default weight and whether it counts as an inbound response); the API schema, the scoring
// defaults and the stage rule all read from this table.
export const SIDES = ["marketing", "sales"] as const;
export type Side = (typeof SIDES)[number];

interface KindInfo {
  side: Side;
  /** Default engagement weight; workspaces override it in their scoring settings. */
  weight: number;
  /** A response from the prospect (not something we merely sent): turns a prospect into a lead. */
  inbound: boolean;
  label: string;
}

export const TOUCHPOINT_KINDS = {
  ad_click: { side: "marketing", weight: 3, inbound: true, label: "Ad click" },
  page_view: { side: "marketing", weight: 1, inbound: false, label: "Page view" },
  form_submit: { side: "marketing", weight: 10, inbound: true, label: "Form submitted" },
  content_download: { side: "marketing", weight: 6, inbound: true, label: "Content download" },
  // A click on a program's tracked link (/l/<code>) by a contact its signed token names.
  link_click: { side: "marketing", weight: 3, inbound: true, label: "Tracked link click" },
  email_sent: { side: "marketing", weight: 0, inbound: false, label: "Email sent" },
  email_open: { side: "marketing", weight: 1, inbound: false, label: "Email opened" },
  email_click: { side: "marketing", weight: 4, inbound: true, label: "Email click" },
  email_reply: { side: "marketing", weight: 8, inbound: true, label: "Email reply" },
  email_bounce: { side: "marketing", weight: -5, inbound: false, label: "Email bounced" },
  unsubscribe: { side: "marketing", weight: -15, inbound: false, label: "Unsubscribed" },
  direct_mail: { side: "marketing", weight: 1, inbound: false, label: "Direct mail sent" },
  social_engagement: { side: "marketing", weight: 2, inbound: true, label: "Social engagement" },
  event_attended: { side: "marketing", weight: 12, inbound: true, label: "Event attended" },
  webinar: { side: "marketing", weight: 10, inbound: true, label: "Webinar attended" },
  referral: { side: "marketing", weight: 15, inbound: true, label: "Referral" },
  support_request: { side: "marketing", weight: 4, inbound: true, label: "Support request" },
  survey_response: { side: "marketing", weight: 5, inbound: true, label: "Survey response" },
  call: { side: "sales", weight: 6, inbound: false, label: "Call" },
  cold_call: { side: "sales", weight: 2, inbound: false, label: "Cold call" },
  meeting: { side: "sales", weight: 15, inbound: true, label: "Meeting" },
  presentation: { side: "sales", weight: 15, inbound: true, label: "Presentation" },
  proposal: { side: "sales", weight: 12, inbound: false, label: "Proposal" },
  estimate: { side: "sales", weight: 10, inbound: false, label: "Estimate" },
  contract: { side: "sales", weight: 20, inbound: false, label: "Contract" },
  networking: { side: "sales", weight: 5, inbound: true, label: "Networking" },
} as const satisfies Record<string, KindInfo>;

export type TouchpointKind = keyof typeof TOUCHPOINT_KINDS;
export const TOUCHPOINT_KIND_NAMES = Object.keys(TOUCHPOINT_KINDS) as [TouchpointKind, ...TouchpointKind[]];

export function defaultSideOf(kind: TouchpointKind): Side {
  return TOUCHPOINT_KINDS[kind].side;
}

export function isInbound(kind: TouchpointKind): boolean {
  return TOUCHPOINT_KINDS[kind].inbound;
}

export function defaultWeights(): Record<TouchpointKind, number> {
  return Object.fromEntries(TOUCHPOINT_KIND_NAMES.map((k) => [k, TOUCHPOINT_KINDS[k].weight])) as Record<
    TouchpointKind,
    number
  >;
}
