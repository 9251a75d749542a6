import { recordStore } from "../../store/queries/records.ts";
import { companies } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { pageById } from "../pagination.ts";
import type { CompanyInput, UpdateCompanyInput } from "./company-schemas.ts";

const store = recordStore({
  table: companies,
  label: "Company",
  conflictMessage: "A company with this domain already exists.",
  inUseMessage: "This company still has contacts; move or delete them first.",
});

const present = (c: typeof companies.$inferSelect) => ({
  id: c.id,
  name: c.name,
  domain: c.domain,
  industry: c.industry,
  size: c.size,
  country: c.country,
  properties: c.properties,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
export type CompanyView = ReturnType<typeof present>;

export async function createCompany(deps: Deps, actor: Actor, input: CompanyInput) {
  authorize(actor, STAFF, "create companies");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getCompany(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read companies");
  return present(await store.get(deps.db, actor.workspaceId, id));
}

export async function updateCompany(deps: Deps, actor: Actor, id: string, input: UpdateCompanyInput) {
  authorize(actor, STAFF, "update companies");
  return present(await store.update(deps.db, actor.workspaceId, id, input, deps.now()));
}

export async function deleteCompany(deps: Deps, actor: Actor, id: string) {
  authorize(actor, ["admin", "marketing"], "delete companies");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listCompanies(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, STAFF, "list companies");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  return { data: result.data.map(present), nextCursor: result.nextCursor };
}
