// Downloads: every app × control result as CSV, and the posture report as a PDF printed by headless Chromium.
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Ctx } from "@/lib/server/principal";
import { CATALOG_VERSION } from "../controls";
import { postureCsv } from "../report/posture-csv";
import { renderPdf } from "../report/render-pdf";
import { renderPostureReportHtml } from "../report/report-html";
import { getPostureSummary } from "./get-posture-summary";
import { getPostureTrend } from "./get-posture-trend";
import { listPostureResults } from "./list-posture-results";

const stamp = (d: Date) => d.toISOString().slice(0, 10);
const download = (name: string) => ({ "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" });

export async function exportPostureCsv(ctx: Ctx): Promise<Response> {
  const rows = await listPostureResults(ctx);
  await db.$transaction((tx) => writeAudit(tx, ctx, { action: "posture.exported", resourceType: "posture", summary: { format: "csv", rows: rows.length } }));
  return new Response(postureCsv(rows), { headers: { "content-type": "text/csv; charset=utf-8", ...download(`posture-${stamp(new Date())}.csv`) } });
}

export async function exportPosturePdf(ctx: Ctx): Promise<Response> {
  const now = new Date();
  const [summary, trend] = await Promise.all([getPostureSummary(ctx), getPostureTrend({ ctx, days: 90 })]);
  const html = renderPostureReportHtml({ orgName: ctx.principal.org?.name ?? "Organization", generatedAt: now, summary, trend, catalogVersion: CATALOG_VERSION });
  const pdf = await renderPdf(html);
  await db.$transaction((tx) => writeAudit(tx, ctx, { action: "posture.exported", resourceType: "posture", summary: { format: "pdf", apps: summary.apps.length } }));
  return new Response(Buffer.from(pdf), { headers: { "content-type": "application/pdf", ...download(`posture-report-${stamp(now)}.pdf`) } });
}
