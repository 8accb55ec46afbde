// Inline SVG charts for the printed posture report. Every value is printed as text next to its mark, so
// nothing depends on colour; the SVGs carry role="img" and an aria-label summarising them.
import { escapeHtml as esc } from "./escape-html";

export type LinePoint = { day: string; value: number | null };
export type Bar = { label: string; value: number | null; note?: string };

const W = 680;
const H = 250;
const M = { left: 48, right: 20, top: 22, bottom: 48 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const MAX_POINT_LABELS = 10;
const MAX_X_LABELS = 6;

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Indexes spread evenly over 0..n-1, always including the first and the last. */
function spread(n: number, max: number): Set<number> {
  const picked = new Set<number>();
  if (n === 0) return picked;
  const step = Math.max(1, Math.ceil((n - 1) / Math.max(1, max - 1)));
  for (let i = 0; i < n; i += step) picked.add(i);
  picked.add(n - 1);
  return picked;
}

/** A 0-100 line over days with labelled axes, gaps where a day has no value, and value labels on some points. */
export function lineChart({ points, title, yTitle, unit = "" }: { points: readonly LinePoint[]; title: string; yTitle: string; unit?: string }): string {
  if (points.length === 0) return `<p class="empty">No daily snapshots yet.</p>`;
  const first = dayMs(points[0]!.day);
  const span = Math.max(1, dayMs(points[points.length - 1]!.day) - first);
  const x = (day: string) => (points.length === 1 ? M.left + PLOT_W / 2 : M.left + ((dayMs(day) - first) / span) * PLOT_W);
  const y = (v: number) => M.top + PLOT_H - (Math.min(100, Math.max(0, v)) / 100) * PLOT_H;

  const grid = [0, 25, 50, 75, 100]
    .map((t) => `<line class="grid" x1="${M.left}" x2="${M.left + PLOT_W}" y1="${y(t)}" y2="${y(t)}"/><text class="tick" x="${M.left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`)
    .join("");
  // The outermost dates are anchored inwards so they stay inside the chart.
  const anchor = (i: number) => (points.length === 1 ? "middle" : i === 0 ? "start" : i === points.length - 1 ? "end" : "middle");
  const xLabels = [...spread(points.length, MAX_X_LABELS)]
    .map((i) => `<text class="tick" x="${x(points[i]!.day)}" y="${M.top + PLOT_H + 16}" text-anchor="${anchor(i)}">${esc(points[i]!.day)}</text>`)
    .join("");

  const segments: string[][] = [[]];
  for (const p of points) {
    if (p.value === null) segments.push([]);
    else segments[segments.length - 1]!.push(`${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`);
  }
  const lines = segments.filter((s) => s.length > 1).map((s) => `<polyline class="line" points="${s.join(" ")}"/>`).join("");
  const labelled = spread(points.length, MAX_POINT_LABELS);
  const marks = points
    .map((p, i) => {
      if (p.value === null) return "";
      const dot = `<circle class="dot" cx="${x(p.day).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5"/>`;
      const label = labelled.has(i) ? `<text class="point" x="${x(p.day).toFixed(1)}" y="${(y(p.value) - 7).toFixed(1)}" text-anchor="middle">${fmt(p.value)}${esc(unit)}</text>` : "";
      return dot + label;
    })
    .join("");
  const last = [...points].reverse().find((p) => p.value !== null);
  const summary = `${title}: ${points.length} days from ${points[0]!.day} to ${points[points.length - 1]!.day}${last ? `, latest ${fmt(last.value!)}${unit} on ${last.day}` : ", no values"}`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(summary)}" xmlns="http://www.w3.org/2000/svg">
<title>${esc(summary)}</title>${grid}
<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + PLOT_H}"/><line class="axis" x1="${M.left}" x2="${M.left + PLOT_W}" y1="${M.top + PLOT_H}" y2="${M.top + PLOT_H}"/>
${xLabels}<text class="axis-title" x="${M.left + PLOT_W / 2}" y="${H - 8}" text-anchor="middle">Day (UTC)</text>
<text class="axis-title" transform="translate(13 ${M.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${esc(yTitle)}</text>
${lines}${marks}</svg>`;
}

const ROW_H = 24;
const LABEL_W = 220;
const BAR_W = 340;

/** Horizontal bars with the label on the left and the value printed after the bar ("n/a" when there is none). */
export function barChart({ bars, title, max, unit = "" }: { bars: readonly Bar[]; title: string; max?: number; unit?: string }): string {
  if (bars.length === 0) return `<p class="empty">Nothing to show.</p>`;
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((b) => b.value ?? 0)));
  const height = bars.length * ROW_H + 8;
  const rows = bars
    .map((b, i) => {
      const cy = 4 + i * ROW_H;
      const w = b.value === null ? 0 : Math.max(b.value > 0 ? 1 : 0, (Math.min(b.value, top) / top) * BAR_W);
      const value = b.value === null ? "n/a" : `${fmt(b.value)}${unit}`;
      const note = b.note ? ` ${b.note}` : "";
      return `<text class="bar-label" x="${LABEL_W - 8}" y="${cy + 16}" text-anchor="end">${esc(b.label)}</text>
<rect class="bar-track" x="${LABEL_W}" y="${cy + 4}" width="${BAR_W}" height="${ROW_H - 8}"/><rect class="bar" x="${LABEL_W}" y="${cy + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}"/>
<text class="bar-value" x="${(LABEL_W + w + 6).toFixed(1)}" y="${cy + 16}">${esc(value + note)}</text>`;
    })
    .join("");
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value === null ? "n/a" : fmt(b.value) + unit}`).join(", ")}`;
  return `<svg class="chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${esc(summary)}" xmlns="http://www.w3.org/2000/svg">
<title>${esc(summary)}</title>${rows}</svg>`;
}
