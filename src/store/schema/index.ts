export * from "./contacts.ts";
export * from "./deals.ts";
export * from "./idempotency.ts";
export * from "./programs.ts";
export * from "./touchpoints.ts";
export * from "./users.ts";
export * from "./workspaces.ts";
