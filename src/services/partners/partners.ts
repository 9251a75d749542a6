import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { PARTNER_KINDS } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { recordStore } from "../../store/queries/records.ts";
import { partners, priceBooks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { pageById } from "../pagination.ts";

export const PartnerFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PARTNER_KINDS),
  website: z.string().trim().max(300).nullable().optional(),
});
export const UpdatePartnerSchema = PartnerFieldsSchema.partial();
type PartnerInput = z.infer<typeof PartnerFieldsSchema>;

// Partner organisations are set up by admins; staff read them. Partner users never list them.
const store = recordStore({
  table: partners,
  label: "Partner",
  conflictMessage: "A partner with this name already exists.",
  inUseMessage: "This partner still has users, contacts, deals or price books.",
});

const present = (p: typeof partners.$inferSelect) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  website: p.website,
  createdAt: p.createdAt.toISOString(),
  // recordRoutes views carry updatedAt; partners are rarely edited, so created doubles as it.
  updatedAt: p.createdAt.toISOString(),
});

export async function createPartner(deps: Deps, actor: Actor, input: PartnerInput) {
  authorize(actor, ["admin"], "create partners");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getPartner(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read partners");
  return present(await store.get(deps.db, actor.workspaceId, id));
}

export async function updatePartner(deps: Deps, actor: Actor, id: string, input: Partial<PartnerInput>) {
  authorize(actor, ["admin"], "update partners");
  return inTransaction(deps.db, async (tx) => {
    // Locked: a price book being created for this partner checks its kind under a shared lock.
    const [current] = await tx
      .select()
      .from(partners)
      .where(and(eq(partners.workspaceId, actor.workspaceId), eq(partners.id, id)))
      .for("update");
    if (!current) throw new AppError("not_found", `Partner ${id} was not found.`);
    if (input.kind && input.kind !== current.kind) {
      // A partner's own books are on its channel; changing the kind would leave them on the old one.
      const [book] = await tx
        .select({ name: priceBooks.name })
        .from(priceBooks)
        .where(and(eq(priceBooks.workspaceId, actor.workspaceId), eq(priceBooks.partnerId, id)))
        .limit(1);
      if (book) {
        throw new AppError(
          "conflict",
          `${current.name} has its own price book "${book.name}" on the ${current.kind} channel; delete it before making them ${input.kind === "affiliate" ? "an" : "a"} ${input.kind}.`,
        );
      }
    }
    return present(await store.update(tx, actor.workspaceId, id, input, deps.now()));
  });
}

export async function deletePartner(deps: Deps, actor: Actor, id: string) {
  authorize(actor, ["admin"], "delete partners");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listPartners(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list partners");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  return { data: result.data.map(present), nextCursor: result.nextCursor };
}
