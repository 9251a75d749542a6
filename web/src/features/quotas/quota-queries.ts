// Quotas: the leaderboard of a period and setting a rep's target (admins).

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Item, Schema } from "../../api/contract.ts";

export type QuotaBody = Schema<"QuotaInput">;
export type QuotaPeriod = QuotaBody["period"];
export type LeaderboardRow = Item<"getQuotaLeaderboard">;

export function useLeaderboard(period: QuotaPeriod, startsOn: string) {
  return useQuery({
    queryKey: ["quotas", "leaderboard", { period, startsOn }],
    queryFn: ({ signal }) =>
      api.get<{ data: LeaderboardRow[] }>("/quotas/leaderboard", { period, startsOn }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSetQuota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuotaBody) => api.put<QuotaBody & { id: string }>("/quotas", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["quotas"] }),
  });
}

/** "YYYY-MM-01" of the period containing `date` (local calendar). */
export function periodStart(period: QuotaPeriod, date: Date): string {
  const month = period === "month" ? date.getMonth() : date.getMonth() - (date.getMonth() % 3);
  return `${date.getFullYear()}-${String(month + 1).padStart(2, "0")}-01`;
}

const monthLabel = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

export function periodLabel(period: QuotaPeriod, startsOn: string): string {
  const [y, m] = startsOn.split("-").map(Number) as [number, number];
  return period === "month"
    ? monthLabel.format(new Date(Date.UTC(y, m - 1, 1)))
    : `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}

/** Periods around `today` to pick from: a year back and a few ahead, newest first. */
export function periodChoices(period: QuotaPeriod, today: Date): { value: string; label: string }[] {
  const step = period === "month" ? 1 : 3;
  const [back, ahead] = period === "month" ? [12, 3] : [6, 2];
  const [y, m] = periodStart(period, today).split("-").map(Number) as [number, number];
  const choices: { value: string; label: string }[] = [];
  for (let i = ahead; i >= -back; i--) {
    const d = new Date(Date.UTC(y, m - 1 + i * step, 1));
    const value = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-01`;
    choices.push({ value, label: periodLabel(period, value) });
  }
  return choices;
}

/** Digits after the decimal point in a currency's major unit (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}
