// Plain workspace-scoped records (companies, programs, products, …): create, read, update, delete
// and an id-ordered keyset page. Storage only — the use cases that authorize and present them are
// in services; entities with behaviour (contacts, touchpoints) have their own queries.
import { and, desc, eq, lt } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Db } from "../db.ts";
import { pgErrorCode } from "../pg-errors.ts";

type ScopedTable = PgTable & { workspaceId: PgColumn; id: PgColumn };

export interface RecordKind<T extends ScopedTable> {
  table: T;
  label: string;
  /** Maps a unique-key violation to a message naming the field. */
  conflictMessage: string;
  /** Maps a foreign-key violation on delete (still referenced) to a message. */
  inUseMessage: string;
}

async function mapErrors<R>(kind: RecordKind<ScopedTable>, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (err) {
    if (pgErrorCode(err) === "23505") throw new AppError("conflict", kind.conflictMessage);
    if (pgErrorCode(err) === "23503") throw new AppError("conflict", kind.inUseMessage);
    throw err;
  }
}

export function recordStore<T extends ScopedTable>(kind: RecordKind<T>) {
  const t = kind.table;
  const scoped = (workspaceId: string, id: string) => and(eq(t.workspaceId, workspaceId), eq(t.id, id));
  return {
    async create(
      db: Db,
      workspaceId: string,
      values: Record<string, unknown>,
      now: Date,
    ): Promise<T["$inferSelect"]> {
      return mapErrors(kind, async () => {
        const rows = await db
          .insert(t)
          .values({ ...values, workspaceId, createdAt: now, updatedAt: now } as T["$inferInsert"])
          .returning();
        return (rows as T["$inferSelect"][])[0]!;
      });
    },
    async get(db: Db, workspaceId: string, id: string): Promise<T["$inferSelect"]> {
      const [row] = await db
        .select()
        .from(t as PgTable)
        .where(scoped(workspaceId, id));
      if (!row) throw notFound(kind.label, id);
      return row as T["$inferSelect"];
    },
    async update(
      db: Db,
      workspaceId: string,
      id: string,
      values: Record<string, unknown>,
      now: Date,
    ): Promise<T["$inferSelect"]> {
      // A table without updated_at (partners) given no field to change has nothing to write: an
      // UPDATE with no columns is not SQL, so the answer is the record as it stands.
      const changes = "updatedAt" in t ? { ...values, updatedAt: now } : values;
      if (Object.values(changes).every((v) => v === undefined)) return this.get(db, workspaceId, id);
      return mapErrors(kind, async () => {
        const rows = (await db
          .update(t)
          .set(changes as never)
          .where(scoped(workspaceId, id))
          .returning()) as T["$inferSelect"][];
        if (rows.length === 0) throw notFound(kind.label, id);
        return rows[0]!;
      });
    },
    async remove(db: Db, workspaceId: string, id: string): Promise<void> {
      await mapErrors(kind, async () => {
        const rows = await db.delete(t).where(scoped(workspaceId, id)).returning();
        if ((rows as unknown[]).length === 0) throw notFound(kind.label, id);
      });
    },
    /** Newest first, after the id `afterId` when given: at most `limit` rows. */
    async list(db: Db, workspaceId: string, page: { limit: number; afterId?: string }) {
      return (await db
        .select()
        .from(t as PgTable)
        .where(and(eq(t.workspaceId, workspaceId), page.afterId ? lt(t.id, page.afterId) : undefined))
        .orderBy(desc(t.id))
        .limit(page.limit)) as T["$inferSelect"][];
    },
  };
}
