// /companies: every company with its domain, industry, size and country, searchable by name or
// domain, and a form to add one.

import { Anchor, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { RecordTable } from "../../shared/RecordTable.tsx";
import { useUrlParams } from "../../shared/url-params.ts";
import { useSession } from "../auth/session.ts";
import { useCompanies } from "../contacts/contacts-queries.ts";
import { CompanyFormModal } from "./CompanyFormModal.tsx";

export default function CompaniesPage() {
  const role = useSession().data?.user.role;
  const staff = role === "admin" || role === "marketing" || role === "sales";
  const companies = useCompanies(staff);
  const [params, setParam] = useUrlParams();
  const q = params.get("q") ?? "";
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const needle = q.trim().toLowerCase();
  const shown = (companies.data ?? []).filter(
    (c) => !needle || c.name.toLowerCase().includes(needle) || (c.domain ?? "").includes(needle),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Companies</Title>
        <Button onClick={() => setCreating(true)} data-testid="company-new">
          New company
        </Button>
      </Group>
      <TextInput
        placeholder="Search by name or domain"
        value={q}
        onChange={(event) => setParam("q", event.currentTarget.value || null)}
        maw={360}
        data-testid="companies-search"
      />
      {companies.error && <ErrorAlert error={companies.error} title="Could not load the companies" />}
      {companies.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {companies.data && (
        <Paper withBorder radius="md">
          {shown.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="companies-empty">
              {needle ? "No company matches this search." : "No companies yet."}
            </Text>
          ) : (
            <RecordTable
              minWidth={800}
              verticalSpacing={8}
              highlightOnHover
              data-testid="companies-table"
              rows={shown}
              rowProps={(c) => ({ "data-testid": "company-row", "data-company-id": c.id })}
              columns={[
                {
                  header: "Name",
                  cell: (c) => (
                    <Anchor component={Link} to={`/companies/${c.id}`} fw={600} size="sm">
                      {c.name}
                    </Anchor>
                  ),
                },
                { header: "Domain", cell: (c) => c.domain ?? "—" },
                { header: "Industry", cell: (c) => c.industry ?? "—" },
                { header: "Size", cell: (c) => c.size ?? "—" },
                { header: "Country", cell: (c) => c.country ?? "—" },
              ]}
            />
          )}
        </Paper>
      )}
      <CompanyFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => navigate(`/companies/${saved.id}`)}
      />
    </Stack>
  );
}
