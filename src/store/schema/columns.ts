import { timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "uuidv7";

// Shared column helpers: UUIDv7 ids (time-ordered, index friendly) and UTC timestamps.
export const id = () =>
  uuid("id")
    .notNull()
    .$defaultFn(() => uuidv7());
export const workspaceId = () => uuid("workspace_id").notNull();
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const createdAt = () => ts("created_at").notNull().defaultNow();
export const updatedAt = () => ts("updated_at").notNull().defaultNow();
