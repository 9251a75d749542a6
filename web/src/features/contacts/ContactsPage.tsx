// /contacts: every contact, searched, filtered and ordered on the server (the list may hold a
// million), a page at a time; staff select rows to assign an owner or enrol them in a sequence,
// and create contacts.

import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { BulkActions } from "./BulkActions.tsx";
import { ContactFormModal } from "./ContactFormModal.tsx";
import { ContactsFilterBar } from "./ContactsFilterBar.tsx";
import { ContactsTable } from "./ContactsTable.tsx";
import { hasFilters, listQuery, useContactListState } from "./contacts-filters.ts";
import { useContactList } from "./contacts-queries.ts";

export default function ContactsPage() {
  const role = useSession().data?.user.role;
  const staff = role === "admin" || role === "marketing" || role === "sales";
  const navigate = useNavigate();
  const [state, setParam] = useContactListState();
  const query = listQuery(state);
  const list = useContactList(query);
  const [creating, setCreating] = useState(false);
  // The selection belongs to one list: a new search or filter starts it afresh.
  const [selection, setSelection] = useState<{ key: string; ids: Set<string> }>({ key: "", ids: new Set() });
  const key = JSON.stringify(query);
  const selected = selection.key === key ? selection.ids : new Set<string>();

  const contacts = list.data?.pages.flatMap((p) => p.data) ?? [];
  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) on ? next.add(id) : next.delete(id);
    setSelection({ key, ids: next });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Contacts</Title>
        {staff && (
          <Button onClick={() => setCreating(true)} data-testid="contact-new">
            New contact
          </Button>
        )}
      </Group>
      <ContactsFilterBar state={state} onChange={setParam} staff={staff} />
      {staff && selected.size > 0 && (
        <BulkActions
          contacts={contacts.filter((c) => selected.has(c.id))}
          onClear={() => setSelection({ key, ids: new Set() })}
        />
      )}
      {list.error && <ErrorAlert error={list.error} title="Could not load the contacts" />}
      {list.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {list.data && (
        <Paper withBorder radius="md">
          {contacts.length === 0 ? (
            <Text c="dimmed" size="sm" p="md" data-testid="contacts-empty">
              {hasFilters(state)
                ? "No contact matches this search and these filters."
                : staff
                  ? "No contacts yet. Create one here, import a list with the command line, or let the website's forms bring them in."
                  : "No contacts yet."}
            </Text>
          ) : (
            <ContactsTable
              contacts={contacts}
              selected={selected}
              selectable={staff}
              onSelect={select}
              sort={state.sort}
              onSort={(sort) => setParam("sort", sort)}
            />
          )}
        </Paper>
      )}
      {list.data && contacts.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="contacts-shown">
            {contacts.length.toLocaleString("en-US")} shown{list.hasNextPage ? "; more below" : ""}
          </Text>
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              data-testid="contacts-load-more"
            >
              Load more
            </Button>
          )}
        </Group>
      )}
      <ContactFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => navigate(`/contacts/${encodeURIComponent(saved.id)}`)}
      />
    </Stack>
  );
}
