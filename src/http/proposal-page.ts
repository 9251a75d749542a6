// The page a prospect opens from a proposal's link: the document, and a form to accept (typing
// their name) or decline. Built like every public page (public-page.ts): fixed text and escaped
// values, nothing loaded from elsewhere, framed by no one; the forms post back to the same link.
import { escapeHtml as h } from "../domain/merge.ts";
import { dayInWords, instantInWords, money, percent } from "../services/proposals/document-words.ts";
import type { ProposalDocument } from "../services/proposals/proposal-view.ts";

export interface PageState {
  /** Why accepting or declining is not possible now; null shows the forms. */
  closedBecause: string | null;
  /** A problem with what the prospect typed, shown next to the field. */
  fieldError?: { field: "name" | "reason"; message: string };
  /** A line at the top after an action ("Thank you …"). */
  notice?: string;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
table{border-collapse:collapse;width:100%}th,td{padding:.4rem .5rem;border-bottom:1px solid #ddd;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}.muted{color:#666;font-size:.85rem}.free{color:#2b7a0b}
.totals{width:auto;margin-left:auto;margin-top:1rem}.totals td{border:none}.total td{font-weight:700;border-top:2px solid #222}
.meta{display:flex;gap:2rem;flex-wrap:wrap;margin:1rem 0}.notice{background:#eef7ee;border:1px solid #9c9;padding:.6rem 1rem}
.closed{background:#f6f6f6;border:1px solid #ccc;padding:.6rem 1rem}.error{color:#b00020}form{margin:1rem 0}
input[type=text],textarea{font:inherit;padding:.4rem;width:100%;max-width:24rem;box-sizing:border-box}
button{font:inherit;padding:.5rem 1rem;cursor:pointer}.terms{white-space:pre-wrap}`;

function lineRows(doc: ProposalDocument): string {
  return doc.lines
    .map((l) => {
      const price = l.giveaway
        ? `<span class="free">Included free</span>`
        : h(money(l.unitPriceMinor, doc.currency));
      const discount = l.giveaway
        ? `<span class="free">give-away</span>`
        : l.discountBp > 0
          ? h(percent(l.discountBp))
          : "—";
      return `<tr><td>${h(l.productName)}<div class="muted">${h(l.sku)}</div></td><td>${l.quantity}</td><td>${h(money(l.listPriceMinor, doc.currency))}</td><td>${price}</td><td>${discount}</td><td>${h(money(l.netMinor, doc.currency))}</td></tr>`;
    })
    .join("\n");
}

function totals(doc: ProposalDocument): string {
  const row = (label: string, amount: string, cls = "") =>
    `<tr${cls ? ` class="${cls}"` : ""}><td>${h(label)}</td><td>${h(amount)}</td></tr>`;
  const t = doc.totals;
  return `<table class="totals">${[
    row("List value", money(t.listMinor, doc.currency)),
    t.aboveListMinor > 0 ? row("Above list price", `+ ${money(t.aboveListMinor, doc.currency)}`) : "",
    t.discountMinor > 0 ? row("Discounts", `− ${money(t.discountMinor, doc.currency)}`) : "",
    t.giveawayMinor > 0 ? row("Give-aways (included free)", `− ${money(t.giveawayMinor, doc.currency)}`) : "",
    row("Total", money(t.netMinor, doc.currency), "total"),
  ].join("")}</table>`;
}

function fieldError(state: PageState, field: "name" | "reason"): string {
  return state.fieldError?.field === field
    ? `<div class="error" id="${field}-error">${h(state.fieldError.message)}</div>`
    : "";
}

function responseForms(doc: ProposalDocument, base: string, state: PageState): string {
  if (doc.acceptedAt) {
    return `<p class="notice">Accepted by ${h(doc.acceptedName ?? "")} on ${h(instantInWords(doc.acceptedAt, doc.timeZone))}.</p>`;
  }
  if (state.closedBecause)
    return `<p class="closed">${h(state.closedBecause)} Please contact ${h(doc.preparedBy.name)} (${h(doc.preparedBy.email)}).</p>`;
  return `<h2>Accept this ${h(doc.kind)}</h2>
<form method="post" action="${base}/accept">
<label for="name">Your full name</label><br>
<input type="text" id="name" name="name" maxlength="200" autocomplete="name" required${state.fieldError?.field === "name" ? ` aria-describedby="name-error" aria-invalid="true"` : ""}>
${fieldError(state, "name")}
<p class="muted">By typing your name and pressing Accept you accept this offer and its terms on behalf of ${h(doc.companyName ?? doc.contactName)}.</p>
<button type="submit">Accept</button>
</form>
<details><summary>Decline instead</summary>
<form method="post" action="${base}/decline">
<label for="reason">What would have to change? (optional)</label><br>
<textarea id="reason" name="reason" maxlength="2000" rows="3"></textarea>
${fieldError(state, "reason")}
<button type="submit">Decline</button>
</form></details>`;
}

export function proposalPage(doc: ProposalDocument, token: string, state: PageState): string {
  const base = `/p/${h(token)}`;
  const notice = state.notice ? `<p class="notice" role="status">${h(state.notice)}</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(doc.label)} — ${h(doc.workspaceName)}</title>
<style>${STYLE}</style>
</head><body>
${notice}
<p class="muted">${h(doc.workspaceName)} · ${h(doc.label)}</p>
<h1>${h(doc.title)}</h1>
<div class="meta">
<div><div class="muted">For</div>${h(doc.contactName)}${doc.companyName ? `<br>${h(doc.companyName)}` : ""}</div>
<div><div class="muted">Prepared by</div>${h(doc.preparedBy.name)}<br>${h(doc.preparedBy.email)}</div>
<div><div class="muted">Issued</div>${h(instantInWords(doc.issuedAt, doc.timeZone))}</div>
<div><div class="muted">Valid until</div><strong>${h(dayInWords(doc.validUntil))}</strong></div>
</div>
<table><thead><tr><th>Item</th><th>Qty</th><th>List price</th><th>Your price</th><th>Discount</th><th>Amount</th></tr></thead>
<tbody>
${lineRows(doc)}
</tbody></table>
${totals(doc)}
<h2>Terms</h2>
<p class="terms">${h(doc.terms || "—")}</p>
<p><a href="${base}/pdf">Download as PDF</a></p>
${responseForms(doc, base, state)}
</body></html>
`;
}
