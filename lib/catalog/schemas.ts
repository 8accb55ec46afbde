import { z } from "zod";
import { ZId, ZIsoDate, ZName } from "@/lib/api/common";
import {
  CLASSIFICATIONS, DATA_CATEGORIES, DATA_SOURCE_KINDS, DATA_STORE_KINDS, DATASET_ACCESS, EXPOSURES, INTEGRATION_KINDS, MAX_RETENTION_DAYS,
} from "./constants";

export const ZClassification = z.enum(CLASSIFICATIONS);
export const ZDataStoreKind = z.enum(DATA_STORE_KINDS);
export const ZDatasetAccess = z.enum(DATASET_ACCESS);
export const ZDataCategory = z.enum(DATA_CATEGORIES);
export const ZExposure = z.enum(EXPOSURES);

const atLeastOneField = (o: object) => Object.keys(o).length > 0;
const ZDescription = z.string().trim().max(2000);

// ── Data sources ──

export const ZDataSource = z
  .object({
    id: ZId,
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    integration: z.object({ id: ZId, name: z.string(), kind: z.enum(INTEGRATION_KINDS), provider: z.string() }).strict().nullable(),
    datasetCount: z.number().int(),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .strict();
export type TDataSource = z.infer<typeof ZDataSource>;

const dataSourceFields = {
  name: ZName,
  kind: z.enum(DATA_SOURCE_KINDS),
  description: ZDescription.optional(),
  /** An integration of the same organization that connects to this source. */
  integrationId: ZId.nullable().optional(),
};

export const ZCreateDataSourceRequest = z.object(dataSourceFields).strict();
export type TCreateDataSourceRequest = z.infer<typeof ZCreateDataSourceRequest>;

export const ZUpdateDataSourceRequest = z.object(dataSourceFields).partial().strict().refine(atLeastOneField, "Send at least one field");
export type TUpdateDataSourceRequest = z.infer<typeof ZUpdateDataSourceRequest>;

export const ZListDataSourcesResponse = z.object({ dataSources: z.array(ZDataSource) }).strict();
export const ZDataSourceResponse = z.object({ dataSource: ZDataSource }).strict();

// ── Datasets ──

// Connection strings with a password (scheme://user:secret@host) would put a secret in the catalog.
const ZLocationUri = z
  .string()
  .trim()
  .max(1000)
  .refine((v) => v === "" || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v), "a URI such as s3://bucket/prefix or https://…")
  .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]*@/i.test(v), "must not contain credentials");

export const ZDataset = z
  .object({
    id: ZId,
    name: z.string(),
    source: z.object({ id: ZId, name: z.string(), kind: z.string() }).strict().nullable(),
    locationUri: z.string(),
    storeType: ZDataStoreKind.nullable(),
    owner: z.string(),
    classification: ZClassification,
    categories: z.array(ZDataCategory),
    approxSizeBytes: z.number().int().nullable(),
    retentionDays: z.number().int().nullable(),
    linkCount: z.number().int(),
    createdAt: ZIsoDate,
    updatedAt: ZIsoDate,
  })
  .strict();
export type TDataset = z.infer<typeof ZDataset>;

const datasetFields = {
  name: ZName,
  sourceId: ZId.nullable().optional(),
  locationUri: ZLocationUri.optional(),
  storeType: ZDataStoreKind.nullable().optional(),
  owner: z.string().trim().max(254).optional(),
  classification: ZClassification,
  categories: z.array(ZDataCategory).max(DATA_CATEGORIES.length).optional(),
  approxSizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).nullable().optional(),
};

export const ZCreateDatasetRequest = z.object(datasetFields).strict();
export type TCreateDatasetRequest = z.infer<typeof ZCreateDatasetRequest>;

export const ZUpdateDatasetRequest = z.object(datasetFields).partial().strict().refine(atLeastOneField, "Send at least one field");
export type TUpdateDatasetRequest = z.infer<typeof ZUpdateDatasetRequest>;

export const ZListDatasetsQuery = z
  .object({
    classification: ZClassification.optional(),
    sourceId: ZId.optional(),
    category: ZDataCategory.optional(),
    q: z.string().trim().max(120).optional(),
  })
  .strict();
export type TListDatasetsQuery = z.infer<typeof ZListDatasetsQuery>;

export const ZListDatasetsResponse = z.object({ datasets: z.array(ZDataset) }).strict();
export const ZDatasetResponse = z.object({ dataset: ZDataset }).strict();

// ── Links from datasets to apps ──

const ZAppRef = z.object({ id: ZId, name: z.string(), exposure: ZExposure }).strict();

export const ZDatasetLink = z.object({ id: ZId, datasetId: ZId, app: ZAppRef, access: ZDatasetAccess, createdAt: ZIsoDate }).strict();
export type TDatasetLink = z.infer<typeof ZDatasetLink>;

/** An app data store (declared on the app) that holds this dataset: a second way to reach it. */
export const ZDatasetDataStore = z.object({ id: ZId, name: z.string(), kind: ZDataStoreKind, app: ZAppRef }).strict();

export const ZDatasetDetailResponse = z
  .object({ dataset: ZDataset, links: z.array(ZDatasetLink), dataStores: z.array(ZDatasetDataStore) })
  .strict();
export type TDatasetDetailResponse = z.infer<typeof ZDatasetDetailResponse>;

export const ZCreateDatasetLinkRequest = z.object({ appId: ZId, access: ZDatasetAccess }).strict();
export type TCreateDatasetLinkRequest = z.infer<typeof ZCreateDatasetLinkRequest>;
export const ZDatasetLinkResponse = z.object({ link: ZDatasetLink }).strict();
export const ZDatasetLinkParams = z.object({ id: ZId, linkId: ZId }).strict();

// ── Form options ──

export const ZCatalogOptionsResponse = z
  .object({
    apps: z.array(ZAppRef),
    integrations: z.array(z.object({ id: ZId, name: z.string(), kind: z.enum(INTEGRATION_KINDS), provider: z.string() }).strict()),
  })
  .strict();
export type TCatalogOptions = z.infer<typeof ZCatalogOptionsResponse>;

// ── Reachability: which apps and model providers can reach each sensitive dataset ──

export const REACHABILITY_RISKS = ["PUBLIC_APP", "UNGATED_PROVIDER"] as const;
export type TReachabilityRisk = (typeof REACHABILITY_RISKS)[number];

export const ZReachabilityProvider = z.object({ provider: z.string(), modelId: z.string(), viaGateway: z.boolean() }).strict();
export type TReachabilityProvider = z.infer<typeof ZReachabilityProvider>;

export const ZReachabilityApp = z
  .object({
    id: ZId,
    name: z.string(),
    exposure: ZExposure,
    /** How the app reads the dataset through explicit links. */
    access: z.array(ZDatasetAccess),
    /** App data stores that hold the dataset. */
    dataStores: z.array(z.object({ name: z.string(), kind: ZDataStoreKind }).strict()),
    providers: z.array(ZReachabilityProvider),
    risks: z.array(z.enum(REACHABILITY_RISKS)),
  })
  .strict();
export type TReachabilityApp = z.infer<typeof ZReachabilityApp>;

export const ZReachabilityRow = z
  .object({
    dataset: z.object({ id: ZId, name: z.string(), classification: ZClassification, categories: z.array(ZDataCategory), owner: z.string() }).strict(),
    apps: z.array(ZReachabilityApp),
    /** Distinct providers across the apps, for a one-line summary. */
    providers: z.array(ZReachabilityProvider),
    risky: z.boolean(),
  })
  .strict();
export type TReachabilityRow = z.infer<typeof ZReachabilityRow>;

export const ZReachabilityResponse = z
  .object({
    rows: z.array(ZReachabilityRow),
    summary: z.object({ sensitiveDatasets: z.number().int(), reachableDatasets: z.number().int(), riskyDatasets: z.number().int() }).strict(),
  })
  .strict();
export type TReachabilityResponse = z.infer<typeof ZReachabilityResponse>;
