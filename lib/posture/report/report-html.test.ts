import { describe, expect, it } from "vitest";
import { ZPostureSummary, ZPostureTrend } from "../schemas";
import { renderPostureReportHtml, type PostureReportInput } from "./report-html";
import { reportSummary, reportTrend } from "./report-test-data";

const HOSTILE = `<img src=x onerror=alert(1)>`;
const SECTIONS = [
  "How the score is computed", "Organization score over time", "Scores by control family", "Applications", "Top failing controls", "Findings by severity and SLA compliance",
];

const input = (over: Partial<PostureReportInput> = {}): PostureReportInput => ({
  orgName: "Acme", generatedAt: new Date("2026-03-01T09:30:00Z"), summary: reportSummary(), trend: reportTrend(), catalogVersion: "2026.1", ...over,
});
const h2s = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);

describe("renderPostureReportHtml", () => {
  it("uses inputs the API schemas accept", () => {
    expect(() => ZPostureSummary.parse(reportSummary({ apps: 60 }))).not.toThrow();
    expect(() => ZPostureTrend.parse(reportTrend(90))).not.toThrow();
  });

  it("is a complete document with every section in order and the cover facts", () => {
    const html = renderPostureReportHtml(input());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(h2s(html)).toEqual(SECTIONS);
    expect(html).toContain(`<p class="score">64.3<small> / 100 organization score</small></p>`);
    for (const fact of ["<th>Applications</th><td>3</td>", "<th>Controls</th><td>32</td>", "<th>Control catalog version</th><td>2026.1</td>", "2026-03-01 09:30 UTC"]) expect(html).toContain(fact);
    expect(html).toContain("<li>App score = 100 × Σ(passᵢ × wᵢ) / Σ wᵢ");
  });

  it("escapes user input everywhere it appears: app names, org name, control titles", () => {
    const summary = reportSummary({ apps: 2, appName: (i) => (i === 0 ? HOSTILE : `=HYPERLINK("http://evil.example","x") & "quotes'`) });
    summary.topFailing = [{ controlId: "LSO-SEC-02", title: `</td></tr></table><script>alert(2)</script>`, severity: "HIGH", apps: 2 }];
    const html = renderPostureReportHtml(input({ orgName: `Acme "><svg onload=alert(3)>`, summary }));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) &amp; &quot;quotes&#39;");
    expect(html).toContain("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("Acme &quot;&gt;&lt;svg onload=alert(3)&gt;");
    expect(html).not.toMatch(/<img|<script|<svg onload/i);
  });

  it("fetches nothing: no scripts, links, sources or external URLs, and a CSP that forbids them", () => {
    const html = renderPostureReportHtml(input({ summary: reportSummary({ apps: 60 }), trend: reportTrend(90) }));
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(|@import/i);
    expect(new Set([...html.matchAll(/https?:\/\/[^\s"'<]+/g)].map((m) => m[0]))).toEqual(new Set(["http://www.w3.org/2000/svg"]));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it("draws the trend with labelled axes, a gap for a day without a score, and value labels on some points", () => {
    const html = renderPostureReportHtml(input({ trend: reportTrend(90) }));
    const chart = html.slice(html.indexOf("<h2>Organization score over time"), html.indexOf("<h2>Scores by control family"));
    expect(chart).toContain(">Day (UTC)</text>");
    expect(chart).toContain(">Score (0-100)</text>");
    for (const tick of [0, 25, 50, 75, 100]) expect(chart).toContain(`text-anchor="end">${tick}</text>`);
    expect(chart).toContain(">2025-12-02</text>");
    expect(chart).toContain(">2026-03-01</text>");
    expect(chart.match(/<polyline/g)).toHaveLength(2);
    const labels = [...chart.matchAll(/class="point"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThanOrEqual(11);
    expect(labels.at(-1)).toBe("65");
    expect(chart).toContain("From 40 on 2025-12-02 to 65 on 2026-03-01 (+25 points).");
  });

  it("prints every family's score next to its bar, n/a when nothing applies", () => {
    const html = renderPostureReportHtml(input());
    const section = html.slice(html.indexOf("<h2>Scores by control family"), html.indexOf("<h2>Applications"));
    for (const [label, value] of [["Identity and access", "80"], ["Secrets", "55.5"], ["Data protection", "n/a"], ["Logging and monitoring", "0"]]) {
      expect(section).toMatch(new RegExp(`>${label}</text>[\\s\\S]*?class="bar-value"[^>]*>${value}</text>`));
    }
  });

  it("lists apps lowest score first with their failing counts, and findings by severity with SLA compliance", () => {
    const html = renderPostureReportHtml(input({ summary: reportSummary({ apps: 4 }) }));
    const apps = html.slice(html.indexOf("<h2>Applications"), html.indexOf("<h2>Top failing"));
    expect([...apps.matchAll(/<tr><td>(App \d)<\/td>/g)].map((m) => m[1])).toEqual(["App 1", "App 4", "App 3", "App 2"]);
    expect(apps).toContain("<tr><td>App 4</td><td>Critical</td><td>Production</td><td class=\"num\">10</td><td class=\"num\">2</td><td class=\"num\">0</td></tr>");
    const findings = html.slice(html.indexOf("<h2>Findings by severity"));
    expect(findings).toContain("On 2026-03-01: 20 active findings, 3 past their SLA due date; SLA compliance 85%.");
    expect(findings).toMatch(/>High<\/text>[\s\S]*?class="bar-value"[^>]*>7<\/text>/);
    expect(findings).toContain(">Within SLA (%)</text>");
  });

  it("renders with no apps, no scores and no snapshots", () => {
    const html = renderPostureReportHtml(input({ summary: reportSummary({ apps: 0 }), trend: { points: [] } }));
    expect(h2s(html)).toEqual(SECTIONS);
    expect(html).toContain("n/a<small> no applicable controls yet</small>");
    expect(html).toContain("No applications yet.");
    expect(html).toContain("No failing controls.");
    expect(html.match(/No daily snapshots yet\./g)).toHaveLength(2);
  });
});
