import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "../../store/schema/index.ts";
import type { Actor, Deps } from "../context.ts";

export const MarkReadSchema = z.strictObject({ ids: z.array(z.uuid()).max(500).optional() });

/** The user's latest notifications and how many are unread. */
export async function listMyNotifications(deps: Deps, actor: Actor) {
  const mine = and(eq(notifications.workspaceId, actor.workspaceId), eq(notifications.userId, actor.userId));
  const rows = await deps.db
    .select()
    .from(notifications)
    .where(mine)
    .orderBy(desc(notifications.createdAt))
    .limit(50);
  const unread = await deps.db.$count(notifications, and(mine, isNull(notifications.readAt)));
  return {
    unread,
    data: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

/** Marks the given notifications (or all of the user's) read; never anyone else's. */
export async function markNotificationsRead(deps: Deps, actor: Actor, input: { ids?: string[] }) {
  await deps.db
    .update(notifications)
    .set({ readAt: deps.now() })
    .where(
      and(
        eq(notifications.workspaceId, actor.workspaceId),
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
        input.ids ? inArray(notifications.id, input.ids) : undefined,
      ),
    );
  return listMyNotifications(deps, actor);
}
