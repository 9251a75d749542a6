import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldWords } from "../../web/src/shared/field-words.ts";

test("API field paths read as the form's words", () => {
  assert.equal(fieldWords("items.0.quantity"), "Items #1 › quantity");
  assert.equal(fieldWords("items.2.unitPriceMinor"), "Items #3 › unit price");
  assert.equal(fieldWords("stages.6.name"), "Stages #7 › name");
  assert.equal(fieldWords("defaultMaxDiscountBp"), "Default max discount");
  assert.equal(fieldWords("maxDiscountBpByRole.sales"), "Max discount bp by role › sales");
  assert.equal(fieldWords("priceBookId"), "Price book");
  assert.equal(fieldWords("id"), "Id");
  assert.equal(fieldWords(""), "");
});
