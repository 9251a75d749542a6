import path from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { config } from "../../config.ts";
import { DEMO_LOGIN, loadDemo } from "../../demo/load-demo.ts";
import { createApp } from "../../http/app.ts";
import { startWorker } from "../../jobs/worker.ts";
import type { Deps } from "../../services/context.ts";
import { anyWorkspaceExists, findWorkspaceBySlug } from "../../services/workspaces/create-workspace.ts";
import { connect } from "../../store/connect.ts";
import { listen } from "../http-server.ts";
import { depsOf, withDatabase } from "../with-database.ts";

const WEB_DIST = path.join(import.meta.dirname, "../../../web/dist");

async function loadDemoWithProgress(
  deps: Deps,
  options: { contacts?: number; seed?: number; slug?: string },
) {
  const bar = new cliProgress.SingleBar(
    { format: "Loading demo workspace [{bar}] {percentage}% | {value}/{total} {step}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const result = await loadDemo(deps, {
    ...options,
    onProgress: (done, total, step = "") => {
      if (!started) {
        bar.start(total, 0, { step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { step });
    },
  });
  if (started) bar.stop();
  return result;
}

export function registerServeCommands(program: Command): void {
  program
    .command("start")
    .description(
      "Start Baton: the API and the web app, on the embedded PostgreSQL unless DATABASE_URL is set",
    )
    .option("--demo", "on a first run (no workspace yet), load the demo workspace")
    .action(async (o: { demo?: boolean }) => {
      const c = config();
      const log = (m: string) => {
        if (c.logLevel === "debug") console.error(m);
      };
      const connection = await connect(c, "server", (m, level) =>
        level === "notice" ? console.log(m) : log(m),
      );
      const deps = depsOf(connection, c);
      console.log(`Database: ${connection.description}`);
      if (o.demo && !(await anyWorkspaceExists(deps))) {
        const started = performance.now();
        const demo = await loadDemoWithProgress(deps, {});
        console.log(`Demo workspace loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        void demo;
      }
      const worker = await startWorker(deps, connection.pool);
      const app = createApp(deps, {
        webDist: WEB_DIST,
        log: (m) => console.error(m),
        trustedProxies: c.trustedProxies,
      });
      const server = listen(app.fetch, c.port, c.host);
      server.on("error", async (err: NodeJS.ErrnoException) => {
        console.error(
          err.code === "EADDRINUSE" ? `Port ${c.port} is in use: set PORT to another port.` : err.message,
        );
        await connection.close();
        process.exit(75);
      });
      const url = `http://${c.host === "0.0.0.0" ? "localhost" : c.host}:${c.port}`;
      server.once("listening", async () => {
        console.log(`\nBaton is running at ${url}  (API reference: ${url}/api/docs)`);
        if (await findWorkspaceBySlug(deps, "demo")) {
          console.log(
            `Demo workspace: log in as ${DEMO_LOGIN.email} with the password ${DEMO_LOGIN.password}`,
          );
        }
        console.log("Press Ctrl+C to stop.");
      });
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        console.log("\nStopping Baton…");
        server.close();
        await worker.stop();
        await connection.close();
        process.exit(0);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });

  program
    .command("demo")
    .description("Load the deterministic demo workspace (Northwind Analytics) into a new workspace")
    .option("--contacts <n>", "number of contacts", (v) => Number.parseInt(v, 10), 5000)
    .option("--seed <n>", "random seed; the same seed gives the same data", (v) => Number.parseInt(v, 10), 1)
    .option("--slug <slug>", "the new workspace's slug", "demo")
    .action((o: { contacts: number; seed: number; slug: string }) =>
      withDatabase(async (deps) => {
        const result = await loadDemoWithProgress(deps, o);
        console.log(
          `Workspace ${result.slug} loaded. Log in as ${result.login.email} with the password ${result.login.password}`,
        );
      }),
    );
}
