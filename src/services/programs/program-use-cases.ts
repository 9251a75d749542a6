import { recordStore } from "../../store/queries/records.ts";
import { programs } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { pageById } from "../pagination.ts";
import type { ProgramInput, UpdateProgramInput } from "./program-schemas.ts";

const store = recordStore({
  table: programs,
  label: "Program",
  conflictMessage: "A program with this UTM campaign key already exists.",
  inUseMessage: "This program has touchpoints; it cannot be deleted (end it instead by setting endsOn).",
});

const present = (p: typeof programs.$inferSelect) => ({
  id: p.id,
  name: p.name,
  channel: p.channel,
  description: p.description,
  costMinor: p.costMinor,
  budgetMinor: p.budgetMinor,
  currency: p.currency,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  callToAction: p.callToAction,
  utmCampaign: p.utmCampaign,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
export type ProgramView = ReturnType<typeof present>;

// Programs are marketing's budget: marketing and admins change them, everyone on staff reads them.
export async function createProgram(deps: Deps, actor: Actor, input: ProgramInput) {
  authorize(actor, SETTINGS_EDITORS, "create programs");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getProgram(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read programs");
  return present(await store.get(deps.db, actor.workspaceId, id));
}

export async function updateProgram(deps: Deps, actor: Actor, id: string, input: UpdateProgramInput) {
  authorize(actor, SETTINGS_EDITORS, "update programs");
  return present(await store.update(deps.db, actor.workspaceId, id, input, deps.now()));
}

export async function deleteProgram(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "delete programs");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listPrograms(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list programs");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  return { data: result.data.map(present), nextCursor: result.nextCursor };
}
