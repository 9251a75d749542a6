// Proposals: rendering the PDF (5, 50 and 200 lines) and serving the prospect's page, through the
// real use cases and HTTP app, each beside a baseline in the same run — pdfmake laying out a
// one-paragraph document (the library's fixed cost), and the same proposal read as JSON by the API.
// Also the process's memory after many renders, to catch a leak.
import pdfmake from "pdfmake";
import { createApp } from "../src/http/app.ts";
import { createProposal } from "../src/services/proposals/create-proposal.ts";
import { proposalPdf } from "../src/services/proposals/read-proposals.ts";
import { sendProposal } from "../src/services/proposals/send-proposal.ts";
import { cliActor } from "../src/services/users/find-user.ts";
import { type BenchEnv, fmt, percentile } from "./support.ts";

const RUNS = 30;
const PAGE_RUNS = 200;

async function p50(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function dealWithLines(env: BenchEnv, lines: number): Promise<string> {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app(env).request(path, {
      method,
      headers: { Authorization: `Bearer ${env.apiKey}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const products = [];
  for (let i = 0; i < lines; i++) {
    products.push(
      (await call("POST", "/api/v1/products", { sku: `SKU-${lines}-${i}`, name: `Product ${i} of ${lines}` }))
        .id,
    );
  }
  const book = await call("POST", "/api/v1/price-books", {
    name: `Book ${lines}`,
    channel: "direct",
    currency: "USD",
    entries: products.map((productId, i) => ({ productId, unitPriceMinor: 10_000 + i * 100 })),
  });
  const contact = await call("POST", "/api/v1/contacts", {
    email: `buyer-${lines}@bench.example`,
    firstName: "Bea",
  });
  const deal = await call("POST", "/api/v1/deals", {
    name: `Deal of ${lines}`,
    contactId: contact.id,
    amountMinor: 0,
    currency: "USD",
  });
  await call("PUT", `/api/v1/deals/${deal.id}/line-items`, {
    priceBookId: book.id,
    items: products.map((productId, i) => ({ productId, quantity: 1 + (i % 5) })),
  });
  return deal.id;
}

let cached: ReturnType<typeof createApp> | null = null;
const app = (env: BenchEnv) => (cached ??= createApp(env.deps, { log: () => undefined }));

export async function benchProposals(env: BenchEnv) {
  const actor = await cliActor(env.deps, env.workspaceId);
  const lines: string[] = [];
  for (const n of [5, 50, 200]) {
    const dealId = await dealWithLines(env, n);
    const draft = await createProposal(env.deps, actor, { dealId, proposal: { kind: "proposal" } });
    const { pdf } = await proposalPdf(env.deps, actor, draft.id);
    const t = await p50(RUNS, () => proposalPdf(env.deps, actor, draft.id));
    lines.push(
      `PDF of a ${n}-line proposal (${fmt(pdf.length / 1024)} KiB): p50 ${fmt(t.p50)} ms, p95 ${fmt(t.p95)} ms (load + layout + render)`,
    );
    if (n === 50) {
      const sent = await sendProposal(env.deps, actor, draft.id);
      const page = new URL(sent.publicUrl!).pathname;
      const html = await p50(PAGE_RUNS, async () => (await app(env).request(page)).text());
      const json = await p50(PAGE_RUNS, async () =>
        (
          await app(env).request(`/api/v1/proposals/${draft.id}`, {
            headers: { Authorization: `Bearer ${env.apiKey}` },
          })
        ).text(),
      );
      lines.push(
        `the prospect's page of a 50-line proposal: p50 ${fmt(html.p50, 1)} ms, p95 ${fmt(html.p95, 1)} ms (counts a view each time) vs the same proposal as API JSON p50 ${fmt(json.p50, 1)} ms`,
      );
    }
  }
  // After the first real render, which gave pdfmake its fonts.
  const baseline = await p50(RUNS, () =>
    pdfmake
      .createPdf({ content: [{ text: "One paragraph of text." }], defaultStyle: { font: "Roboto" } })
      .getBuffer(),
  );
  lines.push(
    `baseline: pdfmake laying out one paragraph, p50 ${fmt(baseline.p50)} ms, p95 ${fmt(baseline.p95)} ms`,
  );
  global.gc?.();
  const before = process.memoryUsage().rss;
  const dealId = await dealWithLines(env, 20);
  const draft = await createProposal(env.deps, actor, { dealId, proposal: { kind: "proposal" } });
  for (let i = 0; i < 300; i++) await proposalPdf(env.deps, actor, draft.id);
  global.gc?.();
  const after = process.memoryUsage().rss;
  lines.push(
    `memory: RSS ${fmt(before / 2 ** 20)} MiB before and ${fmt(after / 2 ** 20)} MiB after 300 more renders`,
  );
  return { name: "Proposals: PDF and the prospect's page", lines };
}
