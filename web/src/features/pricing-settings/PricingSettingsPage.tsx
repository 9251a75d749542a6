// Pricing settings: the product catalogue, the price books per channel and the discount policy.
// Admins and marketing edit them; sales reads them (what may I offer, and at what price).

import { Alert, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { DiscountPolicySection } from "./DiscountPolicySection.tsx";
import { PriceBooksSection } from "./PriceBooksSection.tsx";
import { ProductsSection } from "./ProductsSection.tsx";

const EDITORS = ["admin", "marketing"];

export default function PricingSettingsPage() {
  const session = useSession();
  if (session.error) return <ErrorAlert error={session.error} />;
  if (!session.data)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  const role = session.data.user.role;
  if (role === "partner")
    return (
      <Alert color="gray" data-testid="pricing-staff-only">
        Pricing settings are kept by the workspace's staff.
      </Alert>
    );
  const canEdit = EDITORS.includes(role);

  return (
    <Stack gap="md" maw={1100} data-testid="pricing-settings">
      <div>
        <Title order={2}>Pricing</Title>
        <Text c="dimmed" size="sm">
          Amounts are in the currency's major unit (e.g. 49.50); Baton stores them exactly in cents.
        </Text>
      </div>
      {!canEdit && (
        <Alert color="gray" data-testid="pricing-read-only">
          Only admins and marketing can change products, prices and the discount policy.
        </Alert>
      )}
      <ProductsSection canEdit={canEdit} />
      <PriceBooksSection canEdit={canEdit} />
      <DiscountPolicySection canEdit={canEdit} />
    </Stack>
  );
}
