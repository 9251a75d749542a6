import type { Identity } from "../services/auth/resolve-credentials.ts";
import type { Deps } from "../services/context.ts";

export interface AppEnv {
  Variables: {
    deps: Deps;
    identity: Identity;
    authVia: "api_key" | "session";
  };
}
