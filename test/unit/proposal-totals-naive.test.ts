// The proposal's totals (list, discounts, above list, give-aways, total) against a naive tally
// over random lines, line by line in the words of the document: a give-away's whole list value is
// given away; a paid line below its list is a discount, above it a surcharge.
import assert from "node:assert/strict";
import { test } from "node:test";
import { presentDocument } from "../../src/services/proposals/proposal-view.ts";

function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

test("the document's totals equal a naive tally over random lines (5 seeds × 200 offers)", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const r = random(seed);
    for (let offer = 0; offer < 200; offer++) {
      const lines = Array.from({ length: 1 + r(8) }, (_, i) => {
        const list = 100 * (1 + r(5000));
        const unit = r(4) === 0 ? list + 100 * r(300) : list - 100 * r(Math.floor(list / 100));
        return {
          productId: `00000000-0000-7000-8000-00000000000${i}`,
          sku: `S${i}`,
          productName: `P${i}`,
          quantity: 1 + r(50),
          listPriceMinor: list,
          unitPriceMinor: unit,
          giveaway: r(6) === 0,
        };
      });
      let list = 0;
      let discount = 0;
      let above = 0;
      let giveaway = 0;
      let net = 0;
      for (const l of lines) {
        list += l.listPriceMinor * l.quantity;
        if (l.giveaway) {
          giveaway += l.listPriceMinor * l.quantity;
          continue;
        }
        net += l.unitPriceMinor * l.quantity;
        if (l.unitPriceMinor < l.listPriceMinor)
          discount += (l.listPriceMinor - l.unitPriceMinor) * l.quantity;
        else above += (l.unitPriceMinor - l.listPriceMinor) * l.quantity;
      }
      const row = {
        proposal: {
          id: "p",
          kind: "proposal",
          number: 1,
          title: "t",
          status: "draft",
          currency: "USD",
          lines,
          validUntil: "2026-12-31",
          terms: "",
          sentAt: null,
          createdAt: new Date("2026-12-01T00:00:00Z"),
          acceptedAt: null,
          acceptedName: null,
          declinedAt: null,
        },
        workspaceName: "W",
        contactFirst: "A",
        contactLast: null,
        contactEmail: "a@x.example",
        companyName: null,
        preparerName: "R",
        preparerEmail: "r@x.example",
      } as unknown as Parameters<typeof presentDocument>[0];
      const doc = presentDocument(row, new Date("2026-12-02T00:00:00Z"), "UTC");
      assert.deepEqual(
        doc.totals,
        {
          listMinor: list,
          discountMinor: discount,
          aboveListMinor: above,
          giveawayMinor: giveaway,
          netMinor: net,
        },
        `seed ${seed}, offer ${offer}`,
      );
      assert.equal(list - discount + above - giveaway, net, "the totals add up on the page");
    }
  }
});
