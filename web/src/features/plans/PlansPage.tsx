// Marketing plans: a month's or quarter's plans, each against its actual, and the reverse
// funnel of the same period — whether the plans' lead targets cover what the quotas need.
// Marketing and admins plan; sales read. The period lives in the URL.

import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { buildUrl } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { usePrograms } from "../../shared/reference-data.ts";
import { useUrlParams } from "../../shared/url-params.ts";
import { useSession } from "../auth/session.ts";
import { mayEditPrograms } from "../programs/program-format.ts";
import { periodChoices, periodLabel, periodStart } from "../quotas/quota-queries.ts";
import { Definitions } from "../reports/Definitions.tsx";
import { PlanCard } from "./PlanCard.tsx";
import { PlanFormModal } from "./PlanFormModal.tsx";
import { scopeLabel } from "./plan-format.ts";
import { type Plan, type PlanPeriod, usePlans } from "./plan-queries.ts";
import { ReverseFunnelDefinitions, ReverseFunnelPanel } from "./ReverseFunnelPanel.tsx";

const isPeriodStart = (period: PlanPeriod, day: string | null): day is string =>
  day !== null &&
  /^\d{4}-\d{2}-01$/.test(day) &&
  (period === "month" || (Number(day.slice(5, 7)) - 1) % 3 === 0);

// The workspace's plan first, then channels', then programs' (the server sorts nulls last).
const rank = (p: Plan) => (p.programId ? 2 : p.channel ? 1 : 0);
const sortedPlans = (plans: Plan[] | undefined) => [...(plans ?? [])].sort((a, b) => rank(a) - rank(b));

export default function PlansPage() {
  const session = useSession();
  const canEdit = mayEditPrograms(session.data?.user.role);
  const [params, setParam] = useUrlParams();
  const period: PlanPeriod = params.get("period") === "month" ? "month" : "quarter";
  const asked = params.get("startsOn");
  const startsOn = isPeriodStart(period, asked) ? asked : periodStart(period, new Date());
  const plans = usePlans(period, startsOn);
  const programs = usePrograms();
  const [editing, setEditing] = useState<Plan | "new" | null>(null);

  const choices = periodChoices(period, new Date());
  if (!choices.some((c) => c.value === startsOn))
    choices.unshift({ value: startsOn, label: periodLabel(period, startsOn) });
  const programName = (id: string) => programs.data?.find((p) => p.id === id)?.name;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Plans</Title>
          <Text c="dimmed" size="sm">
            Where marketing is against its plan, where it will land at this pace, and whether the plan brings
            the leads the sales quotas need.
          </Text>
        </div>
        {canEdit && (
          <Button onClick={() => setEditing("new")} data-testid="plan-new">
            New plan
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <SegmentedControl
          value={period}
          onChange={(value) => {
            setParam("period", value);
            setParam("startsOn", null);
          }}
          data={[
            { value: "month", label: "Month" },
            { value: "quarter", label: "Quarter" },
          ]}
          data-testid="plan-period"
        />
        <NativeSelect
          aria-label="Period"
          data={choices}
          value={startsOn}
          onChange={(event) => setParam("startsOn", event.currentTarget.value)}
          data-testid="plan-start"
        />
      </Group>
      <ReverseFunnelPanel period={period} startsOn={startsOn} />
      <Group gap="sm" align="baseline">
        <Title order={3}>Plans for {periodLabel(period, startsOn)}</Title>
        <Anchor
          href={buildUrl("/plans", { period, startsOn, format: "csv" })}
          download
          size="sm"
          data-testid="plans-csv"
        >
          Download CSV
        </Anchor>
      </Group>
      {plans.error && <ErrorAlert error={plans.error} title="Could not load the plans" />}
      {plans.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {plans.data?.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="plans-empty">
          No plan for this period{canEdit ? " yet: “New plan” sets one." : "."}
        </Text>
      )}
      {sortedPlans(plans.data).map((plan) => (
        <PlanCard
          key={plan.id}
          plan={plan}
          scope={scopeLabel(plan, programName)}
          canEdit={canEdit}
          onEdit={() => setEditing(plan)}
        />
      ))}
      {plans.data?.[0] && (
        <Definitions
          definitions={plans.data[0].definitions}
          title="What the plan's figures mean"
          testId="plan"
        />
      )}
      <ReverseFunnelDefinitions period={period} startsOn={startsOn} />
      <PlanFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        period={period}
        startsOn={startsOn}
        plan={editing === "new" || editing === null ? undefined : editing}
      />
    </Stack>
  );
}
