// Writes the demo's contacts in set-based chunks. createContact would do the same one transaction
// per contact, which made it the slowest step of the demo (8–11 s of ~20 s for 5,000 contacts on
// two cores); this writes what createContact writes — the contact (a prospect) and, through the
// lifecycle's set-based form, its "created" stage-history row by the acting user.
import { uuidv7 } from "uuidv7";
import type { Actor, Deps } from "../services/context.ts";
import { recordCreations } from "../services/lifecycle/touch-stages.ts";
import { contacts } from "../store/schema/index.ts";
import type { DemoContact } from "./demo-types.ts";

const CHUNK = 1000;

/** Inserts the contacts (oldest first) and returns their ids by key. */
export async function insertContacts(
  deps: Deps,
  actor: Actor,
  demoContacts: readonly DemoContact[],
  companyIds: ReadonlyMap<string, string>,
  onChunk: (count: number) => void,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Oldest first, so that the time-ordered ids follow the contacts' own creation dates.
  const byAge = [...demoContacts].sort((a, b) => a.createdAt - b.createdAt);
  for (let start = 0; start < byAge.length; start += CHUNK) {
    const chunk = byAge.slice(start, start + CHUNK).map((c) => {
      const id = uuidv7();
      ids.set(c.key, id);
      const createdAt = new Date(c.createdAt);
      return {
        workspaceId: actor.workspaceId,
        id,
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        title: c.title,
        phone: c.phone,
        companyId: companyIds.get(c.companyKey)!,
        occupation: c.occupation,
        industry: c.industry,
        companySize: c.companySize,
        incomeBand: c.incomeBand,
        education: c.education,
        country: c.country,
        properties: c.properties,
        createdAt,
        updatedAt: createdAt,
      };
    });
    await deps.db.transaction(async (tx) => {
      await tx.insert(contacts).values(chunk);
      await recordCreations(
        tx,
        actor.workspaceId,
        chunk.map((c) => ({
          contactId: c.id,
          stage: "prospect",
          at: c.createdAt,
          cause: "user",
          userId: actor.userId,
          reason: "created",
        })),
        deps.now(),
      );
    });
    onChunk(chunk.length);
  }
  return ids;
}
