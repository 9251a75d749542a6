// The demo's proposals: a rep makes one when a deal reaches its "propose" stage and sends it at
// once when its price is within policy (an approved deviation is sent when the approval comes);
// the prospect opens it a day later, and a deal that went on to "contract" got there by the
// prospect accepting it on its public page. No random draws: the rest of the demo's sequence
// stays as it was.
import type { Actor, Deps } from "../services/context.ts";
import { createProposal } from "../services/proposals/create-proposal.ts";
import { acceptProposal, openPublicProposal } from "../services/proposals/public-proposal.ts";
import { sendProposal } from "../services/proposals/send-proposal.ts";
import { atInstant as at } from "./at-instant.ts";
import { DAY, HOUR } from "./timeline.ts";

export interface DemoOffer {
  id: string;
  /** The public link's token once sent. */
  token: string | null;
  sentAt: number | null;
}

const tokenOf = (publicUrl: string | null) => publicUrl?.split("/p/")[1] ?? null;

/** A draft at `t`, sent an hour later when `send` (within policy); opened a day after that. */
export async function makeOffer(
  deps: Deps,
  owner: Actor,
  input: { dealId: string; t: number; send: boolean; before: number },
): Promise<DemoOffer | null> {
  if (input.t >= deps.now().getTime()) return null;
  const draft = await createProposal(at(deps, input.t), owner, {
    dealId: input.dealId,
    proposal: { kind: "proposal" },
  });
  const offer: DemoOffer = { id: draft.id, token: null, sentAt: null };
  if (input.send && input.t + HOUR < deps.now().getTime())
    await sendOffer(deps, owner, offer, input.t + HOUR, input.before);
  return offer;
}

/** Sends the draft at `t`; the prospect opens it a day later if that is before `before` (and now). */
export async function sendOffer(deps: Deps, owner: Actor, offer: DemoOffer, t: number, before: number) {
  offer.token = tokenOf((await sendProposal(at(deps, t), owner, offer.id)).publicUrl);
  offer.sentAt = t;
  const openedAt = t + DAY;
  if (offer.token && openedAt < before && openedAt < deps.now().getTime()) {
    await openPublicProposal(at(deps, openedAt), offer.token, { countView: true });
  }
}

/** The prospect accepts at `t` (which moves the deal to contract); false when it could not be. */
export async function acceptOffer(deps: Deps, offer: DemoOffer, t: number, name: string): Promise<boolean> {
  if (!offer.token || offer.sentAt === null || t <= offer.sentAt) return false;
  return (await acceptProposal(at(deps, t), offer.token, { name })).status === "done";
}
