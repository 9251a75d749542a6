// What a first response and a burst of interest look like, per program and per temperature.
import { ACCOUNT_EXECUTIVES, randomName, SDR } from "./people.ts";
import type { ProgramSpec } from "./programs.ts";
import type { Rng } from "./random.ts";
import { type Step, type StepSpec, spaced } from "./steps.ts";
import { DAY, HOUR, MINUTE } from "./timeline.ts";

const ASSETS = [
  "State of Data report",
  "Data contracts playbook",
  "Warehouse cost calculator",
  "Data quality checklist",
];
const BLOG = [
  "/blog/data-contracts",
  "/blog/dbt-vs-stored-procedures",
  "/blog/warehouse-costs",
  "/blog/data-quality-sla",
];
const CITIES = ["New York", "London", "Berlin"];

/**
 * The first response of a new lead to `source` at `at` (absolute times, always ending with or
 * containing an inbound kind, so the contact becomes a lead).
 */
export function acquisitionSteps(source: ProgramSpec, at: number, rng: Rng): Step[] {
  const key = source.program.key;
  const minutes = () => rng.int(1, 25) * MINUTE;
  const specs: StepSpec[] = (() => {
    switch (source.program.channel) {
      case "website":
        return [
          ["page_view", { page: rng.pick(BLOG) }],
          ["page_view", { page: "/product" }],
          rng.chance(0.55)
            ? ["content_download", { asset: rng.pick(ASSETS) }]
            : ["form_submit", { form: rng.pick(["Newsletter signup", "Contact us", "Start free trial"]) }],
        ];
      case "advertising":
        return [
          [
            "ad_click",
            {
              keyword: rng.pick([
                "data platform",
                "etl tool",
                "data pipeline software",
                "snowflake alternative",
              ]),
            },
          ],
          ["page_view", { page: "/lp/data-platform" }],
          ...(rng.chance(0.55) ? [["form_submit", { form: "Start free trial" }] as const] : []),
        ];
      case "social_media":
        return [
          rng.chance(0.6)
            ? ["ad_click", { creative: "State of Data carousel" }]
            : ["social_engagement", { action: "Liked a post" }],
          ...(rng.chance(0.7) ? [["content_download", { asset: "State of Data report" }] as const] : []),
        ];
      case "trade_show":
        return [
          [
            "event_attended",
            {
              event: source.program.name,
              activity: rng.pick(["Booth demo", "Badge scan", "Talk: data contracts in practice"]),
            },
          ],
        ];
      case "referral":
        return [
          ["referral", { referredBy: randomName(rng) }],
          ["page_view", { page: "/customers" }],
        ];
      case "direct_mail":
        return [
          ["direct_mail", { piece: "ROI kit" }],
          ["page_view", { page: "/roi-kit" }],
          ["form_submit", { form: "ROI estimate" }],
        ];
      case "public_relations":
        return [
          ["page_view", { page: "/press/series-b" }],
          rng.chance(0.5)
            ? ["form_submit", { form: "Newsletter signup" }]
            : ["content_download", { asset: "Series B fact sheet" }],
        ];
      case "content":
        if (key === "webinars") {
          const title = webinarTitle(rng);
          return [
            ["form_submit", { form: "Webinar registration", webinar: title }],
            ...(rng.chance(0.7) ? [["webinar", { title }] as const] : []),
          ];
        }
        return [["content_download", { asset: "State of Data report" }]];
      case "community":
        return [
          ["social_engagement", { action: "Joined the community Slack", channel: "#introductions" }],
          ...(rng.chance(0.4) ? [["support_request", { topic: "Connecting to Postgres" }] as const] : []),
        ];
      case "partner":
        return rng.chance(0.6)
          ? [["event_attended", { event: "Brightpath workshop: a data platform in a day" }]]
          : [["webinar", { title: "Brightpath × Northwind: migrating off legacy ETL" }]];
      case "cold_calling":
        return [
          ...Array.from(
            { length: rng.int(1, 3) },
            () => ["cold_call", { outcome: rng.pick(["Voicemail", "No answer", "Gatekeeper"]) }] as const,
          ),
          ["meeting", { subject: "Discovery meeting booked on a cold call", durationMinutes: 30 }],
        ];
      case "networking":
        return [["networking", { event: `Data Drinks ${rng.pick(CITIES)}` }]];
      case "brand":
        return [
          ["page_view", { page: "/podcast" }],
          ["form_submit", { form: "Extended trial (podcast offer)" }],
        ];
      default:
        return [
          ["page_view", { page: "/tools/data-health-check" }],
          ["form_submit", { form: "Data health check" }],
          ...(rng.chance(0.3) ? [["social_engagement", { action: "Shared a score card" }] as const] : []),
        ];
    }
  })();
  // Mail and cold calls take days to answer; clicks follow each other within minutes.
  const slow = source.program.channel === "direct_mail" || source.program.channel === "cold_calling";
  let t = at;
  return specs.map(([kind, properties], i) => {
    if (i > 0) t += slow ? rng.between(2 * DAY, 9 * DAY) : minutes();
    return { kind, at: t, programKey: key, properties, userKey: salesUser(kind, rng) };
  });
}

function salesUser(kind: Step["kind"], rng: Rng): string | null {
  if (kind === "cold_call" || kind === "meeting") return SDR;
  if (kind === "networking") return rng.pick(ACCOUNT_EXECUTIVES);
  return null;
}

export function webinarTitle(rng: Rng): string {
  return rng.pick([
    "Data contracts in practice",
    "Cutting warehouse costs by 40%",
    "From spreadsheets to a data platform",
    "Real-time pipelines without the pain",
    "How Ironbridge Logistics built a single source of truth",
  ]);
}

// Bursts of interest, by how strong they are. Warm bursts score about 10–16 at their end; hot
// ones 40 and more, so that they stay hot for several days.
const WARM_BURSTS: readonly (readonly StepSpec[])[] = [
  [
    ["webinar", {}],
    ["page_view", { page: "/product" }],
    ["page_view", { page: "/docs/quickstart" }],
  ],
  [
    ["form_submit", { form: "Contact us" }],
    ["page_view", { page: "/pricing" }],
  ],
  [
    ["event_attended", {}],
    ["email_click", {}],
  ],
  [
    ["content_download", {}],
    ["page_view", { page: "/blog/warehouse-costs" }],
    ["email_click", {}],
    ["page_view", { page: "/pricing" }],
  ],
  [
    ["email_open", {}],
    ["email_click", {}],
    ["content_download", {}],
    ["page_view", { page: "/customers" }],
  ],
  [
    ["social_engagement", {}],
    ["support_request", { topic: "SSO setup" }],
    ["content_download", {}],
  ],
];

const HOT_BURSTS: readonly (readonly StepSpec[])[] = [
  [
    ["event_attended", {}],
    ["email_click", {}],
    ["webinar", {}],
    ["page_view", { page: "/pricing" }],
    ["page_view", { page: "/security" }],
    ["form_submit", { form: "ROI estimate" }],
    ["content_download", {}],
  ],
  [
    ["referral", { referredBy: "" }],
    ["page_view", { page: "/customers" }],
    ["form_submit", { form: "Start free trial" }],
    ["email_reply", {}],
    ["page_view", { page: "/pricing" }],
    ["webinar", {}],
  ],
  [
    ["content_download", {}],
    ["email_click", {}],
    ["webinar", {}],
    ["form_submit", { form: "Start free trial" }],
    ["page_view", { page: "/docs/connectors" }],
    ["email_reply", {}],
    ["support_request", { topic: "Trial: loading a CSV" }],
  ],
  [
    ["ad_click", {}],
    ["page_view", { page: "/pricing" }],
    ["form_submit", { form: "Start free trial" }],
    ["page_view", { page: "/docs/quickstart" }],
    ["page_view", { page: "/docs/dbt" }],
    ["email_reply", {}],
    ["webinar", {}],
    ["content_download", {}],
    ["support_request", { topic: "Trial: scheduling a pipeline" }],
  ],
];

/** A burst of touches laid out from 0, for a warm or a hot contact. */
export function burst(rng: Rng, strength: "warm" | "hot"): Step[] {
  const specs = rng.pick(strength === "hot" ? HOT_BURSTS : WARM_BURSTS).map(([kind, p]): StepSpec => {
    if (kind === "referral") return [kind, { referredBy: randomName(rng) }];
    if (kind === "webinar") return [kind, { title: webinarTitle(rng) }];
    return [kind, p];
  });
  return spaced(rng, specs, 2 * HOUR, strength === "hot" ? 1.5 * DAY : 2 * DAY);
}
