// Dates stay `YYYY-MM-DD` strings end to end: the sources give days, not instants, so a Date object
// would invent a time of day and shift across time zones. ISO day strings also sort as text. Each
// locale writes them in words through its translator (src/lib/i18n/translator.ts).

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
