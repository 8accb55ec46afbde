/** Fills the days without events so the chart shows a continuous range (oldest first). */
export function dailySeries(counts: { day: string; count: number }[], days: number, today = new Date()): { day: string; count: number }[] {
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  const out: { day: string; count: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
    const key = d.toISOString().slice(0, 10);
    out.push({ day: key, count: byDay.get(key) ?? 0 });
  }
  return out;
}
