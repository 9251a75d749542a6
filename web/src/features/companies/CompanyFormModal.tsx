// Create or edit a company: name, web domain, industry, size, country. The server's refusals land
// under the field they name, in the form's words; a clash can only be the domain.

import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { type Company, type CompanyBody, useSaveCompany } from "./company-queries.ts";

const FIELDS = ["name", "domain", "industry", "size", "country"] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Record<Field, string> = {
  name: "Name",
  domain: "Web domain",
  industry: "Industry",
  size: "Size",
  country: "Country",
};

/** The server's refusal placed under its field, or null when it names none. */
export function companyFieldErrors(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof ApiError)) return {};
  if (error.code === "conflict") return { domain: "Another company already has this domain" };
  const issues = ((error.details ?? {}) as { issues?: { path?: string; message?: string }[] }).issues ?? [];
  const out: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = FIELDS.find((f) => f === issue.path);
    if (field && issue.message) out[field] ??= `${LABELS[field]} ${issue.message}`;
  }
  return out;
}

export function CompanyFormModal({
  opened,
  company,
  onClose,
  onSaved,
}: {
  opened: boolean;
  /** The company to edit; a new one when absent. */
  company?: Company;
  onClose: () => void;
  onSaved?: (saved: Company) => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={company ? `Edit ${company.name}` : "New company"}
      centered
    >
      {opened && <CompanyForm company={company} onDone={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function CompanyForm({
  company,
  onDone,
  onSaved,
}: {
  company?: Company;
  onDone: () => void;
  onSaved?: (saved: Company) => void;
}) {
  const save = useSaveCompany();
  const [values, setValues] = useState<Record<Field, string>>(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f, (company?.[f] as string | null | undefined) ?? ""])) as Record<
        Field,
        string
      >,
  );
  const errors = companyFieldErrors(save.error);
  const nameMissing = values.name.trim() === "";
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (nameMissing) return;
    const body: CompanyBody = {
      name: values.name.trim(),
      domain: values.domain.trim() || null,
      industry: values.industry.trim() || null,
      size: values.size.trim() || null,
      country: values.country.trim() || null,
    };
    save.mutate(
      { id: company?.id ?? null, body },
      {
        onSuccess: (saved) => {
          onSaved?.(saved);
          onDone();
        },
      },
    );
  };
  const placed = Object.keys(errors).length > 0;
  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit} data-testid="company-form">
      {save.error && !placed && <ErrorAlert error={save.error} title="The company was not saved" />}
      {FIELDS.map((field) => (
        <TextInput
          key={field}
          label={LABELS[field]}
          required={field === "name"}
          placeholder={field === "domain" ? "example.com" : undefined}
          maxLength={field === "size" ? 50 : field === "country" ? 100 : 200}
          value={values[field]}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setValues((v) => ({ ...v, [field]: next }));
          }}
          error={errors[field]}
          data-testid={`company-${field}`}
        />
      ))}
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending} disabled={nameMissing} data-testid="company-save">
          {company ? "Save" : "Create company"}
        </Button>
      </Group>
    </Stack>
  );
}
