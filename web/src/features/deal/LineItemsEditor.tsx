// The deal's line items: products from one price book, quantities, the price offered and free
// give-aways. What each line gives away against the book is shown, so discounts are never hidden.

import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatMoney } from "../pipeline/money.ts";
import { usePriceBook, usePriceBooks, useSetLineItems } from "./deal-queries.ts";
import { formatBp, toMajor, toMinor } from "./pricing-format.ts";

type DealDetail = Schema<"DealDetail">;

interface DraftLine {
  productId: string;
  /** As typed: a number, or the text of one being typed (blank when empty). */
  quantity: number | string;
  /** Major units, as typed. */
  unitPrice: number | string;
  giveaway: boolean;
}

const MAX_QUANTITY = 1_000_000;
/** The largest unit price the server stores: 10^15 minor units. */
const MAX_UNIT_PRICE = 10_000_000_000_000;

/** Why a line's quantity cannot be saved, in the form's words, or null. */
export function quantityProblem(value: number | string): string | null {
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (String(value).trim() === "") return "Enter a quantity";
  if (!Number.isInteger(n)) return "A whole number";
  if (n < 1) return "At least 1";
  if (n > MAX_QUANTITY) return `At most ${MAX_QUANTITY.toLocaleString()}`;
  return null;
}

/** Why a line's unit price cannot be saved — never clamped to a price the rep did not type. */
export function unitPriceProblem(value: number | string): string | null {
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (String(value).trim() === "" || Number.isNaN(n)) return "Enter a price";
  if (n < 0) return "A price cannot be negative";
  if (n > MAX_UNIT_PRICE) return `At most ${MAX_UNIT_PRICE.toLocaleString("en-US")}`;
  return null;
}

const asNumber = (value: number | string) => (typeof value === "number" ? value : Number(value));

export function LineItemsEditor({ deal, editable }: { deal: DealDetail; editable: boolean }) {
  const books = usePriceBooks();
  // The books that may price this deal (the server checks the same): a direct deal's are the direct
  // books; a partner deal's are its partner's own and the partner channels' general books.
  const sameCurrency = (books.data?.data ?? []).filter(
    (b) =>
      b.currency === deal.currency &&
      (deal.partnerId
        ? b.partnerId === deal.partnerId || (b.partnerId === null && b.channel !== "direct")
        : b.channel === "direct" && b.partnerId === null),
  );
  const [bookId, setBookId] = useState<string | null>(deal.priceBook?.id ?? null);
  const chosenBook = bookId ?? sameCurrency[0]?.id ?? null;
  const book = usePriceBook(chosenBook);
  const [lines, setLines] = useState<DraftLine[]>(() =>
    deal.lineItems.map((l) => ({
      productId: l.productId,
      quantity: l.quantity,
      unitPrice: toMajor(l.unitPriceMinor, deal.currency),
      giveaway: l.giveaway,
    })),
  );
  const save = useSetLineItems(deal.id);
  const entries = book.data?.entries ?? [];
  const listPrice = (productId: string) =>
    entries.find((e) => e.productId === productId)?.unitPriceMinor ?? 0;
  const update = (index: number, change: Partial<DraftLine>) =>
    setLines((current) => current.map((l, i) => (i === index ? { ...l, ...change } : l)));
  const addLine = () => {
    const first = entries.find((e) => e.active);
    if (first)
      setLines((c) => [
        ...c,
        {
          productId: first.productId,
          quantity: 1,
          unitPrice: toMajor(first.unitPriceMinor, deal.currency),
          giveaway: false,
        },
      ]);
  };
  const submit = () =>
    chosenBook &&
    save.mutate({
      priceBookId: chosenBook,
      items: lines.map((l) => ({
        productId: l.productId,
        quantity: asNumber(l.quantity),
        unitPriceMinor: toMinor(asNumber(l.unitPrice), deal.currency),
        giveaway: l.giveaway,
      })),
    });
  const problems = lines.map((l) => ({
    quantity: quantityProblem(l.quantity),
    unitPrice: l.giveaway ? null : unitPriceProblem(l.unitPrice),
  }));
  const anyProblem = problems.some((p) => p.quantity !== null || p.unitPrice !== null);

  const draftTotals = lines.reduce(
    (sum, l) => {
      const quantity = quantityProblem(l.quantity) ? 0 : asNumber(l.quantity);
      const list = listPrice(l.productId) * quantity;
      const net =
        l.giveaway || unitPriceProblem(l.unitPrice)
          ? 0
          : toMinor(asNumber(l.unitPrice), deal.currency) * quantity;
      return { list: sum.list + list, net: sum.net + net };
    },
    { list: 0, net: 0 },
  );

  return (
    <Card withBorder padding="md" data-testid="line-items">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Line items</Title>
        <NativeSelect
          aria-label="Price book"
          disabled={!editable}
          value={chosenBook ?? ""}
          onChange={(e) => setBookId(e.currentTarget.value || null)}
          data={
            sameCurrency.length === 0
              ? [{ value: "", label: `No price book in ${deal.currency}` }]
              : sameCurrency.map((b) => ({ value: b.id, label: `${b.name} (${b.channel})` }))
          }
          data-testid="price-book-select"
        />
      </Group>
      <Table striped withTableBorder={false} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th w={90}>Qty</Table.Th>
            <Table.Th>List</Table.Th>
            <Table.Th w={150}>Unit price</Table.Th>
            <Table.Th>Discount</Table.Th>
            <Table.Th>Give-away</Table.Th>
            <Table.Th ta="right">Net</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const list = listPrice(line.productId);
            const unit = unitPriceProblem(line.unitPrice)
              ? 0
              : toMinor(asNumber(line.unitPrice), deal.currency);
            const quantity = quantityProblem(line.quantity) ? 0 : asNumber(line.quantity);
            const off = line.giveaway ? 10_000 : list > 0 ? Math.ceil(((list - unit) * 10_000) / list) : 0;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their position
              <Table.Tr key={index} data-testid="line-item">
                <Table.Td>
                  <NativeSelect
                    aria-label={`Product of line ${index + 1}`}
                    disabled={!editable}
                    value={line.productId}
                    onChange={(e) => {
                      const productId = e.currentTarget.value;
                      update(index, { productId, unitPrice: toMajor(listPrice(productId), deal.currency) });
                    }}
                    data={entries.map((e) => ({ value: e.productId, label: `${e.name} (${e.sku})` }))}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Quantity of line ${index + 1}`}
                    disabled={!editable}
                    clampBehavior="none"
                    allowDecimal={false}
                    value={line.quantity}
                    onChange={(v) => update(index, { quantity: v })}
                    error={problems[index]?.quantity}
                    data-testid="line-quantity"
                  />
                </Table.Td>
                <Table.Td>{formatMoney(list, deal.currency)}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Unit price of line ${index + 1}`}
                    disabled={!editable || line.giveaway}
                    clampBehavior="none"
                    decimalScale={2}
                    fixedDecimalScale
                    value={line.unitPrice}
                    onChange={(v) => update(index, { unitPrice: v })}
                    error={problems[index]?.unitPrice}
                    data-testid="line-unit-price"
                  />
                </Table.Td>
                <Table.Td data-testid="line-discount">
                  {problems[index]?.unitPrice ? "—" : off > 0 ? formatBp(off) : off < 0 ? "above list" : "—"}
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`Line ${index + 1} is a free give-away`}
                    disabled={!editable}
                    checked={line.giveaway}
                    onChange={(e) => update(index, { giveaway: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  {formatMoney(line.giveaway ? 0 : unit * quantity, deal.currency)}
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove line ${index + 1}`}
                      onClick={() => setLines((c) => c.filter((_, i) => i !== index))}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {lines.length === 0 && (
        <Text c="dimmed" size="sm" py="sm">
          No line items yet: the deal's amount is entered by hand.
        </Text>
      )}
      <Group justify="space-between" mt="sm" align="flex-start">
        {editable ? (
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              onClick={addLine}
              disabled={entries.length === 0}
              data-testid="add-line"
            >
              Add line
            </Button>
            <Button
              size="xs"
              onClick={submit}
              loading={save.isPending}
              disabled={!chosenBook || anyProblem}
              data-testid="save-lines"
            >
              Save line items
            </Button>
          </Group>
        ) : (
          <span />
        )}
        <Stack gap={2} align="flex-end">
          <Text size="sm">List {formatMoney(draftTotals.list, deal.currency)}</Text>
          <Text size="sm" c="orange.8" data-testid="draft-discount">
            Discounts and give-aways {formatMoney(draftTotals.list - draftTotals.net, deal.currency)}
          </Text>
          <Text fw={700} data-testid="draft-net">
            Net {formatMoney(draftTotals.net, deal.currency)}
          </Text>
        </Stack>
      </Group>
      {save.error && <ErrorAlert error={save.error} title="The line items were not saved" />}
      {!editable && deal.outcome !== "open" && (
        <Alert color="gray" mt="sm">
          The deal is {deal.outcome}; reopen it to change its line items.
        </Alert>
      )}
    </Card>
  );
}
