import { explainScore } from "../../domain/explain.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { scoringTouches } from "../../store/queries/timeline.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { CONTACT_READERS, partnerScope } from "./contact-access.ts";
import { readContact } from "./get-contact.ts";

const HOUR_MS = 3_600_000;

/**
 * A contact's engagement at `at` (default now): the value and temperature from the stored state
 * (what the board shows) and the explanation — each touchpoint's decayed contribution.
 */
export async function getScore(deps: Deps, actor: Actor, input: { contactId: string; at?: Date }) {
  authorize(actor, CONTACT_READERS, "read scores");
  const at = input.at ?? deps.now();
  const contact = await readContact(deps.db, actor.workspaceId, input.contactId, at, partnerScope(actor));
  const settings = await loadScoringSettings(deps.db, actor.workspaceId);
  const touches = await scoringTouches(deps.db, actor.workspaceId, input.contactId, at);
  const explanation = explainScore(
    touches.map((t) => ({ id: t.id, kind: t.kind, occurredAt: t.occurred_at.getTime() })),
    at.getTime(),
    settings,
  );
  return {
    contactId: contact.id,
    at: at.toISOString(),
    value: contact.score,
    temperature: contact.temperature,
    warmUntil: contact.warmUntil,
    hotUntil: contact.hotUntil,
    contributions: explanation.contributions.map((c) => ({
      touchpointId: c.touchpointId,
      kind: c.kind,
      occurredAt: new Date(c.occurredAt).toISOString(),
      weight: c.weight,
      contribution: c.contribution,
    })),
    settings: {
      halfLifeHours: settings.halfLifeMs / HOUR_MS,
      warmThreshold: settings.warmThreshold,
      hotThreshold: settings.hotThreshold,
    },
  };
}
