import { recordStore } from "../../store/queries/records.ts";
import { products } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS } from "../context.ts";
import { pageById } from "../pagination.ts";
import type { ProductInput, UpdateProductInput } from "./pricing-schemas.ts";

// Products are the catalogue everyone sells from; marketing and admins keep it.
const PRODUCT_READERS = ["admin", "marketing", "sales", "partner"] as const;

const store = recordStore({
  table: products,
  label: "Product",
  conflictMessage: "A product with this SKU already exists.",
  inUseMessage: "This product is on deals; mark it inactive instead of deleting it.",
});

const present = (p: typeof products.$inferSelect) => ({
  id: p.id,
  sku: p.sku,
  name: p.name,
  description: p.description,
  active: p.active,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
export type ProductView = ReturnType<typeof present>;

export async function createProduct(deps: Deps, actor: Actor, input: ProductInput) {
  authorize(actor, SETTINGS_EDITORS, "create products");
  return present(await store.create(deps.db, actor.workspaceId, input, deps.now()));
}

export async function getProduct(deps: Deps, actor: Actor, id: string) {
  authorize(actor, PRODUCT_READERS, "read products");
  return present(await store.get(deps.db, actor.workspaceId, id));
}

export async function updateProduct(deps: Deps, actor: Actor, id: string, input: UpdateProductInput) {
  authorize(actor, SETTINGS_EDITORS, "update products");
  return present(await store.update(deps.db, actor.workspaceId, id, input, deps.now()));
}

export async function deleteProduct(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "delete products");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function listProducts(deps: Deps, actor: Actor, page: { limit: number; cursor?: string }) {
  authorize(actor, PRODUCT_READERS, "list products");
  const result = await pageById(page, (q) => store.list(deps.db, actor.workspaceId, q));
  return { data: result.data.map(present), nextCursor: result.nextCursor };
}
