// Controlled vocabularies of the data catalog, shared by the API schemas, the UI and the use cases.
// The enum lists mirror prisma/schema.prisma (kept here so browser code never imports the Prisma client).

export const CLASSIFICATIONS = ["PUBLIC", "INTERNAL", "CONFIDENTIAL", "RESTRICTED"] as const;
export type TClassification = (typeof CLASSIFICATIONS)[number];

/** Datasets the reachability view follows: where a path to an app or a provider matters. */
export const SENSITIVE_CLASSIFICATIONS = ["RESTRICTED", "CONFIDENTIAL"] as const satisfies readonly TClassification[];

export const CLASSIFICATION_LABELS: Record<TClassification, string> = {
  PUBLIC: "Public",
  INTERNAL: "Internal",
  CONFIDENTIAL: "Confidential",
  RESTRICTED: "Restricted",
};

export const DATA_STORE_KINDS = ["VECTOR", "SQL", "NOSQL", "BLOB", "CACHE", "MEMORY"] as const;
export type TDataStoreKind = (typeof DATA_STORE_KINDS)[number];

export const DATA_STORE_KIND_LABELS: Record<TDataStoreKind, string> = {
  VECTOR: "Vector store",
  SQL: "SQL database",
  NOSQL: "NoSQL database",
  BLOB: "Object / blob storage",
  CACHE: "Cache",
  MEMORY: "Agent memory",
};

export const DATASET_ACCESS = ["RAG_INDEX", "TOOL", "FINE_TUNING", "PROMPT_CONTEXT"] as const;
export type TDatasetAccess = (typeof DATASET_ACCESS)[number];

export const DATASET_ACCESS_LABELS: Record<TDatasetAccess, string> = {
  RAG_INDEX: "RAG index",
  TOOL: "Tool / function call",
  FINE_TUNING: "Fine-tuning",
  PROMPT_CONTEXT: "Prompt context",
};

export const EXPOSURES = ["INTERNAL", "PARTNER", "PUBLIC"] as const;
export type TExposure = (typeof EXPOSURES)[number];

export const INTEGRATION_KINDS = ["OAUTH_CONNECTION", "CLOUD_ACCOUNT", "LLM_PROVIDER", "SERVICE_ACCOUNT"] as const;
export type TIntegrationKind = (typeof INTEGRATION_KINDS)[number];

export const DATA_SOURCE_KINDS = [
  "google-drive", "confluence", "sharepoint", "slack", "postgres", "snowflake", "s3", "gcs", "jira", "salesforce", "custom",
] as const;
export type TDataSourceKind = (typeof DATA_SOURCE_KINDS)[number];

export const DATA_SOURCE_KIND_LABELS: Record<TDataSourceKind, string> = {
  "google-drive": "Google Drive",
  confluence: "Confluence",
  sharepoint: "SharePoint",
  slack: "Slack",
  postgres: "PostgreSQL",
  snowflake: "Snowflake",
  s3: "Amazon S3",
  gcs: "Google Cloud Storage",
  jira: "Jira",
  salesforce: "Salesforce",
  custom: "Custom",
};

/** PII entity names follow Microsoft Presidio's, so DLP findings and catalog categories line up. */
export const PII_CATEGORIES = [
  "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "LOCATION", "DATE_OF_BIRTH",
] as const;

export const DATA_CATEGORIES = [
  ...PII_CATEGORIES,
  "SECRETS", "FINANCIAL", "HEALTH", "SOURCE_CODE", "CUSTOMER_CONTENT", "EMPLOYEE_RECORDS", "LEGAL",
] as const;
export type TDataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS: Record<TDataCategory, string> = {
  EMAIL_ADDRESS: "Email addresses",
  PHONE_NUMBER: "Phone numbers",
  PERSON: "Person names",
  US_SSN: "US Social Security numbers",
  CREDIT_CARD: "Credit card numbers",
  IBAN_CODE: "IBAN codes",
  IP_ADDRESS: "IP addresses",
  LOCATION: "Locations / addresses",
  DATE_OF_BIRTH: "Dates of birth",
  SECRETS: "Secrets and credentials",
  FINANCIAL: "Financial records",
  HEALTH: "Health data (PHI)",
  SOURCE_CODE: "Source code",
  CUSTOMER_CONTENT: "Customer content",
  EMPLOYEE_RECORDS: "Employee records",
  LEGAL: "Legal documents",
};

export const isDataCategory = (value: string): value is TDataCategory => (DATA_CATEGORIES as readonly string[]).includes(value);
export const isPiiCategory = (value: string) => (PII_CATEGORIES as readonly string[]).includes(value);

export const MAX_RETENTION_DAYS = 36_500;
