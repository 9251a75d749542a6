// The demo's sales side, loaded through the same use cases the API uses: products and price
// books, the discount policy, competitors, deals for the contacts sales accepted (won, lost and
// open across the pipeline, priced from the books, some needing approvals), objections, open
// next steps, quotas, and a partner's registered deals. Every random draw comes from a stream
// derived from the contact's key, so the result does not depend on the order of parallel work.
import { eq } from "drizzle-orm";
import type { TaskKind } from "../domain/tasks.ts";
import { createCompetitor } from "../services/competition/competitor-use-cases.ts";
import { replaceDealCompetitors } from "../services/competition/deal-competitors.ts";
import { addDealObjection } from "../services/competition/deal-objections.ts";
import { listObjectionTypes } from "../services/competition/objection-types.ts";
import type { Actor, Deps } from "../services/context.ts";
import { createDeal } from "../services/deals/create-deal.ts";
import { moveDeal } from "../services/deals/move-deal.ts";
import { listPipelines } from "../services/deals/pipelines.ts";
import { decideApproval, requestApproval } from "../services/pricing/approvals.ts";
import { setDiscountPolicy } from "../services/pricing/discount-policy.ts";
import { createPriceBook } from "../services/pricing/price-books.ts";
import { createProduct } from "../services/pricing/products.ts";
import { setLineItems } from "../services/pricing/set-line-items.ts";
import { setQuota } from "../services/quotas/quotas.ts";
import { createTask } from "../services/tasks/tasks.ts";
import { partners } from "../store/schema/index.ts";
import { atInstant as at } from "./at-instant.ts";
import type { DemoContact, DemoData, DemoDeal } from "./demo-types.ts";
import { loadPartnerDeals, PARTNER_LEADS } from "./partner-demo.ts";
import { ACCOUNT_EXECUTIVES, MARKETERS, SDR } from "./people.ts";
import { acceptOffer, type DemoOffer, makeOffer, sendOffer } from "./proposals-demo.ts";
import { deriveRng, type Rng } from "./random.ts";
import {
  DEMO_COMPETITORS,
  DEMO_DISCOUNT_POLICY,
  DEMO_PRICE_BOOKS,
  DEMO_PRODUCTS,
} from "./sales-catalogue.ts";
import type { Catalogue, SalesDemoIds } from "./sales-types.ts";
import { DAY, HOUR } from "./timeline.ts";

/** How many progress steps loadSalesDemo reports, for the loader's total. */
export function salesDemoSteps(data: DemoData): number {
  return 1 + data.contacts.filter((c) => c.deal !== undefined).length + PARTNER_LEADS.length;
}

export async function loadSalesDemo(
  deps: Deps,
  ids: SalesDemoIds,
  data: DemoData,
  progress: (n: number, step: string) => void,
  inParallel: <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) => Promise<void>,
): Promise<number> {
  const actorOf = (key: string): Actor => {
    const user = ids.users.get(key)!;
    return { workspaceId: ids.workspaceId, userId: user.id, role: user.role };
  };
  const marketer = actorOf(MARKETERS[0]);
  const catalogue = await loadCatalogue(deps, ids.admin, marketer);
  progress(1, "sales catalogue");

  const accepted = data.contacts.filter((c) => c.deal !== undefined);
  let deals = 0;
  await inParallel(accepted, 8, async (contact) => {
    const rng = deriveRng(data.seed, `deal:${contact.key}`);
    await playDeal(deps, rng, catalogue, {
      contactId: ids.contacts.get(contact.key)!,
      contact,
      deal: contact.deal!,
      owner: actorOf(contact.deal!.ownerKey),
      approver: actorOf(rng.pick(MARKETERS)),
      now: data.now,
    });
    deals++;
    progress(1, "deals");
  });

  await setQuotas(
    deps,
    ids.admin,
    data.now,
    [...ACCOUNT_EXECUTIVES, SDR].map((k) => ids.users.get(k)!.id),
  );
  deals += await loadPartnerDeals(deps, ids, catalogue, data, marketer, progress);
  return deals;
}

async function loadCatalogue(deps: Deps, admin: Actor, marketer: Actor): Promise<Catalogue> {
  const products = new Map<string, string>();
  for (const p of DEMO_PRODUCTS) {
    products.set(
      p.key,
      (await createProduct(deps, admin, { sku: p.sku, name: p.name, description: p.description })).id,
    );
  }
  const [brightpath] = await deps.db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.workspaceId, admin.workspaceId));
  const books = new Map<string, string>();
  for (const b of DEMO_PRICE_BOOKS) {
    const book = await createPriceBook(deps, marketer, {
      name: b.name,
      channel: b.channel,
      currency: "USD",
      partnerId: b.partner ? brightpath!.id : null,
      entries: DEMO_PRODUCTS.map((p) => ({
        productId: products.get(p.key)!,
        unitPriceMinor: Math.round((p.direct * b.percent) / 100),
      })),
    });
    books.set(b.key, book.id);
  }
  await setDiscountPolicy(deps, marketer, DEMO_DISCOUNT_POLICY);
  const competitors = [];
  for (const { key: _key, ...fields } of DEMO_COMPETITORS) {
    competitors.push((await createCompetitor(deps, marketer, fields)).id);
  }
  const objectionTypes = (await listObjectionTypes(deps, admin)).data.map((t: { id: string }) => t.id);
  const pipelines = await listPipelines(deps, admin);
  return {
    products,
    books,
    competitors,
    objectionTypes,
    stages: pipelines.data[0]!.stages,
    lossReasons: pipelines.lossReasons.map((r) => r.id),
  };
}

type Pricing = "list" | "small" | "deep" | "giveaway";

interface DealPlan {
  contactId: string;
  contact: DemoContact;
  deal: DemoDeal;
  owner: Actor;
  approver: Actor;
  now: number;
}

/** One deal from acceptance to its end: priced, moved stage by stage, approved if it must be. */
async function playDeal(deps: Deps, rng: Rng, cat: Catalogue, plan: DealPlan): Promise<void> {
  const { contact, deal: outcome, owner, now } = plan;
  const acceptedAt = contact.stageChanges.find((s) => s.to === "in_sales")?.at ?? contact.createdAt;
  const open = cat.stages.filter((s) => s.outcome === "open");
  const lost = outcome.outcome === "lost";
  const target =
    outcome.outcome === "open"
      ? open[Math.min(open.length - 1, Math.floor(rng.next() ** 1.3 * open.length))]!
      : cat.stages.find((s) => s.outcome === outcome.outcome)!;
  const closeAt = outcome.closedAt ?? now - rng.between(1, 5) * HOUR;
  const plan_ = rng.weighted([
    ["starter", 3],
    ["growth", 5],
    ["enterprise", 2],
  ] as const);
  const pricing = rng.weighted<Pricing>([
    ["list", 55],
    ["small", 25],
    ["deep", 15],
    ["giveaway", 5],
  ]);

  const deal = await createDeal(at(deps, acceptedAt + HOUR), owner, {
    name: `${contact.lastName} — ${plan_ === "enterprise" ? "Enterprise" : plan_ === "growth" ? "Growth" : "Starter"} plan`,
    contactId: plan.contactId,
    amountMinor: 0,
    currency: "USD",
    expectedCloseOn: new Date(Math.max(closeAt, now + 14 * DAY)).toISOString().slice(0, 10),
  });
  const off = pricing === "small" ? rng.int(3, 12) : pricing === "deep" ? rng.int(18, 30) : 0;
  const planPrice = DEMO_PRODUCTS.find((p) => p.key === plan_)!.direct;
  const items: { productId: string; quantity: number; unitPriceMinor?: number; giveaway?: boolean }[] = [
    {
      productId: cat.products.get(plan_)!,
      quantity: 1,
      unitPriceMinor: Math.round((planPrice * (100 - off)) / 100),
    },
  ];
  if (plan_ !== "starter" && rng.chance(0.4))
    items.push({ productId: cat.products.get("seats")!, quantity: rng.int(1, 4) });
  if (pricing === "giveaway" || rng.chance(0.3)) {
    items.push({ productId: cat.products.get("onboarding")!, quantity: 1, giveaway: pricing === "giveaway" });
  }
  await setLineItems(at(deps, acceptedAt + 2 * HOUR), owner, {
    dealId: deal.id,
    lines: { priceBookId: cat.books.get("direct")!, items },
  });

  if (rng.chance(0.45)) {
    const count = rng.int(1, 2);
    const met = new Set(Array.from({ length: count }, () => rng.pick(cat.competitors)));
    await replaceDealCompetitors(at(deps, acceptedAt + 3 * HOUR), owner, {
      dealId: deal.id,
      body: { competitorIds: [...met] },
    });
  }

  // The stages between the first and the target, evenly spread over the deal's life.
  const path =
    target.outcome === "open"
      ? open.slice(1, open.indexOf(target) + 1)
      : open.slice(1, rng.int(2, open.length));
  const span = closeAt - (acceptedAt + 4 * HOUR);
  const step = span / (path.length + 1);
  let t = acceptedAt + 4 * HOUR;
  const outside = pricing === "deep" || pricing === "giveaway";
  let offer: DemoOffer | null = null;
  for (const stage of path) {
    t += step;
    // A sent offer the prospect accepted is what brought the deal to contract.
    const accepted =
      stage.key === "contract" &&
      offer !== null &&
      (await acceptOffer(deps, offer, t - HOUR, `${contact.firstName} ${contact.lastName}`));
    if (!accepted) await moveDeal(at(deps, t), owner, { id: deal.id, move: { stage: stage.key } });
    if (stage.key === "propose") {
      offer = await makeOffer(deps, owner, {
        dealId: deal.id,
        t: t + HOUR,
        send: !outside,
        before: t + step,
      });
    }
    if (stage.key === "objections" || (stage.key === "present" && rng.chance(0.3))) {
      await addDealObjection(at(deps, t + HOUR), owner, {
        dealId: deal.id,
        objection: {
          objectionTypeId: rng.pick(cat.objectionTypes),
          overcome: target.outcome === "won" || (target.outcome === "open" && rng.chance(0.5)),
        },
      });
    }
  }

  const reachedProposal = target.outcome === "won" || path.some((s) => s.key === "propose");
  if (outside && !lost && reachedProposal) {
    const requestedAt = Math.min(closeAt - 2 * DAY, now - 2 * DAY);
    const request = await requestApproval(at(deps, Math.max(requestedAt, acceptedAt + 5 * HOUR)), owner, {
      dealId: deal.id,
      comment: rng.pick(APPROVAL_REASONS),
    });
    const decision =
      target.outcome === "won"
        ? "approve"
        : rng.weighted([
            ["pending", 5],
            ["approve", 3],
            ["reject", 2],
          ] as const);
    if (decision !== "pending") {
      // Decided 2–20 hours later, varied by the request's hour rather than a draw, so the rest of
      // the demo's random sequence stays as it was.
      const decideAfter = (2 + (Math.floor(requestedAt / HOUR) % 19)) * HOUR;
      const decidedAt = Math.max(requestedAt, acceptedAt + 5 * HOUR) + decideAfter;
      await decideApproval(at(deps, decidedAt), plan.approver, {
        id: request.id,
        decision: {
          decision,
          comment:
            decision === "approve"
              ? "OK — in exchange for a case study."
              : "Too deep for a first-year deal; try 15 %.",
        },
      });
      if (decision === "approve" && offer && !offer.token && decidedAt + HOUR < Math.min(closeAt, now)) {
        await sendOffer(deps, owner, offer, decidedAt + HOUR, Math.min(closeAt, now));
      }
    }
  }

  if (target.outcome === "won") {
    await moveDeal(at(deps, closeAt), owner, { id: deal.id, move: { stage: target.key } });
  } else if (target.outcome === "lost") {
    await moveDeal(at(deps, closeAt), owner, {
      id: deal.id,
      move: { stage: target.key, lossReasonId: rng.pick(cat.lossReasons) },
    });
  } else {
    // An open deal has a next step: some overdue, some today, most this week.
    const dueAt = now + rng.between(-3, 7) * DAY;
    await createTask(at(deps, Math.min(dueAt, now) - DAY), owner, {
      contactId: plan.contactId,
      dealId: deal.id,
      kind: NEXT_STEP[target.key] ?? "call",
      title: `${NEXT_STEP_TITLE[target.key] ?? "Follow up"} — ${contact.firstName} ${contact.lastName}`,
      dueAt: new Date(dueAt),
    });
  }
}

const NEXT_STEP: Record<string, TaskKind> = {
  qualify: "call",
  understand: "meeting",
  present: "presentation",
  propose: "proposal",
  objections: "call",
  contract: "contract",
};
const NEXT_STEP_TITLE: Record<string, string> = {
  qualify: "Discovery call",
  understand: "Needs workshop",
  present: "Product demo",
  propose: "Send the proposal",
  objections: "Answer the open questions",
  contract: "Send the contract",
};

const APPROVAL_REASONS = [
  "Competing with DashHive's switcher discount.",
  "Three-year commitment if we meet their budget.",
  "Lighthouse customer in a new industry; they will do a case study.",
  "Budget frozen until next quarter unless we meet them now.",
];

/** Month and quarter targets for the reps, starting at the current period (UTC). */
async function setQuotas(deps: Deps, admin: Actor, now: number, reps: string[]) {
  const d = new Date(now);
  const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-01`;
  const quarter = `${d.getUTCFullYear()}-${String(Math.floor(d.getUTCMonth() / 3) * 3 + 1).padStart(2, "0")}-01`;
  for (const userId of reps) {
    await setQuota(deps, admin, {
      userId,
      period: "month",
      startsOn: month,
      targetMinor: 100_000_000,
      currency: "USD",
    });
    await setQuota(deps, admin, {
      userId,
      period: "quarter",
      startsOn: quarter,
      // Three months of the monthly target: the two periods agree.
      targetMinor: 300_000_000,
      currency: "USD",
    });
  }
}
