import { describe, expect, it } from "vitest";
import { appFieldsFromForm, emptyUsageDraft, splitList, usageDraftsToInputs } from "./app-form";
import { ZCreateAppRequest } from "./schemas";

const OWNER = "00000000-0000-4000-8000-000000000001";

describe("app form values", () => {
  it("reads the fields into a request the API accepts", () => {
    const form = new FormData();
    const values: Record<string, string> = {
      name: " Support Copilot ", description: "", ownerId: "", businessUnit: "CS", criticality: "HIGH", lifecycle: "PRODUCTION",
      exposure: "PUBLIC", endUserAuth: "SSO", deployment: "CONTAINER", framework: "langchain", frontend: "nextjs",
      environments: "dev, prod\nstaging,", tags: "rag",
    };
    for (const [k, v] of Object.entries(values)) form.set(k, v);
    const fields = appFieldsFromForm(form);
    expect(fields).toMatchObject({ name: "Support Copilot", ownerId: null, environments: ["dev", "prod", "staging"], tags: ["rag"] });
    expect(ZCreateAppRequest.safeParse(fields).success).toBe(true);
    form.set("ownerId", OWNER);
    expect(appFieldsFromForm(form).ownerId).toBe(OWNER);
    expect(splitList(" , ")).toEqual([]);
  });

  it("keeps only model rows with a model id and omits an unset credential", () => {
    const rows = [
      { ...emptyUsageDraft("a"), modelId: " gpt-4o " },
      emptyUsageDraft("b"),
      { ...emptyUsageDraft("c"), provider: "cohere" as const, modelId: "rerank-v3.5", purpose: "rerank" as const, credentialId: OWNER, viaGateway: true },
    ];
    expect(usageDraftsToInputs(rows)).toEqual([
      { provider: "openai", modelId: "gpt-4o", purpose: "chat", viaGateway: false },
      { provider: "cohere", modelId: "rerank-v3.5", purpose: "rerank", viaGateway: true, credentialId: OWNER },
    ]);
  });
});
