// An in-process API client for one fresh workspace: a workspace, an admin, an API key, and
// `call()` that goes through the real Hono app (routing, validation, auth, errors).
import type { Role } from "../../src/domain/catalogue.ts";
import { createApp } from "../../src/http/app.ts";
import { createApiKey } from "../../src/services/auth/api-keys.ts";
import type { Deps } from "../../src/services/context.ts";
import { createUser } from "../../src/services/users/create-user.ts";
import { createWorkspace } from "../../src/services/workspaces/create-workspace.ts";
import type { Database } from "../../src/store/db.ts";
import { partners } from "../../src/store/schema/index.ts";
import { openTestDatabase, uniqueSlug } from "./database.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export type Caller = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<ApiResponse>;

/** Where the test app's public links (unsubscribe, tracking) point. */
export const TEST_PUBLIC_URL = "https://baton.example.test";

export async function setupApi(
  options: { now?: () => Date; database?: Database; webhooks?: Deps["webhooks"] } = {},
) {
  // A database passed in belongs to the caller, who closes it.
  const database = options.database ?? openTestDatabase();
  const deps: Deps = {
    db: database.db,
    now: options.now ?? (() => new Date()),
    publicUrl: TEST_PUBLIC_URL,
    webhooks: options.webhooks,
  };
  const slug = uniqueSlug();
  const { id: workspaceId } = await createWorkspace(deps, { name: `Test ${slug}`, slug });
  const app = createApp(deps, { log: (m) => console.error(m) });

  /** A user of the role with an API key; a partner user belongs to `partnerId` or a new partner. */
  async function userWithKey(role: Role, options: { partnerId?: string } = {}) {
    const email = `${role}-${uniqueSlug()}@example.com`;
    const partnerId =
      role === "partner" ? (options.partnerId ?? (await newPartner(`Partner ${uniqueSlug()}`))) : undefined;
    const { id } = await createUser(deps, {
      workspaceId,
      email,
      name: `${role} user`,
      role,
      password: "correct horse",
      partnerId,
    });
    const { key, id: keyId } = await createApiKey(deps, { workspaceId, userId: id, name: "test" });
    return { userId: id, email, key, keyId, partnerId };
  }

  async function newPartner(name: string, kind: "reseller" | "affiliate" = "reseller"): Promise<string> {
    const [row] = await deps.db.insert(partners).values({ workspaceId, name, kind }).returning();
    return row!.id;
  }

  const callerFor =
    (key: string | null): Caller =>
    async (method, path, body, headers = {}) => {
      const init: RequestInit = { method, headers: { ...headers } };
      if (key) (init.headers as Record<string, string>).Authorization = `Bearer ${key}`;
      if (body !== undefined) {
        (init.headers as Record<string, string>)["Content-Type"] = "application/json";
        init.body = typeof body === "string" ? body : JSON.stringify(body);
      }
      const res = await app.request(path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    };

  const admin = await userWithKey("admin");
  return {
    deps,
    app,
    workspaceId,
    slug,
    admin,
    call: callerFor(admin.key),
    callerFor,
    userWithKey,
    newPartner,
    close: () => (options.database ? Promise.resolve() : database.close()),
  };
}

export type TestApi = Awaited<ReturnType<typeof setupApi>>;
