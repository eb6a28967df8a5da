// A calendar day as the interface and SQL take it: YYYY-MM-DD, a real date, years 1900–2100. Typed
// values (a year of 20235) and links (2023-02-31) that are not one are refused here.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(text: string): string | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last ? text : null;
}

/** The day `days` before or after a valid day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
