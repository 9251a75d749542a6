import type { BlockList } from "node:net";
import type { Identity } from "../services/auth/resolve-credentials.ts";
import type { Deps } from "../services/context.ts";

export interface AppEnv {
  Variables: {
    deps: Deps;
    identity: Identity;
    authVia: "api_key" | "session";
    /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (BATON_TRUSTED_PROXIES). */
    trustedProxies: BlockList | null;
  };
}
