/** A calendar day (YYYY-MM-DD) as a local instant at noon: weekday and date come out right in every time zone. */
export function dayDate(day: string): Date {
  return new Date(`${day}T12:00:00`);
}
