// `npm run bench [-- ingest|million|deals|email|handoff|reports|attribution|feedback|price|proposals]`: runs the benchmarks on a fresh embedded PostgreSQL and
// prints Markdown lines for BENCHMARKS.md. `soak` and `soak-memory` (bench/soak.ts, options after
// the name) take minutes to an hour, so they run only when named.
import os from "node:os";
import { benchAttribution } from "./attribution.ts";
import { benchDeals } from "./deals.ts";
import { benchEmail } from "./email.ts";
import { benchFeedbackReports } from "./feedback-reports.ts";
import { benchHandoff } from "./handoff.ts";
import { benchIngest } from "./ingest.ts";
import { benchMillion } from "./million.ts";
import { benchPriceDeviation } from "./price-deviation.ts";
import { benchProposals } from "./proposals.ts";
import { benchReports } from "./reports.ts";
import { benchSoak, benchSoakMemory } from "./soak.ts";
import { benchEnv } from "./support.ts";

const which = process.argv[2];
const results = [];
for (const [name, bench] of [
  ["ingest", benchIngest],
  ["million", benchMillion],
  ["deals", benchDeals],
  ["email", benchEmail],
  ["handoff", benchHandoff],
  ["reports", benchReports],
  ["attribution", benchAttribution],
  ["feedback", benchFeedbackReports],
  ["price", benchPriceDeviation],
  ["proposals", benchProposals],
  ["soak", benchSoak],
  ["soak-memory", benchSoakMemory],
] as const) {
  if (which ? which !== name : name.startsWith("soak")) continue;
  const env = await benchEnv();
  try {
    console.error(`running ${name}…`);
    results.push(await bench(env));
  } finally {
    await env.close();
  }
}
console.log(
  `\n## ${new Date().toISOString().slice(0, 10)} — ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
for (const r of results) {
  console.log(`### ${r.name}\n`);
  for (const line of r.lines) console.log(line.startsWith("  - ") ? line : `- ${line}`);
  console.log();
  for (const table of "tables" in r ? (r.tables as string[]) : []) console.log(`${table}\n`);
}
