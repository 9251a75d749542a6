// The one reader of process.env: every setting is parsed and validated here, once, at start.
import path from "node:path";
import { z } from "zod";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  BATON_DATA_DIR: z.string().min(1).default("./.baton"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("localhost"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** Where recipients reach this Baton: unsubscribe and tracking links in emails start with it. */
  BATON_PUBLIC_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  /** TLS-terminating proxies in front of Baton: comma-separated addresses or CIDR ranges. */
  BATON_TRUSTED_PROXIES: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: "each entry must be an IP address or a CIDR range such as 10.0.0.0/8",
        }),
      ),
    )
    .default([]),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Without a trailing slash. */
  publicUrl: string;
  trustedProxies: string[];
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.BATON_DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    publicUrl: (c.BATON_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ""),
    trustedProxies: c.BATON_TRUSTED_PROXIES,
  };
}

let loaded: Config | undefined;

/** The process configuration, parsed on first use. */
export function config(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}
