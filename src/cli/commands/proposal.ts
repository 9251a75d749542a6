// `baton proposal …`: make, list, send, withdraw a deal's proposals and write one as a PDF — the
// same use cases as the API and the deal page.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../domain/errors.ts";
import { createProposal } from "../../services/proposals/create-proposal.ts";
import { CreateProposalSchema } from "../../services/proposals/proposal-schemas.ts";
import { listDealProposals, proposalPdf } from "../../services/proposals/read-proposals.ts";
import { sendProposal, withdrawProposal } from "../../services/proposals/send-proposal.ts";
import { asUser } from "../as-user.ts";

const line = (p: { label: string; status: string; title: string; id: string; publicUrl: string | null }) =>
  [p.label, p.status, p.title, p.id, p.publicUrl ?? ""].join("\t");

export function registerProposalCommands(program: Command): void {
  const proposal = program.command("proposal").description("Proposals and estimates made from a deal");

  asUser(
    proposal
      .command("create")
      .description("Make a draft from the deal's line items")
      .requiredOption("--deal <id>", "the deal")
      .option("--kind <proposal|estimate>", "what to make", "proposal")
      .option("--title <text>", "the heading (default: the deal's name)")
      .option("--valid-until <day>", "last day to accept, YYYY-MM-DD (default: in 30 days)")
      .option("--terms <text>", "the terms (default: the standard ones)"),
    async (deps, actor, _args, o) => {
      const parsed = CreateProposalSchema.safeParse({
        kind: o.kind,
        title: o.title,
        validUntil: o.validUntil,
        terms: o.terms,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AppError("validation_failed", `--${issue.path.join(".")}: ${issue.message}`);
      }
      console.log(line(await createProposal(deps, actor, { dealId: o.deal!, proposal: parsed.data })));
    },
  );

  asUser(
    proposal
      .command("list")
      .description("A deal's proposals, newest first")
      .requiredOption("--deal <id>", "the deal"),
    async (deps, actor, _args, o) => {
      for (const p of (await listDealProposals(deps, actor, o.deal!)).data) console.log(line(p));
    },
  );

  asUser(
    proposal.command("send <id>").description("Send a draft and print the link for the prospect"),
    async (deps, actor, [id]) => {
      const sent = await sendProposal(deps, actor, id!);
      console.log(sent.publicUrl);
    },
  );

  asUser(
    proposal.command("withdraw <id>").description("Withdraw a draft or a sent offer; its link stops working"),
    async (deps, actor, [id]) => {
      console.log(line(await withdrawProposal(deps, actor, id!)));
    },
  );

  asUser(
    proposal
      .command("pdf <id>")
      .description("Write the proposal as a PDF")
      .option("--out <file>", "where to write it (default: its label, e.g. Proposal-12.pdf)"),
    async (deps, actor, [id], o) => {
      const { filename, pdf } = await proposalPdf(deps, actor, id!);
      const out = o.out ?? filename;
      await writeFile(out, pdf);
      console.log(out);
    },
  );
}
