import { z } from "zod";
import { ZId, ZIsoDate, ZName } from "@/lib/api/common";
import {
  CLASSIFICATIONS, CRITICALITIES, DATA_STORE_KINDS, DATASET_ACCESSES, DEPLOYMENTS, END_USER_AUTHS, EXPOSURES, FRAMEWORKS,
  FRONTENDS, LIFECYCLES, MODEL_PURPOSES, PROVIDER_IDS,
} from "./constants";

export const ZLifecycle = z.enum(LIFECYCLES);
export const ZCriticality = z.enum(CRITICALITIES);
export const ZExposure = z.enum(EXPOSURES);
export const ZEndUserAuth = z.enum(END_USER_AUTHS);
export const ZDeployment = z.enum(DEPLOYMENTS);
export const ZFramework = z.enum(FRAMEWORKS);
export const ZFrontend = z.enum(FRONTENDS);
export const ZProvider = z.enum(PROVIDER_IDS);
export const ZModelPurpose = z.enum(MODEL_PURPOSES);
export const ZDataStoreKind = z.enum(DATA_STORE_KINDS);
export const ZClassification = z.enum(CLASSIFICATIONS);

const ZLabel = z.string().trim().min(1).max(40);
const ZEnvironment = z.string().trim().toLowerCase().min(1).max(40).regex(/^[a-z0-9][a-z0-9_.-]*$/, "letters, digits, dots, dashes and underscores");
const ZModelId = z.string().trim().min(1).max(120).regex(/^[A-Za-z0-9][\w.:/@+-]*$/, "a model id such as gpt-4o or anthropic.claude-sonnet-4");

// ───── requests ─────

export const ZModelUsageInput = z
  .object({
    provider: ZProvider,
    modelId: ZModelId,
    purpose: ZModelPurpose.default("chat"),
    credentialId: ZId.nullable().optional(),
    viaGateway: z.boolean().default(false),
  })
  .strict();
export type TModelUsageInput = z.input<typeof ZModelUsageInput>;

export const ZDataStoreInput = z
  .object({ kind: ZDataStoreKind, name: ZName, datasetId: ZId.nullable().optional() })
  .strict();
export type TDataStoreInput = z.input<typeof ZDataStoreInput>;

const appFields = {
  name: ZName,
  description: z.string().trim().max(2000),
  ownerId: ZId.nullable(),
  businessUnit: z.string().trim().max(120),
  criticality: ZCriticality,
  lifecycle: ZLifecycle,
  environments: z.array(ZEnvironment).max(10),
  exposure: ZExposure,
  endUserAuth: ZEndUserAuth,
  deployment: ZDeployment,
  framework: ZFramework,
  frontend: ZFrontend,
  tags: z.array(ZLabel).max(20),
};

export const ZCreateAppRequest = z
  .object({
    ...appFields,
    description: appFields.description.default(""),
    ownerId: appFields.ownerId.optional(),
    businessUnit: appFields.businessUnit.default(""),
    criticality: ZCriticality.default("MEDIUM"),
    lifecycle: ZLifecycle.default("DEVELOPMENT"),
    environments: appFields.environments.default([]),
    exposure: ZExposure.default("INTERNAL"),
    endUserAuth: ZEndUserAuth.default("SSO"),
    deployment: ZDeployment.default("CONTAINER"),
    framework: ZFramework.default("custom"),
    frontend: ZFrontend.default("api-only"),
    tags: appFields.tags.default([]),
    modelUsages: z.array(ZModelUsageInput).max(20).default([]),
    dataStores: z.array(ZDataStoreInput).max(20).default([]),
  })
  .strict();
export type TCreateAppRequest = z.input<typeof ZCreateAppRequest>;
export type TCreateAppData = z.output<typeof ZCreateAppRequest>;

export const ZUpdateAppRequest = z
  .object(appFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change");
export type TUpdateAppRequest = z.input<typeof ZUpdateAppRequest>;

// ───── responses ─────

export const ZAppOwner = z.object({ id: ZId, email: z.string(), name: z.string().nullable() }).strict();

const appSummaryFields = {
  id: ZId,
  name: z.string(),
  description: z.string(),
  owner: ZAppOwner.nullable(),
  businessUnit: z.string(),
  criticality: ZCriticality,
  lifecycle: ZLifecycle,
  environments: z.array(z.string()),
  exposure: ZExposure,
  endUserAuth: ZEndUserAuth,
  deployment: ZDeployment,
  framework: z.string(),
  frontend: z.string(),
  tags: z.array(z.string()),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
};

export const ZAppSummary = z
  .object({
    ...appSummaryFields,
    /** Distinct providers of the app's model usages. */
    providers: z.array(z.string()),
    modelUsageCount: z.number().int(),
    dataStoreCount: z.number().int(),
  })
  .strict();
export type TAppSummary = z.infer<typeof ZAppSummary>;

export const ZCredentialRef = z.object({ id: ZId, name: z.string(), provider: z.string(), status: z.string() }).strict();
export type TCredentialRef = z.infer<typeof ZCredentialRef>;
export const ZDatasetRef = z.object({ id: ZId, name: z.string(), classification: ZClassification }).strict();
export type TDatasetRef = z.infer<typeof ZDatasetRef>;

export const ZModelUsage = z
  .object({
    id: ZId,
    provider: z.string(),
    modelId: z.string(),
    purpose: z.string(),
    credential: ZCredentialRef.nullable(),
    viaGateway: z.boolean(),
    createdAt: ZIsoDate,
  })
  .strict();
export type TModelUsage = z.infer<typeof ZModelUsage>;

export const ZAppDataStore = z.object({ id: ZId, kind: ZDataStoreKind, name: z.string(), dataset: ZDatasetRef.nullable() }).strict();
export type TAppDataStore = z.infer<typeof ZAppDataStore>;

export const ZLinkedDataset = ZDatasetRef.extend({
  linkId: ZId,
  access: z.enum(DATASET_ACCESSES),
  source: z.object({ id: ZId, name: z.string(), kind: z.string() }).strict().nullable(),
}).strict();
export type TLinkedDataset = z.infer<typeof ZLinkedDataset>;

export const ZAppDetail = z
  .object({
    ...appSummaryFields,
    modelUsages: z.array(ZModelUsage),
    dataStores: z.array(ZAppDataStore),
    datasets: z.array(ZLinkedDataset),
  })
  .strict();
export type TAppDetail = z.infer<typeof ZAppDetail>;

export const ZAppResponse = z.object({ app: ZAppDetail }).strict();
export const ZModelUsageResponse = z.object({ modelUsage: ZModelUsage }).strict();
export const ZDataStoreResponse = z.object({ dataStore: ZAppDataStore }).strict();

export const ZModelUsageParams = z.object({ id: ZId, usageId: ZId }).strict();
export const ZDataStoreParams = z.object({ id: ZId, storeId: ZId }).strict();

export const ZAppOptions = z
  .object({
    members: z.array(ZAppOwner),
    credentials: z.array(ZCredentialRef),
    datasets: z.array(ZDatasetRef),
  })
  .strict();
export type TAppOptions = z.infer<typeof ZAppOptions>;
