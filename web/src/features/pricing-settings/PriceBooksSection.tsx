// Price books: one list of prices per channel (direct, reseller, affiliate) and currency, plus a
// partner's own book. Picking a book shows every product with its price in that book; a blank
// price leaves the product out of the book. Saving replaces all of the book's prices at once.

import {
  Alert,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Modal,
  NativeSelect,
  NavLink,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useMemo, useState } from "react";
import { PRICE_CHANNELS } from "#domain/pricing";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { toMajor, toMinor } from "../deal/pricing-format.ts";
import { PARTNER_KIND_LABELS } from "../partners/partner-labels.ts";
import { usePartners } from "../partners/partner-queries.ts";
import { formatMoney } from "../pipeline/money.ts";
import type { FieldValue } from "./policy-form.ts";
import {
  useCreatePriceBook,
  usePriceBookDetail,
  usePriceBookList,
  useProducts,
  useSavePriceBook,
} from "./pricing-settings-queries.ts";

type Partner = Schema<"Partner">;
type PriceBookDetail = Schema<"PriceBookDetail">;
type PriceBookSummary = Schema<"PriceBook">;
type PriceChannel = Schema<"PriceBook">["channel"];
type PriceEntryInput = NonNullable<Schema<"PriceBookInput">["entries"]>[number];
type Product = Schema<"Product">;

const CHANNEL_LABELS: Record<PriceChannel, string> = {
  direct: "Direct",
  reseller: "Reseller",
  affiliate: "Affiliate",
};

export function PriceBooksSection({ canEdit }: { canEdit: boolean }) {
  const books = usePriceBookList();
  const partners = usePartners();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const all = books.data?.data ?? [];
  const current = all.find((b) => b.id === selectedId) ?? all[0] ?? null;
  const partnerName = (id: string | null) =>
    id === null ? null : (partners.data?.find((p) => p.id === id)?.name ?? "Unknown partner");

  return (
    <Paper withBorder radius="md" p="md" data-testid="price-books-section">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={3}>Price books</Title>
          <Text size="sm" c="dimmed">
            Deals are priced from a book in their currency. Partners price from their own book and their
            channel's general books.
          </Text>
        </div>
        {canEdit && (
          <Button size="xs" onClick={() => setCreating(true)} data-testid="price-book-new">
            New price book
          </Button>
        )}
      </Group>
      {books.error && <ErrorAlert error={books.error} title="Could not load the price books" />}
      {books.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {books.isSuccess && all.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="price-books-empty">
          No price books yet.
        </Text>
      )}
      {all.length > 0 && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="sm" data-testid="price-book-list">
              {PRICE_CHANNELS.map((channel) => {
                const inChannel = all.filter((b) => b.channel === channel);
                if (inChannel.length === 0) return null;
                return (
                  <div key={channel} data-testid={`price-book-group-${channel}`}>
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
                      {CHANNEL_LABELS[channel]}
                    </Text>
                    {inChannel.map((b) => (
                      <NavLink
                        key={b.id}
                        component="button"
                        type="button"
                        active={b.id === current?.id}
                        onClick={() => setSelectedId(b.id)}
                        label={b.name}
                        description={[b.currency, partnerName(b.partnerId)].filter(Boolean).join(" · ")}
                        data-testid="price-book-item"
                        data-book-id={b.id}
                      />
                    ))}
                  </div>
                );
              })}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {current && (
              <PriceBookPanel
                key={current.id}
                summary={current}
                partnerName={partnerName(current.partnerId)}
                canEdit={canEdit}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="New price book">
        {creating && (
          <NewPriceBookForm
            partners={partners.data ?? []}
            onDone={(created) => {
              setCreating(false);
              if (created) setSelectedId(created.id);
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}

function PriceBookPanel(props: { summary: PriceBookSummary; partnerName: string | null; canEdit: boolean }) {
  const book = usePriceBookDetail(props.summary.id);
  const products = useProducts();
  if (book.error) return <ErrorAlert error={book.error} title="Could not load the price book" />;
  if (products.error) return <ErrorAlert error={products.error} title="Could not load the products" />;
  if (!book.data || !products.data)
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  return (
    // Keyed by the saved version: after a save the inputs restart from the stored prices.
    <PriceBookEditor
      key={book.data.updatedAt}
      book={book.data}
      products={products.data}
      partnerName={props.partnerName}
      canEdit={props.canEdit}
    />
  );
}

/** Why a typed price cannot be saved, or null (blank is fine: the product is not in the book). */
function priceProblem(value: FieldValue): string | null {
  if (typeof value === "string" && value.trim() === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return "Enter an amount";
  if (n < 0) return "Must not be negative";
  return null;
}

function toEntries(prices: Record<string, FieldValue>, currency: string): PriceEntryInput[] {
  const entries: PriceEntryInput[] = [];
  for (const [productId, value] of Object.entries(prices)) {
    if (typeof value === "string" && value.trim() === "") continue;
    entries.push({ productId, unitPriceMinor: toMinor(Number(value), currency) });
  }
  return entries;
}

function PriceBookEditor(props: {
  book: PriceBookDetail;
  products: Product[];
  partnerName: string | null;
  canEdit: boolean;
}) {
  const { book, products, canEdit } = props;
  const stored = useMemo(() => new Map(book.entries.map((e) => [e.productId, e.unitPriceMinor])), [book]);
  const [name, setName] = useState(book.name);
  const [prices, setPrices] = useState<Record<string, FieldValue>>(() =>
    Object.fromEntries(
      products.map((p) => {
        const minor = stored.get(p.id);
        return [p.id, minor === undefined ? "" : toMajor(minor, book.currency)];
      }),
    ),
  );
  const save = useSavePriceBook(book.id);
  const invalid = Object.values(prices).some((v) => priceProblem(v) !== null) || name.trim() === "";
  const priced = toEntries(prices, book.currency).length;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    save.mutate(
      {
        ...(name.trim() !== book.name ? { name: name.trim() } : {}),
        entries: toEntries(prices, book.currency),
      },
      { onSuccess: (saved) => notifications.show({ color: "green", message: `Saved “${saved.name}”` }) },
    );
  };

  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={onSubmit}
      data-testid="price-book-editor"
      data-book-id={book.id}
    >
      <Group justify="space-between" align="flex-end">
        {canEdit ? (
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={name.trim() === "" ? "A book needs a name" : null}
            data-testid="price-book-name"
          />
        ) : (
          <Title order={4} data-testid="price-book-name">
            {book.name}
          </Title>
        )}
        <Group gap="xs">
          <Badge variant="light">{CHANNEL_LABELS[book.channel]}</Badge>
          <Badge variant="outline" color="gray" data-testid="price-book-currency">
            {book.currency}
          </Badge>
          {props.partnerName && (
            <Badge variant="light" color="grape" data-testid="price-book-partner">
              {props.partnerName}
            </Badge>
          )}
        </Group>
      </Group>
      {save.error && <ErrorAlert error={save.error} title="Price book not saved" />}
      {products.length === 0 ? (
        <Alert color="gray">Add products first; then price them here.</Alert>
      ) : (
        <Table verticalSpacing={4} data-testid="price-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th w={180}>Price ({book.currency})</Table.Th>
              <Table.Th ta="right">In the book</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {products.map((p) => {
              const minor = stored.get(p.id);
              return (
                <Table.Tr key={p.id} data-testid="price-row" data-product-id={p.id}>
                  <Table.Td ff="monospace">{p.sku}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{p.name}</Text>
                      {!p.active && (
                        <Badge size="xs" color="gray" variant="light">
                          inactive
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={`Price of ${p.name}`}
                      placeholder="Not in the book"
                      value={prices[p.id] ?? ""}
                      onChange={(value) => setPrices((current) => ({ ...current, [p.id]: value }))}
                      min={0}
                      clampBehavior="none"
                      decimalScale={2}
                      fixedDecimalScale
                      thousandSeparator=","
                      error={priceProblem(prices[p.id] ?? "")}
                      disabled={!canEdit}
                      data-testid="price-input"
                    />
                  </Table.Td>
                  <Table.Td ta="right" data-testid="price-stored">
                    {minor === undefined ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      formatMoney(minor, book.currency)
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="price-book-count">
          {priced} of {products.length} products priced
        </Text>
        {canEdit && (
          <Button type="submit" loading={save.isPending} disabled={invalid} data-testid="price-book-save">
            Save prices
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function NewPriceBookForm(props: { partners: Partner[]; onDone: (created: PriceBookDetail | null) => void }) {
  const [name, setName] = useState("");
  const [channel, setChannel] = useState<PriceChannel>("direct");
  const [currency, setCurrency] = useState("USD");
  const [partnerId, setPartnerId] = useState("");
  const create = useCreatePriceBook();
  // A partner's own book is on its kind's channel; the server refuses any other pairing.
  const eligible = channel === "direct" ? [] : props.partners.filter((p) => p.kind === channel);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        channel,
        currency: currency.trim().toUpperCase(),
        partnerId: channel !== "direct" && partnerId ? partnerId : null,
      },
      {
        onSuccess: (created) => {
          notifications.show({ color: "green", message: `Created the price book “${created.name}”` });
          props.onDone(created);
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {create.error && <ErrorAlert error={create.error} title="Price book not created" />}
      <TextInput
        label="Name"
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="new-book-name"
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          Channel
        </Text>
        <SegmentedControl
          value={channel}
          onChange={(value) => {
            setChannel(value as PriceChannel);
            setPartnerId("");
          }}
          data={PRICE_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
          data-testid="new-book-channel"
        />
      </div>
      <TextInput
        label="Currency"
        description="ISO 4217 code, e.g. USD or EUR"
        required
        maxLength={3}
        value={currency}
        onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
        data-testid="new-book-currency"
      />
      {channel !== "direct" && (
        <NativeSelect
          label="Partner"
          description={`Leave empty for the ${CHANNEL_LABELS[channel].toLowerCase()} channel's general book`}
          value={partnerId}
          onChange={(e) => setPartnerId(e.currentTarget.value)}
          data={[
            { value: "", label: "— General book —" },
            ...eligible.map((p) => ({ value: p.id, label: `${p.name} (${PARTNER_KIND_LABELS[p.kind]})` })),
          ]}
          data-testid="new-book-partner"
        />
      )}
      <Text size="xs" c="dimmed">
        The book starts empty: enter its prices after creating it.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => props.onDone(null)}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending} data-testid="new-book-save">
          Create
        </Button>
      </Group>
    </Stack>
  );
}
