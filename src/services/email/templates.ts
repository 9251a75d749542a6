// Email templates: a subject and a plain-text body with {{mergeFields}}. Admins and marketing
// write them (unknown fields and multi-line subjects are refused by the schema); staff read them.
import { fieldsIn } from "../../domain/merge.ts";
import { recordStore } from "../../store/queries/records.ts";
import { emailTemplates } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { pageById } from "../pagination.ts";
import type { TemplateInput, UpdateTemplateInput } from "./email-schemas.ts";

const store = recordStore({
  table: emailTemplates,
  label: "Email template",
  conflictMessage: "A template with this name already exists.",
  inUseMessage: "A newsletter was sent with this template; keep it (rename it instead).",
});

const present = (t: typeof emailTemplates.$inferSelect) => ({
  id: t.id,
  name: t.name,
  kind: t.kind,
  subject: t.subject,
  body: t.body,
  fields: [...new Set([...fieldsIn(t.subject).known, ...fieldsIn(t.body).known])],
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});
export type TemplateView = ReturnType<typeof present>;

export async function createTemplate(deps: Deps, actor: Actor, input: TemplateInput) {
  authorize(actor, SETTINGS_EDITORS, "create email templates");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getTemplate(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read email templates");
  return present(await store.get(deps.db, actor.workspaceId, id));
}

export async function updateTemplate(deps: Deps, actor: Actor, id: string, input: UpdateTemplateInput) {
  authorize(actor, SETTINGS_EDITORS, "change email templates");
  return present(await store.update(deps.db, actor.workspaceId, id, input, deps.now()));
}

export async function deleteTemplate(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "delete email templates");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listTemplates(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list email templates");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  return { data: result.data.map(present), nextCursor: result.nextCursor };
}
