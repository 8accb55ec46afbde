import { describe, expect, it } from "vitest";
import { buildConfig, defaultValues, secretFieldsFor } from "./form-fields";
import { OAUTH_PRESETS } from "./presets";
import { CONFIG_SCHEMAS } from "./schemas";
import { secretTail } from "./secret-tail";

describe("integration form fields", () => {
  it("pre-fills OAuth presets and turns them back into a valid config", () => {
    const values = defaultValues("google-drive");
    expect(values.authorizeUrl).toBe(OAUTH_PRESETS["google-drive"].authorizeUrl);
    const config = buildConfig("google-drive", { ...values, clientId: "client-1" });
    expect(config).toMatchObject({ scopes: ["https://www.googleapis.com/auth/drive.readonly"], extraAuthorizeParams: { access_type: "offline", prompt: "consent" } });
    expect(CONFIG_SCHEMAS["google-drive"].safeParse(config).success).toBe(true);
  });

  it("round-trips an existing config through the edit form", () => {
    const config = { owner: "platform-team", scopes: ["read:logs", "write:tickets"], usedBy: ["billing bot", "nightly ETL"] };
    expect(buildConfig("service-account", defaultValues("service-account", config))).toEqual(config);
  });

  it("leaves empty optional inputs out", () => {
    expect(buildConfig("openai", { baseUrl: " ", organizationId: "" })).toEqual({});
  });

  it("asks for the secrets each provider needs", () => {
    expect(secretFieldsFor("gcp")).toEqual([expect.objectContaining({ purpose: "service_account_key", required: true })]);
    expect(secretFieldsFor("aws")).toEqual([]);
    expect(secretFieldsFor("slack")[0]).toMatchObject({ purpose: "client_secret", required: false });
  });

  it("shows the key id's tail for JSON keys and the value's tail otherwise", () => {
    expect(secretTail("api_key", "sk-abcdef1234")).toBe("1234");
    expect(secretTail("service_account_key", JSON.stringify({ private_key_id: "0123456789abcdef", private_key: "xyz" }))).toBe("cdef");
  });
});
