import { and, asc, eq, isNull, or, type SQL } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { pgErrorCode } from "../../store/pg-errors.ts";
import { partners, priceBookEntries, priceBooks, products } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import type { PriceBookInput, UpdatePriceBookInput } from "./pricing-schemas.ts";

type PriceBookRow = typeof priceBooks.$inferSelect;

/**
 * The books an actor may price from: staff see all; a partner user sees its own organisation's
 * books and the general books of its channel (a reseller never sees the affiliate prices).
 */
async function visibleBooks(ex: Executor, actor: Actor): Promise<SQL> {
  const inWorkspace = eq(priceBooks.workspaceId, actor.workspaceId);
  if (actor.role !== "partner") return inWorkspace;
  const [partner] = await ex
    .select({ kind: partners.kind })
    .from(partners)
    .where(and(eq(partners.workspaceId, actor.workspaceId), eq(partners.id, actor.partnerId ?? "")));
  if (!partner) throw new AppError("forbidden", "Your user is not linked to a partner organisation.");
  return and(
    inWorkspace,
    or(
      eq(priceBooks.partnerId, actor.partnerId!),
      and(isNull(priceBooks.partnerId), eq(priceBooks.channel, partner.kind)),
    ),
  )!;
}

/** The book with every price, or 404 when the actor may not price from it. */
export async function loadVisibleBook(ex: Executor, actor: Actor, id: string) {
  const [book] = await ex
    .select()
    .from(priceBooks)
    .where(and(await visibleBooks(ex, actor), eq(priceBooks.id, id)));
  if (!book) throw notFound("Price book", id);
  const entries = await ex
    .select({
      productId: priceBookEntries.productId,
      sku: products.sku,
      name: products.name,
      active: products.active,
      unitPriceMinor: priceBookEntries.unitPriceMinor,
    })
    .from(priceBookEntries)
    .innerJoin(
      products,
      and(
        eq(products.workspaceId, priceBookEntries.workspaceId),
        eq(products.id, priceBookEntries.productId),
      ),
    )
    .where(and(eq(priceBookEntries.workspaceId, actor.workspaceId), eq(priceBookEntries.priceBookId, id)))
    .orderBy(asc(products.name));
  return { book, entries };
}

/**
 * Which books may price a deal: a direct deal is priced from the direct channel's books; a
 * partner's deal from that partner's own book or the general book of its channel. Returns why
 * not, or null.
 */
export async function bookServesDeal(
  ex: Executor,
  book: PriceBookRow,
  deal: { workspaceId: string; partnerId: string | null },
): Promise<string | null> {
  if (!deal.partnerId) {
    return book.channel === "direct" && !book.partnerId
      ? null
      : `"${book.name}" is a ${book.channel} price book; a direct deal is priced from a direct book.`;
  }
  if (book.partnerId) {
    return book.partnerId === deal.partnerId ? null : `"${book.name}" is another partner's own price book.`;
  }
  const [partner] = await ex
    .select({ kind: partners.kind })
    .from(partners)
    .where(and(eq(partners.workspaceId, deal.workspaceId), eq(partners.id, deal.partnerId)));
  return partner?.kind === book.channel
    ? null
    : `"${book.name}" is a ${book.channel} price book; this partner's deals are priced from its ${partner?.kind ?? "partner"} books.`;
}

const present = (book: PriceBookRow, entries?: Awaited<ReturnType<typeof loadVisibleBook>>["entries"]) => ({
  id: book.id,
  name: book.name,
  channel: book.channel,
  currency: book.currency,
  partnerId: book.partnerId,
  ...(entries ? { entries } : {}),
  createdAt: book.createdAt.toISOString(),
  updatedAt: book.updatedAt.toISOString(),
});

async function checkPartner(ex: Executor, workspaceId: string, partnerId: string, channel: string) {
  // Shared lock: a concurrent change of the partner's kind waits for this book, or this sees it.
  const [partner] = await ex
    .select({ kind: partners.kind })
    .from(partners)
    .where(and(eq(partners.workspaceId, workspaceId), eq(partners.id, partnerId)))
    .for("share");
  if (!partner) throw new AppError("unknown_reference", `Partner ${partnerId} was not found.`);
  if (partner.kind !== channel) {
    throw new AppError(
      "validation_failed",
      `${partner.kind === "affiliate" ? "An" : "A"} ${partner.kind}'s own price book belongs to the ${partner.kind} channel, not ${channel}.`,
    );
  }
}

async function replaceEntries(
  ex: Executor,
  workspaceId: string,
  priceBookId: string,
  entries: NonNullable<PriceBookInput["entries"]>,
) {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.productId))
      throw new AppError("validation_failed", `Product ${e.productId} is priced twice in this book.`);
    seen.add(e.productId);
  }
  await ex
    .delete(priceBookEntries)
    .where(and(eq(priceBookEntries.workspaceId, workspaceId), eq(priceBookEntries.priceBookId, priceBookId)));
  if (entries.length === 0) return;
  try {
    await ex.insert(priceBookEntries).values(entries.map((e) => ({ workspaceId, priceBookId, ...e })));
  } catch (err) {
    if (pgErrorCode(err) === "23503")
      throw new AppError("unknown_reference", "One of the products in this book was not found.");
    throw err;
  }
}

export async function createPriceBook(deps: Deps, actor: Actor, input: PriceBookInput) {
  authorize(actor, SETTINGS_EDITORS, "create price books");
  if (input.partnerId && input.channel === "direct") {
    throw new AppError(
      "validation_failed",
      "A partner's own price book is on the reseller or affiliate channel.",
    );
  }
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    if (input.partnerId) await checkPartner(tx, actor.workspaceId, input.partnerId, input.channel);
    let book: PriceBookRow;
    try {
      [book] = (await tx
        .insert(priceBooks)
        .values({
          workspaceId: actor.workspaceId,
          name: input.name,
          channel: input.channel,
          currency: input.currency,
          partnerId: input.partnerId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()) as [PriceBookRow];
    } catch (err) {
      if (pgErrorCode(err) === "23505")
        throw new AppError("conflict", `A price book named "${input.name}" exists.`);
      throw err;
    }
    await replaceEntries(tx, actor.workspaceId, book.id, input.entries ?? []);
    const loaded = await loadVisibleBook(tx, actor, book.id);
    return present(loaded.book, loaded.entries);
  });
}

/**
 * Renames a book or replaces its prices. Deals keep the list prices they were given: a proposal
 * does not change under the customer's feet when the book does.
 */
export async function updatePriceBook(deps: Deps, actor: Actor, id: string, input: UpdatePriceBookInput) {
  authorize(actor, SETTINGS_EDITORS, "change price books");
  return inTransaction(deps.db, async (tx) => {
    const where = and(eq(priceBooks.workspaceId, actor.workspaceId), eq(priceBooks.id, id));
    const [book] = await tx.select().from(priceBooks).where(where).for("update");
    if (!book) throw notFound("Price book", id);
    try {
      await tx
        .update(priceBooks)
        .set({ ...(input.name ? { name: input.name } : {}), updatedAt: deps.now() })
        .where(where);
    } catch (err) {
      if (pgErrorCode(err) === "23505")
        throw new AppError("conflict", `A price book named "${input.name}" exists.`);
      throw err;
    }
    if (input.entries) await replaceEntries(tx, actor.workspaceId, id, input.entries);
    const loaded = await loadVisibleBook(tx, actor, id);
    return present(loaded.book, loaded.entries);
  });
}

export async function getPriceBook(deps: Deps, actor: Actor, id: string) {
  authorize(actor, [...STAFF, "partner"], "read price books");
  const loaded = await loadVisibleBook(deps.db, actor, id);
  return present(loaded.book, loaded.entries);
}

export async function listPriceBooks(deps: Deps, actor: Actor) {
  authorize(actor, [...STAFF, "partner"], "read price books");
  const rows = await deps.db
    .select()
    .from(priceBooks)
    .where(await visibleBooks(deps.db, actor))
    .orderBy(asc(priceBooks.channel), asc(priceBooks.name));
  return { data: rows.map((b) => present(b)) };
}

/** Deletes a book no deal is priced from; a used book stays, so proposals keep their source. */
export async function deletePriceBook(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, SETTINGS_EDITORS, "delete price books");
  try {
    const deleted = await deps.db
      .delete(priceBooks)
      .where(and(eq(priceBooks.workspaceId, actor.workspaceId), eq(priceBooks.id, id)))
      .returning({ id: priceBooks.id });
    if (deleted.length === 0) throw notFound("Price book", id);
  } catch (err) {
    if (pgErrorCode(err) === "23503") {
      throw new AppError("conflict", "Deals are priced from this book; it cannot be deleted.");
    }
    throw err;
  }
}
