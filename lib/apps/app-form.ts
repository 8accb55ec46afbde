// Turns the app forms' raw values into API request bodies. Pure; the API validates everything again.
import type { LlmProviderId, ModelPurpose } from "./constants";
import type { TCreateAppRequest, TModelUsageInput } from "./schemas";

type AppFieldValues = Omit<TCreateAppRequest, "modelUsages" | "dataStores">;

/** "dev, staging\nprod" -> ["dev", "staging", "prod"] */
export const splitList = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

/** Reads the fields rendered by <AppFields>; an empty owner means "no owner". */
export function appFieldsFromForm(form: FormData): Required<AppFieldValues> {
  const text = (key: string) => String(form.get(key) ?? "").trim();
  return {
    name: text("name"),
    description: text("description"),
    ownerId: text("ownerId") || null,
    businessUnit: text("businessUnit"),
    criticality: text("criticality") as Required<AppFieldValues>["criticality"],
    lifecycle: text("lifecycle") as Required<AppFieldValues>["lifecycle"],
    exposure: text("exposure") as Required<AppFieldValues>["exposure"],
    endUserAuth: text("endUserAuth") as Required<AppFieldValues>["endUserAuth"],
    deployment: text("deployment") as Required<AppFieldValues>["deployment"],
    framework: text("framework") as Required<AppFieldValues>["framework"],
    frontend: text("frontend") as Required<AppFieldValues>["frontend"],
    environments: splitList(text("environments")),
    tags: splitList(text("tags")),
  };
}

export type ModelUsageDraft = { key: string; provider: LlmProviderId; modelId: string; purpose: ModelPurpose; credentialId: string; viaGateway: boolean };

export const emptyUsageDraft = (key: string): ModelUsageDraft => ({ key, provider: "openai", modelId: "", purpose: "chat", credentialId: "", viaGateway: false });

/** Rows without a model id are left out, so an untouched blank row does not block registering. */
export const usageDraftsToInputs = (drafts: ModelUsageDraft[]): TModelUsageInput[] =>
  drafts
    .filter((d) => d.modelId.trim())
    .map((d) => ({
      provider: d.provider, modelId: d.modelId.trim(), purpose: d.purpose, viaGateway: d.viaGateway,
      ...(d.credentialId ? { credentialId: d.credentialId } : {}),
    }));
