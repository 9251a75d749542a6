// The product catalogue: SKU, name and whether it is still sold. Admins and marketing keep it;
// an inactive product can no longer be put on a deal's line items (deals already priced keep it).

import {
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useProducts, useSaveProduct } from "./pricing-settings-queries.ts";

type Product = Schema<"Product">;

/** The dialog edits a product, or a blank form for a new one ("new"); closed when null. */
type Open = { kind: "new" } | { kind: "existing"; product: Product } | null;

export function ProductsSection({ canEdit }: { canEdit: boolean }) {
  const products = useProducts();
  const toggle = useSaveProduct();
  const [open, setOpen] = useState<Open>(null);

  return (
    <Paper withBorder radius="md" p="md" data-testid="products-section">
      <Group justify="space-between" mb="sm">
        <Title order={3}>Products</Title>
        {canEdit && (
          <Button size="xs" onClick={() => setOpen({ kind: "new" })} data-testid="product-new">
            New product
          </Button>
        )}
      </Group>
      {products.error && <ErrorAlert error={products.error} title="Could not load the products" />}
      {toggle.error && <ErrorAlert error={toggle.error} title="Product not changed" />}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} data-testid="products-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Active</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(products.data ?? []).map((p) => (
              <Table.Tr key={p.id} data-testid="product-row" data-product-id={p.id}>
                <Table.Td ff="monospace" data-testid="product-sku">
                  {p.sku}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} data-testid="product-name">
                    {p.name}
                  </Text>
                  {p.description && (
                    <Text size="xs" c="dimmed" lineClamp={1} maw={420}>
                      {p.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Switch
                      checked={p.active}
                      aria-label={`${p.name} is sold`}
                      disabled={toggle.isPending && toggle.variables?.id === p.id}
                      onChange={(event) =>
                        toggle.mutate({ id: p.id, input: { active: event.currentTarget.checked } })
                      }
                      data-testid="product-active"
                    />
                  ) : (
                    <Badge variant="light" color={p.active ? "green" : "gray"} data-testid="product-active">
                      {p.active ? "Active" : "Inactive"}
                    </Badge>
                  )}
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setOpen({ kind: "existing", product: p })}
                      data-testid="product-edit"
                    >
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {products.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {products.isSuccess && products.data.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md" data-testid="products-empty">
          No products yet.{canEdit ? " Add what you sell, then price it in a price book." : ""}
        </Text>
      )}

      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.kind === "existing" ? `Edit ${open.product.sku}` : "New product"}
      >
        {open && (
          <ProductForm
            key={open.kind === "existing" ? open.product.id : "new"}
            product={open.kind === "existing" ? open.product : null}
            onDone={() => setOpen(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}

function ProductForm({ product, onDone }: { product: Product | null; onDone: () => void }) {
  const [sku, setSku] = useState(product?.sku ?? "");
  const [name, setName] = useState(product?.name ?? "");
  const [description, setDescription] = useState(product?.description ?? "");
  const [active, setActive] = useState(product?.active ?? true);
  const save = useSaveProduct();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: product?.id ?? null,
        input: { sku: sku.trim(), name: name.trim(), description: description.trim() || null, active },
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `Saved the product “${saved.name}”` });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {save.error && <ErrorAlert error={save.error} title="Product not saved" />}
      <TextInput
        label="SKU"
        required
        value={sku}
        onChange={(e) => setSku(e.currentTarget.value)}
        data-testid="product-form-sku"
      />
      <TextInput
        label="Name"
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="product-form-name"
      />
      <Textarea
        label="Description"
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        data-testid="product-form-description"
      />
      <Checkbox
        label="Active (offered on new deals)"
        checked={active}
        onChange={(e) => setActive(e.currentTarget.checked)}
        data-testid="product-form-active"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="product-form-save">
          Save
        </Button>
      </Group>
    </Stack>
  );
}
