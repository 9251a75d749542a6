// The lead board: cold / warm / hot columns of contacts under shared filters.

import { Alert, SimpleGrid } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { TEMPERATURES } from "../../shared/temperatures.ts";
import { BoardFiltersBar } from "./BoardFiltersBar.tsx";
import { useBoardFilters } from "./board-filters.ts";
import { useTemperatureCounts } from "./board-queries.ts";
import { TemperatureColumn } from "./TemperatureColumn.tsx";

export default function BoardPage() {
  const [filters, setFilters] = useBoardFilters();
  const counts = useTemperatureCounts(filters);

  return (
    <>
      <BoardFiltersBar filters={filters} onChange={setFilters} />
      {filters.at && (
        <Alert color="blue" variant="light" mb="sm" data-testid="board-as-of-note">
          As of {formatDateTime(filters.at)}: each contact's temperature and engagement, and so its column,
          are as they were then. The rest is today's: which contacts are listed (including those added since),
          their stage, owner, company, source, touch count and when they cool.
        </Alert>
      )}
      {counts.error && <ErrorAlert error={counts.error} title="Could not load counts" />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {TEMPERATURES.map((temperature) => (
          <TemperatureColumn
            key={temperature}
            temperature={temperature}
            filters={filters}
            count={counts.data?.[temperature]}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
