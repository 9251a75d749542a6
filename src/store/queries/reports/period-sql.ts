// A report period's inclusive UTC days as the instants that bound them.
export const dayStart = (day: string) => `${day}T00:00:00.000Z`;
export const nextDayStart = (day: string) => new Date(Date.parse(dayStart(day)) + 86_400_000).toISOString();
