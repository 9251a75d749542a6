// One competitor's battlecard in a drawer: a form for admins and marketing (who own battlecards),
// the same texts read-only for everyone else.

import { Anchor, Button, Drawer, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useDeleteCompetitor, useSaveCompetitor } from "./competition-queries.ts";

type Battlecard = Schema<"Battlecard">;
type CompetitorInput = Schema<"CompetitorInput">;

/** Only http(s) addresses become links (the server refuses others too; this is belt and braces). */
export function safeWebsite(website: string | null): string | null {
  return website && /^https?:\/\//i.test(website) ? website : null;
}

interface BattlecardDrawerProps {
  /** The competitor to show or edit; null opens an empty form for a new one. */
  competitor: Battlecard | null;
  canEdit: boolean;
  onClose: () => void;
}

export function BattlecardDrawer({ competitor, canEdit, onClose }: BattlecardDrawerProps) {
  const title = competitor ? competitor.name : "New competitor";
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={<Title order={4}>{title}</Title>}>
      {canEdit ? (
        <BattlecardForm competitor={competitor} onDone={onClose} />
      ) : (
        competitor && <BattlecardText card={competitor} />
      )}
    </Drawer>
  );
}

const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());

function BattlecardForm({ competitor, onDone }: { competitor: Battlecard | null; onDone: () => void }) {
  const [form, setForm] = useState({
    name: competitor?.name ?? "",
    website: competitor?.website ?? "",
    positioning: competitor?.positioning ?? "",
    strengths: competitor?.strengths ?? "",
    weaknesses: competitor?.weaknesses ?? "",
  });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useSaveCompetitor();
  const remove = useDeleteCompetitor();
  const set = (field: keyof typeof form) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setForm((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: CompetitorInput = {
      name: form.name.trim(),
      website: blankToNull(form.website),
      positioning: blankToNull(form.positioning),
      strengths: blankToNull(form.strengths),
      weaknesses: blankToNull(form.weaknesses),
    };
    save.mutate(
      { id: competitor?.id ?? null, input },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `Saved the battlecard for “${saved.name}”` });
          onDone();
        },
      },
    );
  };

  const onDelete = () => {
    if (!competitor) return;
    remove.mutate(competitor.id, { onSuccess: onDone });
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {save.error && <ErrorAlert error={save.error} title="Could not save the battlecard" />}
      {remove.error && <ErrorAlert error={remove.error} title="Could not delete the competitor" />}
      <TextInput
        label="Name"
        required
        maxLength={200}
        value={form.name}
        onChange={set("name")}
        data-testid="battlecard-name"
        data-autofocus
      />
      <TextInput
        label="Website"
        placeholder="https://…"
        maxLength={2000}
        value={form.website}
        onChange={set("website")}
        data-testid="battlecard-website"
      />
      <Textarea
        label="Positioning"
        description="How they present themselves, and how we position against them"
        autosize
        minRows={2}
        maxLength={5000}
        value={form.positioning}
        onChange={set("positioning")}
        data-testid="battlecard-positioning"
      />
      <Textarea
        label="Strengths"
        autosize
        minRows={2}
        maxLength={5000}
        value={form.strengths}
        onChange={set("strengths")}
        data-testid="battlecard-strengths"
      />
      <Textarea
        label="Weaknesses"
        description="Where we win against them"
        autosize
        minRows={2}
        maxLength={5000}
        value={form.weaknesses}
        onChange={set("weaknesses")}
        data-testid="battlecard-weaknesses"
      />
      <Group justify="space-between" mt="xs">
        {competitor ? (
          confirmDelete ? (
            <Group gap="xs">
              <Button
                color="red"
                loading={remove.isPending}
                onClick={onDelete}
                data-testid="battlecard-delete-confirm"
              >
                Delete, and take it off its deals
              </Button>
              <Button variant="default" onClick={() => setConfirmDelete(false)}>
                Keep
              </Button>
            </Group>
          ) : (
            <Button
              variant="subtle"
              color="red"
              onClick={() => setConfirmDelete(true)}
              data-testid="battlecard-delete"
            >
              Delete
            </Button>
          )
        ) : (
          <span />
        )}
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!form.name.trim()}
            data-testid="battlecard-save"
          >
            Save
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** The battlecard's texts, rendered as text (line breaks kept), never as HTML. */
export function BattlecardText({ card }: { card: Battlecard }) {
  const website = safeWebsite(card.website);
  return (
    <Stack gap="sm" data-testid="battlecard-text">
      {website && (
        <Anchor href={website} target="_blank" rel="noopener noreferrer nofollow" size="sm">
          {website}
        </Anchor>
      )}
      <Section label="Positioning" text={card.positioning} testId="battlecard-text-positioning" />
      <Section label="Strengths" text={card.strengths} testId="battlecard-text-strengths" />
      <Section label="Weaknesses" text={card.weaknesses} testId="battlecard-text-weaknesses" />
    </Stack>
  );
}

function Section({ label, text, testId }: { label: string; text: string | null; testId: string }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={text ? undefined : "dimmed"} data-testid={testId}>
        {text ?? "Not written yet"}
      </Text>
    </div>
  );
}
