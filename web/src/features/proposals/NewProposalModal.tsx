// Make a proposal or estimate from the deal's line items: its kind, title, last day to accept and
// terms. The server's refusals appear under the field they name.

import { Alert, Button, Group, Modal, SegmentedControl, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { DEFAULT_TERMS, DEFAULT_VALIDITY_DAYS } from "#domain/proposals";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { dayAfter } from "./proposal-format.ts";
import { type Proposal, type ProposalInput, useCreateProposal } from "./proposal-queries.ts";

type Field = "title" | "validUntil" | "terms";
const API_FIELDS: Record<string, Field> = { title: "title", validUntil: "validUntil", terms: "terms" };

export function NewProposalModal(props: {
  opened: boolean;
  onClose: () => void;
  dealId: string;
  dealName: string;
  onCreated: (proposal: Proposal) => void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="New proposal or estimate" size="lg" centered>
      {props.opened && <ProposalForm {...props} />}
    </Modal>
  );
}

function ProposalForm({
  onClose,
  dealId,
  dealName,
  onCreated,
}: {
  onClose: () => void;
  dealId: string;
  dealName: string;
  onCreated: (proposal: Proposal) => void;
}) {
  const [kind, setKind] = useState<ProposalInput["kind"]>("proposal");
  const [title, setTitle] = useState(dealName);
  const [validUntil, setValidUntil] = useState(dayAfter(new Date(), DEFAULT_VALIDITY_DAYS));
  const [terms, setTerms] = useState(DEFAULT_TERMS);
  const create = useCreateProposal(dealId);
  const errors = create.error ? fieldErrorsFrom(create.error, API_FIELDS) : { fields: {}, rest: null };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { kind, title: title.trim() || undefined, validUntil: validUntil || undefined, terms: terms.trim() },
      {
        onSuccess: (proposal) => {
          onCreated(proposal);
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="proposal-form">
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as ProposalInput["kind"])}
          data={[
            { value: "proposal", label: "Proposal" },
            { value: "estimate", label: "Estimate" },
          ]}
          data-testid="proposal-kind"
        />
        <TextInput
          label="Title"
          description="The heading the prospect reads"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={200}
          error={errors.fields.title}
          data-testid="proposal-title"
        />
        <TextInput
          type="date"
          label="Valid until"
          description="The last day the prospect may accept, in the workspace's time zone"
          value={validUntil}
          onChange={(e) => setValidUntil(e.currentTarget.value)}
          error={errors.fields.validUntil}
          data-testid="proposal-valid-until"
        />
        <Textarea
          label="Terms"
          value={terms}
          onChange={(e) => setTerms(e.currentTarget.value)}
          maxLength={5000}
          autosize
          minRows={3}
          error={errors.fields.terms}
          data-testid="proposal-terms"
        />
        {errors.rest && (
          <Alert color="red" role="alert">
            {errors.rest}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="proposal-create">
            Make draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
