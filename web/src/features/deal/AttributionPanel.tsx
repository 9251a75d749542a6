// A won deal's attribution: the touches before the win, the turns of the journey each one marks,
// and what each earned of the amount under every model — the "why" behind the attribution report.

import { Anchor, Badge, Card, Center, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDate, formatDateTime } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { formatMoney } from "../programs/money.ts";
import { addDays } from "../programs/program-format.ts";
import { type Credits, MODEL_LABELS } from "../reports/attribution-queries.ts";
import { reportHref, utcToday } from "../reports/report-params.ts";
import { type DealAttribution, useDealAttribution } from "./deal-queries.ts";

type DealDetail = Schema<"DealDetail">;
type Role = DealAttribution["touches"][number]["roles"][number];

const ROLES: Record<Role, { label: string; color: string }> = {
  first: { label: "First touch", color: "indigo" },
  lead: { label: "Lead creation", color: "blue" },
  opportunity: { label: "Opportunity", color: "teal" },
  closing: { label: "Closing", color: "orange" },
};

const NUMERIC = {
  ta: "right" as const,
  style: { whiteSpace: "nowrap" as const, fontVariantNumeric: "tabular-nums" },
};

export function AttributionPanel({ deal }: { deal: DealDetail }) {
  const attribution = useDealAttribution(deal.id);
  const data = attribution.data;
  return (
    <Card withBorder padding="md" data-testid="deal-attribution">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={4}>Attribution</Title>
          <Text size="sm" c="dimmed">
            How the deal's {formatMoney(deal.amountMinor, deal.currency)} is shared among the touches before
            it was won, under each model.
          </Text>
        </div>
        {deal.closedAt && (
          <Anchor
            component={Link}
            to={reportHref("/reports/attribution", monthOf(deal.closedAt), { currency: deal.currency })}
            size="sm"
            data-testid="deal-attribution-report"
          >
            Attribution report for {monthName(deal.closedAt)}
          </Anchor>
        )}
      </Group>
      {attribution.error && <ErrorAlert error={attribution.error} title="Could not load the attribution" />}
      {attribution.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {data &&
        (data.touches.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="deal-attribution-empty">
            No touch came before this deal was won: the reports count all of it as unattributed.
          </Text>
        ) : (
          <CreditsTable attribution={data} contactId={deal.contactId ?? ""} />
        ))}
    </Card>
  );
}

function CreditsTable({ attribution, contactId }: { attribution: DealAttribution; contactId: string }) {
  const kindLabel = useKindLabel();
  const { models, currency, totals, amountMinor } = attribution;
  const money = (minor: number) => formatMoney(minor, currency);
  // Lead creation earns nothing when the contact became a lead without a touch: that share shows
  // as unattributed, so the total is the amount under every model.
  const unattributed = Object.fromEntries(models.map((m) => [m, amountMinor - totals[m]])) as Credits;
  const short = models.some((m) => unattributed[m] !== 0);
  return (
    <Table.ScrollContainer minWidth={1180} type="native">
      <Table verticalSpacing={6} fz="sm" highlightOnHover data-testid="deal-attribution-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Touch</Table.Th>
            <Table.Th>Program</Table.Th>
            <Table.Th>Role</Table.Th>
            {models.map((m) => (
              <Table.Th key={m} {...NUMERIC}>
                {MODEL_LABELS[m]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attribution.touches.map((t) => (
            <Table.Tr
              key={t.touchpointId}
              data-testid="deal-attribution-row"
              data-touchpoint-id={t.touchpointId}
            >
              <Table.Td style={{ whiteSpace: "nowrap" }} title={formatDateTime(t.occurredAt)}>
                {formatDate(t.occurredAt)}
              </Table.Td>
              <Table.Td>
                {kindLabel(t.kind)}
                {/* With the buying group, a colleague's touches count too. */}
                {t.contactId !== contactId && (
                  <Anchor
                    component={Link}
                    to={`/contacts/${encodeURIComponent(t.contactId)}`}
                    size="xs"
                    ml={6}
                  >
                    colleague
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td data-testid="deal-attribution-program">{t.programName ?? "—"}</Table.Td>
              {/* One badge a line: a touch may mark two turns, and badges cut short say nothing. */}
              <Table.Td miw={120} data-testid="deal-attribution-roles">
                <Stack gap={4} align="flex-start">
                  {t.roles.map((role) => (
                    <Badge
                      key={role}
                      size="xs"
                      variant="light"
                      color={ROLES[role].color}
                      style={{ flexShrink: 0 }}
                    >
                      {ROLES[role].label}
                    </Badge>
                  ))}
                </Stack>
              </Table.Td>
              {models.map((m) => (
                <Table.Td key={m} {...NUMERIC} data-testid={`deal-attribution-${m}`}>
                  {money(t.credits[m])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          {short && (
            <Table.Tr data-testid="deal-attribution-unattributed">
              <Table.Td colSpan={4}>Unattributed</Table.Td>
              {models.map((m) => (
                <Table.Td key={m} {...NUMERIC} data-testid={`deal-attribution-unattributed-${m}`}>
                  {money(unattributed[m])}
                </Table.Td>
              ))}
            </Table.Tr>
          )}
          <Table.Tr
            data-testid="deal-attribution-totals"
            style={{ borderTop: "2px solid var(--mantine-color-gray-4)" }}
          >
            <Table.Td colSpan={4} fw={700}>
              Total
            </Table.Td>
            {models.map((m) => (
              <Table.Td key={m} {...NUMERIC} fw={700} data-testid={`deal-attribution-total-${m}`}>
                {money(totals[m] + unattributed[m])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The UTC month the deal was won in, up to today: the report's "this month" or a whole month. */
function monthOf(instant: string) {
  const from = `${instant.slice(0, 7)}-01`;
  const [year, month] = from.split("-").map(Number) as [number, number];
  const end = addDays(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10), -1);
  const today = utcToday();
  return { from, to: end < today ? end : today };
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (instant: string) => monthFormat.format(new Date(instant));
