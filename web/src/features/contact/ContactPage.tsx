// One contact: who they are, what happened (timeline) and why they are as hot as they are (score).

import { Alert, Anchor, Button, Center, Group, Loader, Stack } from "@mantine/core";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { AsOfInput } from "../../shared/AsOfInput.tsx";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { contactName, formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { ContactDetails } from "../contacts/ContactDetails.tsx";
import { ContactFormModal } from "../contacts/ContactFormModal.tsx";
import { ContactDeals } from "../deal/ContactDeals.tsx";
import { ContactEnrolments } from "../playbooks/ContactEnrolments.tsx";
import { ContactTasks } from "../tasks/ContactTasks.tsx";
import { ConsentPanel } from "./ConsentPanel.tsx";
import { ContactHeader } from "./ContactHeader.tsx";
import { type StageTransition, useContact, useScoreExplanation, useStageHistory } from "./contact-queries.ts";
import { EraseContactModal } from "./EraseContactModal.tsx";
import { LogTouchDialog } from "./LogTouchDialog.tsx";
import { ScoreExplanationPanel } from "./ScoreExplanationPanel.tsx";
import { StageActions } from "./StageActions.tsx";
import { StageHistoryPanel } from "./StageHistoryPanel.tsx";
import { TimelineTable } from "./TimelineTable.tsx";

export default function ContactPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const at = params.get("at") || null;
  const contact = useContact(id);
  const score = useScoreExplanation(id, at);
  const role = useSession().data?.user.role;
  const staff = role === "admin" || role === "marketing" || role === "sales";
  const [logging, setLogging] = useState(false);
  const history = useStageHistory(id);
  // "As of" an instant, the header's stage is the one the contact had then (its stage history).
  const stageAt = at ? stageAtInstant(history.data?.data ?? [], at) : null;
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);

  const setAt = (next: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set("at", next);
        else updated.delete("at");
        return updated;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Anchor component={Link} to="/board" size="sm">
          ← Back to the board
        </Anchor>
        <AsOfInput value={at} onChange={setAt} data-testid="contact-at" />
      </Group>
      {contact.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {contact.error && <ErrorAlert error={contact.error} title="Could not load the contact" />}
      {contact.data && (
        <>
          {at && <AsOfNote at={at} />}
          <ContactHeader
            contact={stageAt ? { ...contact.data, stage: stageAt } : contact.data}
            score={score.data}
            actions={
              staff && (
                <>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setLogging(true)}
                    data-testid="contact-log-touch"
                  >
                    Log a touch
                  </Button>
                  <StageActions contact={contact.data} />
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(true)}
                    data-testid="contact-edit"
                  >
                    Edit
                  </Button>
                  {role === "admin" && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setErasing(true)}
                      data-testid="contact-erase"
                    >
                      Erase personal data
                    </Button>
                  )}
                </>
              )
            }
          />
          <LogTouchDialog
            opened={logging}
            onClose={() => setLogging(false)}
            contactId={id}
            contactName={contactName(contact.data)}
          />
          <ContactFormModal opened={editing} onClose={() => setEditing(false)} contact={contact.data} />
          {role === "admin" && (
            <EraseContactModal
              opened={erasing}
              onClose={() => setErasing(false)}
              contact={{ id, email: contact.data.email, name: contactName(contact.data) }}
            />
          )}
          <ContactDetails contact={contact.data} canEdit={staff} />
          <ScoreExplanationPanel score={score.data} error={score.error} isFetching={score.isFetching} />
          <ContactDeals contactId={id} contactName={contactName(contact.data)} />
          <ContactTasks contactId={id} />
          <ContactEnrolments contactId={id} />
          {/* Consent is the staff's to read and record (a partner user's role is refused). */}
          {staff && <ConsentPanel contactId={id} email={contact.data.email} />}
          <StageHistoryPanel contactId={id} />
          <TimelineTable contactId={id} />
        </>
      )}
    </Stack>
  );
}

/** The stage the contact had at `at`: the last transition at or before it (null before its creation). */
export function stageAtInstant(
  transitions: readonly StageTransition[],
  at: string,
): StageTransition["to"] | null {
  const instant = Date.parse(at);
  let stage: StageTransition["to"] | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  for (const t of transitions) {
    const when = Date.parse(t.at);
    if (when <= instant && when >= latest) {
      latest = when;
      stage = t.to;
    }
  }
  return stage;
}

function AsOfNote({ at }: { at: string }) {
  return (
    <Alert color="blue" variant="light" data-testid="contact-as-of-note">
      As of {formatDateTime(at)}: the stage, engagement, temperature and score explanation are as they were
      then. Deals, tasks, sequences, consent, the timeline and the actions above are as they are now.
    </Alert>
  );
}
