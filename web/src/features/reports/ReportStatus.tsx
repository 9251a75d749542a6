// While a report loads or when it failed: a loader or the error, in the same place on every page.

import { Center, Loader } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";

export function ReportStatus({
  query,
  waiting,
  title,
}: {
  query: { error: Error | null; isPending: boolean };
  /** False while the period is wrong: nothing is asked, so nothing is awaited. */
  waiting: boolean;
  title: string;
}) {
  if (query.error) return <ErrorAlert error={query.error} title={title} />;
  if (query.isPending && waiting)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return null;
}
