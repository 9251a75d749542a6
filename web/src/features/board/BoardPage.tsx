// The lead board: cold / warm / hot columns of contacts under shared filters.

import { SimpleGrid } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
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
