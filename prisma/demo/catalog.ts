// Demo data catalog: sources, datasets of every classification, and links to the demo apps.
// Called from the demo seed inside its transaction; not wired into prisma/seed.ts here.
import type { DataStoreKind, DatasetAccess, Classification } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/server/db";

const GIB = 1024 ** 3;

// Each source binds to the first demo integration found under one of these names, if any.
const SOURCES = [
  { name: "Legal shared drive", kind: "google-drive", integrations: ["Google Workspace", "Google Drive"], description: "Shared drive of the legal team: contracts, NDAs, policies." },
  { name: "Engineering wiki", kind: "confluence", integrations: ["Atlassian Confluence", "Confluence", "Atlassian"], description: "Confluence space with design docs, runbooks and product documentation." },
  { name: "Customer DB", kind: "postgres", integrations: ["Customer DB service account", "Postgres"], description: "Production CRM database (customers, contacts, orders)." },
  { name: "Support transcripts bucket", kind: "s3", integrations: ["AWS production", "AWS"], description: "Chat and call transcripts exported nightly from the help desk." },
  { name: "Finance warehouse", kind: "snowflake", integrations: ["Snowflake", "Snowflake finance"], description: "Finance data warehouse: payroll, revenue, invoices." },
] as const;

type DemoDataset = {
  name: string; source: string | null; classification: Classification; categories: string[]; storeType: DataStoreKind;
  locationUri: string; owner: string; sizeGiB: number; retentionDays: number;
};

const DATASETS: DemoDataset[] = [
  { name: "Customer PII", source: "Customer DB", classification: "RESTRICTED", categories: ["EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "LOCATION"], storeType: "SQL", locationUri: "postgres://crm-db.internal:5432/crm/public.customers", owner: "data-platform@demo.local", sizeGiB: 18, retentionDays: 2555 },
  { name: "Support tickets", source: "Support transcripts bucket", classification: "CONFIDENTIAL", categories: ["CUSTOMER_CONTENT", "EMAIL_ADDRESS", "PERSON"], storeType: "BLOB", locationUri: "s3://demo-support-transcripts/tickets/", owner: "Support operations", sizeGiB: 240, retentionDays: 730 },
  { name: "Product docs", source: "Engineering wiki", classification: "PUBLIC", categories: [], storeType: "VECTOR", locationUri: "https://docs.demo.example/", owner: "Docs team", sizeGiB: 0.4, retentionDays: 3650 },
  { name: "Engineering wiki", source: "Engineering wiki", classification: "INTERNAL", categories: ["SOURCE_CODE"], storeType: "BLOB", locationUri: "https://demo.atlassian.net/wiki/spaces/ENG", owner: "Platform engineering", sizeGiB: 3, retentionDays: 1825 },
  { name: "Contracts", source: "Legal shared drive", classification: "RESTRICTED", categories: ["LEGAL", "PERSON", "FINANCIAL"], storeType: "BLOB", locationUri: "https://drive.google.com/drive/folders/demo-legal-contracts", owner: "legal@demo.local", sizeGiB: 12, retentionDays: 3650 },
  { name: "Payroll", source: "Finance warehouse", classification: "RESTRICTED", categories: ["FINANCIAL", "EMPLOYEE_RECORDS", "US_SSN", "IBAN_CODE", "PERSON"], storeType: "SQL", locationUri: "snowflake://demo.snowflakecomputing.com/FINANCE/PAYROLL", owner: "finance-systems@demo.local", sizeGiB: 2, retentionDays: 2555 },
  { name: "HR policies", source: "Legal shared drive", classification: "INTERNAL", categories: ["EMPLOYEE_RECORDS"], storeType: "BLOB", locationUri: "https://drive.google.com/drive/folders/demo-hr-policies", owner: "People team", sizeGiB: 0.2, retentionDays: 1825 },
  { name: "Revenue reports", source: "Finance warehouse", classification: "CONFIDENTIAL", categories: ["FINANCIAL"], storeType: "SQL", locationUri: "snowflake://demo.snowflakecomputing.com/FINANCE/REVENUE", owner: "finance-systems@demo.local", sizeGiB: 6, retentionDays: 2555 },
];

const LINKS: { app: string; dataset: string; access: DatasetAccess }[] = [
  { app: "Support Copilot", dataset: "Support tickets", access: "RAG_INDEX" },
  { app: "Support Copilot", dataset: "Customer PII", access: "TOOL" },
  { app: "Support Copilot", dataset: "Product docs", access: "RAG_INDEX" },
  { app: "Contract Analyzer", dataset: "Contracts", access: "RAG_INDEX" },
  { app: "Contract Analyzer", dataset: "Customer PII", access: "PROMPT_CONTEXT" },
  { app: "HR Policy Assistant", dataset: "HR policies", access: "RAG_INDEX" },
  { app: "HR Policy Assistant", dataset: "Payroll", access: "TOOL" },
  { app: "Internal Search", dataset: "Engineering wiki", access: "RAG_INDEX" },
  { app: "Internal Search", dataset: "Product docs", access: "RAG_INDEX" },
  { app: "Internal Search", dataset: "Support tickets", access: "RAG_INDEX" },
];

export async function seedDemoCatalog(
  tx: DbTx,
  orgId: string,
  refs: { integrationIdByName: Record<string, string> },
): Promise<{ datasetIdByName: Record<string, string> }> {
  const sourceIdByName: Record<string, string> = {};
  for (const s of SOURCES) {
    const integrationId = s.integrations.map((n) => refs.integrationIdByName[n]).find(Boolean) ?? null;
    const row = await tx.dataSource.create({ data: { orgId, name: s.name, kind: s.kind, description: s.description, integrationId }, select: { id: true } });
    sourceIdByName[s.name] = row.id;
  }
  const datasetIdByName: Record<string, string> = {};
  for (const d of DATASETS) {
    const row = await tx.dataset.create({
      data: {
        orgId, name: d.name, sourceId: d.source ? (sourceIdByName[d.source] ?? null) : null, classification: d.classification,
        categories: d.categories, storeType: d.storeType, locationUri: d.locationUri, owner: d.owner,
        approxSizeBytes: BigInt(Math.round(d.sizeGiB * GIB)), retentionDays: d.retentionDays,
      },
      select: { id: true },
    });
    datasetIdByName[d.name] = row.id;
  }
  return { datasetIdByName };
}

/** Links demo datasets to demo apps by name; pairs whose app or dataset is missing are skipped. */
export async function seedDemoCatalogLinks(
  tx: DbTx,
  orgId: string,
  appIdByName: Record<string, string>,
  datasetIdByName: Record<string, string>,
): Promise<{ linked: number }> {
  const data = LINKS.flatMap((l) => {
    const appId = appIdByName[l.app];
    const datasetId = datasetIdByName[l.dataset];
    return appId && datasetId ? [{ orgId, appId, datasetId, access: l.access }] : [];
  });
  const { count } = await tx.datasetAppLink.createMany({ data, skipDuplicates: true });
  return { linked: count };
}
