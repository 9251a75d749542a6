// Brightpath, the demo's reseller: it registers its own leads and deals through the partner's
// own use cases (so they carry its partner id) and prices them from its own book; two of them ask
// for more than the partner limit and go through an approval.
import { eq } from "drizzle-orm";
import { createContact } from "../services/contacts/create-contact.ts";
import type { Actor, Deps } from "../services/context.ts";
import { createDeal } from "../services/deals/create-deal.ts";
import { moveDeal } from "../services/deals/move-deal.ts";
import { decideApproval, requestApproval } from "../services/pricing/approvals.ts";
import { setLineItems } from "../services/pricing/set-line-items.ts";
import { partners } from "../store/schema/index.ts";
import { atInstant as at } from "./at-instant.ts";
import type { DemoData } from "./demo-types.ts";
import { deriveRng } from "./random.ts";
import { DEMO_PRODUCTS } from "./sales-catalogue.ts";
import type { Catalogue, SalesDemoIds } from "./sales-types.ts";
import { DAY, HOUR } from "./timeline.ts";

export const PARTNER_LEADS = [
  { first: "Hannah", last: "Okafor", title: "COO", stage: "won" },
  { first: "Lukas", last: "Brandt", title: "Head of Finance", stage: "contract" },
  { first: "Mei", last: "Tanaka", title: "Operations Director", stage: "propose" },
  { first: "Jonas", last: "Weber", title: "CFO", stage: "present" },
  { first: "Amara", last: "Diallo", title: "Analytics Lead", stage: "qualify" },
  { first: "Pedro", last: "Santos", title: "VP Sales", stage: "lost" },
] as const;

/** Brightpath registers its leads and deals; returns how many deals. */
export async function loadPartnerDeals(
  deps: Deps,
  ids: SalesDemoIds,
  cat: Catalogue,
  data: DemoData,
  marketer: Actor,
  progress: (n: number, step: string) => void,
): Promise<number> {
  const partnerUser = [...ids.users.entries()].find(([, u]) => u.role === "partner");
  if (!partnerUser) return 0;
  const [brightpath] = await deps.db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.workspaceId, ids.workspaceId));
  const partner: Actor = {
    workspaceId: ids.workspaceId,
    userId: partnerUser[1].id,
    role: "partner",
    partnerId: brightpath!.id,
  };
  const rng = deriveRng(data.seed, "partner-deals");
  let count = 0;
  for (const [i, lead] of PARTNER_LEADS.entries()) {
    const start = data.now - (60 - i * 8) * DAY;
    const contact = await createContact(at(deps, start), partner, {
      email: `${lead.first}.${lead.last}@brightpath-client${i + 1}.example`.toLowerCase(),
      firstName: lead.first,
      lastName: lead.last,
      title: lead.title,
    });
    if ("status" in contact)
      throw new Error(`The demo's partner lead ${lead.first} ${lead.last} was already a contact.`);
    const deal = await createDeal(at(deps, start + HOUR), partner, {
      name: `${lead.last} — Growth plan via Brightpath`,
      contactId: contact.id,
      amountMinor: 0,
      currency: "USD",
    });
    // Brightpath asks 12 % off its net price on two deals: over the partner limit of 10 %.
    const off = i === 0 || i === 2 ? 12 : rng.int(0, 8);
    const net = Math.round((DEMO_PRODUCTS.find((p) => p.key === "growth")!.direct * 75) / 100);
    await setLineItems(at(deps, start + 2 * HOUR), partner, {
      dealId: deal.id,
      lines: {
        priceBookId: cat.books.get("brightpath")!,
        items: [
          {
            productId: cat.products.get("growth")!,
            quantity: 1,
            unitPriceMinor: Math.round((net * (100 - off)) / 100),
          },
        ],
      },
    });
    const open = cat.stages.filter((s) => s.outcome === "open");
    const target = cat.stages.find((s) => s.key === lead.stage)!;
    const path = target.outcome === "open" ? open.slice(1, open.indexOf(target) + 1) : open.slice(1, 4);
    let t = start + 3 * HOUR;
    for (const stage of path) {
      t += 5 * DAY;
      await moveDeal(at(deps, t), partner, { id: deal.id, move: { stage: stage.key } });
    }
    if (off > 10) {
      const request = await requestApproval(at(deps, t + HOUR), partner, {
        dealId: deal.id,
        comment: "The client has a competing offer from Metricly.",
      });
      if (target.outcome === "won") {
        await decideApproval(at(deps, t + 5 * HOUR), marketer, {
          id: request.id,
          decision: { decision: "approve", comment: "Fine for Brightpath's first enterprise-ready client." },
        });
      }
    }
    if (target.outcome !== "open") {
      await moveDeal(at(deps, t + DAY), partner, {
        id: deal.id,
        move: { stage: target.key, lossReasonId: target.outcome === "lost" ? cat.lossReasons[0] : undefined },
      });
    }
    count++;
    progress(1, "partner deals");
  }
  return count;
}
