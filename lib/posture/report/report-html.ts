// The posture report as one self-contained HTML document (inline CSS and SVG, no scripts, nothing fetched),
// printed to PDF by render-pdf.ts. App names, control evidence and the org name are user input: every
// interpolated value goes through escapeHtml.
import type { TPostureSummary, TPostureTrend } from "../schemas";
import { CONTROL_SEVERITIES, FAMILIES, type FamilyId } from "../types";
import { escapeHtml as esc } from "./escape-html";
import { barChart, lineChart } from "./report-charts";
import { REPORT_CSS } from "./report-css";

export type PostureReportInput = { orgName: string; generatedAt: Date; summary: TPostureSummary; trend: TPostureTrend; catalogVersion: string };

const STATUS_LABELS = { PASS: "Passing", FAIL: "Failing", NEEDS_ATTESTATION: "Needs attestation", NOT_APPLICABLE: "Not applicable" } as const;
const score = (s: number | null) => (s === null ? "n/a" : (Math.round(s * 10) / 10).toString());
const stamp = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const capital = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, " ");

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set()): string {
  const cls = (i: number) => (numeric.has(i) ? ` class="num"` : "");
  const th = head.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join("");
  const trs = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function cover({ orgName, generatedAt, summary, catalogVersion }: PostureReportInput): string {
  const facts: [string, string][] = [
    ["Organization", orgName],
    ["Report generated", stamp(generatedAt)],
    ["Scores computed", summary.generatedAt ? stamp(new Date(summary.generatedAt)) : "not yet"],
    ["Applications", String(summary.apps.length)],
    ["Controls", String(summary.controls)],
    ["Control catalog version", catalogVersion],
    ...Object.entries(STATUS_LABELS).map(([k, label]): [string, string] => [`Results: ${label.toLowerCase()}`, String(summary.statusCounts[k as keyof typeof STATUS_LABELS])]),
  ];
  return `<section class="cover">
<h1>LLM security posture report</h1>
<p class="muted">${esc(orgName)} · ${esc(stamp(generatedAt))}</p>
<p class="score">${esc(score(summary.orgScore))}<small>${summary.orgScore === null ? " no applicable controls yet" : " / 100 organization score"}</small></p>
<table class="facts"><tbody>${facts.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join("")}</tbody></table>
</section>`;
}

const formula = (summary: TPostureSummary) => `<section class="keep">
<h2>How the score is computed</h2>
<ol class="formula">${summary.formula.map((line) => `<li>${esc(line)}</li>`).join("")}</ol>
</section>`;

function trendSection(trend: TPostureTrend): string {
  const points = trend.points.map((p) => ({ day: p.day, value: p.orgScore }));
  const scored = points.filter((p) => p.value !== null);
  const change = scored.length >= 2 ? scored[scored.length - 1]!.value! - scored[0]!.value! : null;
  const text = change === null ? "" : `<p>From ${esc(score(scored[0]!.value))} on ${esc(scored[0]!.day)} to ${esc(score(scored[scored.length - 1]!.value))} on ${esc(scored[scored.length - 1]!.day)} (${change >= 0 ? "+" : ""}${esc(score(change))} points).</p>`;
  return `<section>
<h2>Organization score over time</h2>
${text}${lineChart({ points, title: "Organization score", yTitle: "Score (0-100)" })}
</section>`;
}

function familiesSection(summary: TPostureSummary): string {
  const bars = (Object.keys(FAMILIES) as FamilyId[]).map((id) => ({ label: FAMILIES[id], value: summary.families[id] ?? null }));
  return `<section>
<h2>Scores by control family</h2>
<p class="note">Score out of 100 for each family's controls across all apps; "n/a" when no control of the family applies.</p>
${barChart({ bars, title: "Family scores", max: 100 })}
</section>`;
}

function appsSection(summary: TPostureSummary): string {
  if (summary.apps.length === 0) return `<section><h2>Applications</h2><p class="empty">No applications yet.</p></section>`;
  const apps = [...summary.apps].sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) || a.name.localeCompare(b.name));
  const rows = apps.map((a) => [a.name, capital(a.criticality), capital(a.lifecycle), score(a.score), String(a.failing.length), String(a.needsAttestation)]);
  return `<section>
<h2>Applications</h2>
<p class="note">${apps.length} applications, lowest score first.</p>
${table(["Application", "Criticality", "Lifecycle", "Score", "Failing controls", "Needs attestation"], rows, new Set([3, 4, 5]))}
</section>`;
}

function topFailingSection(summary: TPostureSummary): string {
  const body = summary.topFailing.length === 0
    ? `<p class="empty">No failing controls.</p>`
    : table(["Control", "Title", "Severity", "Apps failing"], summary.topFailing.map((c) => [c.controlId, c.title, capital(c.severity), String(c.apps)]), new Set([3]));
  return `<section>
<h2>Top failing controls</h2>
${body}
</section>`;
}

function findingsSection(trend: TPostureTrend): string {
  const latest = trend.points[trend.points.length - 1];
  if (!latest) return `<section><h2>Findings by severity and SLA compliance</h2><p class="empty">No daily snapshots yet.</p></section>`;
  const severities = [...CONTROL_SEVERITIES, ...Object.keys(latest.activeFindings).filter((s) => !(CONTROL_SEVERITIES as readonly string[]).includes(s))];
  const counts = severities.map((s) => ({ label: capital(s), value: latest.activeFindings[s] ?? 0 }));
  const total = counts.reduce((sum, c) => sum + c.value, 0);
  const sla = latest.slaCompliance === null ? "n/a (no active findings)" : `${score(latest.slaCompliance)}%`;
  const slaPoints = trend.points.map((p) => ({ day: p.day, value: p.slaCompliance }));
  return `<section>
<h2>Findings by severity and SLA compliance</h2>
<p>On ${esc(latest.day)}: ${total} active findings, ${latest.overdueFindings} past their SLA due date; SLA compliance ${esc(sla)}.</p>
${barChart({ bars: counts, title: "Active findings by severity" })}
<h3>SLA compliance over time</h3>
<p class="note">Share of active findings still within their SLA on each day.</p>
${lineChart({ points: slaPoints, title: "SLA compliance", yTitle: "Within SLA (%)", unit: "%" })}
</section>`;
}

/** The complete report document: cover, formula, trend, families, apps, top failing controls, findings and SLA. */
export function renderPostureReportHtml(input: PostureReportInput): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`Posture report, ${input.orgName}, ${input.generatedAt.toISOString().slice(0, 10)}`)}</title>
<style>${REPORT_CSS}</style></head>
<body>
${cover(input)}
${formula(input.summary)}
${trendSection(input.trend)}
${familiesSection(input.summary)}
${appsSection(input.summary)}
${topFailingSection(input.summary)}
${findingsSection(input.trend)}
</body></html>
`;
}
