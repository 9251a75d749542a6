// The proposal as a PDF, laid out by pdfmake (a well-kept library over PDFKit) with the Roboto
// fonts it ships, which cover Latin, Greek and Cyrillic names. Every value from the deal or the
// prospect goes into a text node only: never into an image, a link or a file reference, and the
// library may fetch no URL and read no file but its own fonts.
import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { dayInWords, instantInWords, money, percent } from "./document-words.ts";
import type { ProposalDocument } from "./proposal-view.ts";

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve("pdfmake/fonts/Roboto/Roboto-Regular.ttf"));
const font = (file: string) => path.join(fontDir, file);

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: font("Roboto-Regular.ttf"),
      bold: font("Roboto-Medium.ttf"),
      italics: font("Roboto-Italic.ttf"),
      bolditalics: font("Roboto-MediumItalic.ttf"),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontDir);
  configured = true;
}

function lineRows(doc: ProposalDocument): Content[][] {
  return doc.lines.map((l) => [
    { stack: [{ text: l.productName }, { text: l.sku, fontSize: 8, color: "#666" }] },
    { text: String(l.quantity), alignment: "right" },
    { text: money(l.listPriceMinor, doc.currency), alignment: "right" },
    l.giveaway
      ? { text: "Included free", alignment: "right", color: "#2b7a0b", noWrap: true }
      : { text: money(l.unitPriceMinor, doc.currency), alignment: "right" },
    l.giveaway
      ? { text: "give-away", alignment: "right", color: "#2b7a0b", noWrap: true }
      : { text: l.discountBp > 0 ? percent(l.discountBp) : "—", alignment: "right" },
    { text: money(l.netMinor, doc.currency), alignment: "right" },
  ]);
}

function totalRows(doc: ProposalDocument): Content[][] {
  const row = (label: string, amount: string, bold = false): Content[] => [
    { text: label, bold },
    { text: amount, alignment: "right", bold },
  ];
  const rows = [row("List value", money(doc.totals.listMinor, doc.currency))];
  if (doc.totals.aboveListMinor > 0)
    rows.push(row("Above list price", `+ ${money(doc.totals.aboveListMinor, doc.currency)}`));
  if (doc.totals.discountMinor > 0)
    rows.push(row("Discounts", `− ${money(doc.totals.discountMinor, doc.currency)}`));
  if (doc.totals.giveawayMinor > 0)
    rows.push(row("Give-aways (included free)", `− ${money(doc.totals.giveawayMinor, doc.currency)}`));
  rows.push(row("Total", money(doc.totals.netMinor, doc.currency), true));
  return rows;
}

export function proposalDefinition(doc: ProposalDocument): TDocumentDefinitions {
  const draft = doc.status === "draft";
  const issued = instantInWords(doc.issuedAt, doc.timeZone);
  return {
    info: { title: `${doc.label} — ${doc.title}`, author: doc.workspaceName, creator: "Baton" },
    pageSize: "A4",
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: "Roboto", fontSize: 10 },
    ...(draft ? { watermark: { text: "DRAFT", opacity: 0.08, bold: true } } : {}),
    footer: (page, pages) => ({
      columns: [
        { text: `${doc.workspaceName} · ${doc.label}`, color: "#666" },
        { text: `Page ${page} of ${pages}`, alignment: "right", color: "#666" },
      ],
      margin: [48, 16, 48, 0],
      fontSize: 8,
    }),
    content: [
      { text: doc.workspaceName, fontSize: 18, bold: true },
      {
        text: `${doc.label}${draft ? " (draft, not an offer)" : ""}`,
        fontSize: 12,
        color: "#444",
        margin: [0, 2, 0, 12],
      },
      { text: doc.title, fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
      {
        columns: [
          {
            stack: [
              { text: "For", color: "#666", fontSize: 8 },
              { text: doc.contactName },
              ...(doc.companyName ? [{ text: doc.companyName }] : []),
            ],
          },
          {
            stack: [
              { text: "Prepared by", color: "#666", fontSize: 8 },
              { text: doc.preparedBy.name },
              { text: doc.preparedBy.email },
            ],
          },
          {
            stack: [
              { text: "Issued", color: "#666", fontSize: 8 },
              { text: issued },
              { text: "Valid until", color: "#666", fontSize: 8, margin: [0, 4, 0, 0] },
              { text: dayInWords(doc.validUntil), bold: true },
            ],
          },
        ],
        margin: [0, 0, 0, 16],
      },
      {
        table: {
          headerRows: 1,
          widths: ["*", "auto", "auto", "auto", "auto", "auto"],
          body: [
            ["Item", "Qty", "List price", "Your price", "Discount", "Amount"].map((h, i) => ({
              text: h,
              bold: true,
              alignment: i === 0 ? "left" : "right",
            })),
            ...lineRows(doc),
          ],
        },
        layout: "lightHorizontalLines",
      },
      {
        columns: [
          { text: "", width: "*" },
          { width: 240, table: { widths: ["*", "auto"], body: totalRows(doc) }, layout: "noBorders" },
        ],
        margin: [0, 12, 0, 16],
      },
      { text: "Terms", bold: true, margin: [0, 0, 0, 4] },
      { text: doc.terms || "—" },
      ...(doc.acceptedAt
        ? [
            {
              text: `Accepted by ${doc.acceptedName ?? ""} on ${instantInWords(doc.acceptedAt, doc.timeZone)}.`,
              bold: true,
              margin: [0, 16, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}

/** The PDF with the file name it is offered under (its label: "Proposal-12.pdf"). */
export async function proposalFile(doc: ProposalDocument): Promise<{ filename: string; pdf: Buffer }> {
  return { filename: `${doc.label.replace(" ", "-")}.pdf`, pdf: await renderProposalPdf(doc) };
}

export async function renderProposalPdf(doc: ProposalDocument): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(proposalDefinition(doc)).getBuffer();
}
