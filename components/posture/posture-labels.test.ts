import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { apiFieldErrors } from "@/components/ui/api-field-errors";
import { nistFunctionOf, OWASP_LLM_2025, scoreBand } from "./labels";

const FIELDS = ["evidence", "evidenceUrl", "validDays"] as const;

describe("apiFieldErrors", () => {
  it("puts each issue of a VALIDATION_FAILED answer on its field", () => {
    const error = new ApiError(400, "VALIDATION_FAILED", "Invalid body: evidence describe the evidence in at least 10 characters; evidenceUrl Invalid URL", "r1");
    expect(apiFieldErrors(error, FIELDS)).toEqual({ fields: { evidence: "describe the evidence in at least 10 characters", evidenceUrl: "Invalid URL" }, form: null });
  });

  it("keeps issues on unknown paths and other errors for the form", () => {
    const unknown = new ApiError(400, "VALIDATION_FAILED", "Invalid body: (root) Unrecognized key: \"x\"", null);
    expect(apiFieldErrors(unknown, FIELDS)).toEqual({ fields: {}, form: "Invalid input: (root) Unrecognized key: \"x\"" });
    const manualOnly = new ApiError(400, "VALIDATION_FAILED", "LSO-DEV-01 is evaluated automatically from evidence; only manual controls take attestations", null);
    expect(apiFieldErrors(manualOnly, FIELDS).form).toMatch(/only manual controls/);
    expect(apiFieldErrors(new ApiError(403, "FORBIDDEN", "Missing scope posture:attest", null), FIELDS)).toEqual({ fields: {}, form: "Missing scope posture:attest" });
    expect(apiFieldErrors(null, FIELDS)).toEqual({ fields: {}, form: null });
  });
});

describe("labels", () => {
  it("gives every score a band word, with the edges at 60 and 80", () => {
    expect([null, 0, 59.9, 60, 79.9, 80, 100].map((s) => scoreBand(s).label)).toEqual(["No score", "Poor", "Poor", "Fair", "Fair", "Good", "Good"]);
  });

  it("reads the function of a NIST AI RMF subcategory and lists the ten OWASP 2025 items", () => {
    expect(["GOVERN 1.2", "measure 2.7", "MAP"].map(nistFunctionOf)).toEqual(["GOVERN", "MEASURE", "MAP"]);
    expect(OWASP_LLM_2025.map((o) => o.id)).toEqual(["LLM01", "LLM02", "LLM03", "LLM04", "LLM05", "LLM06", "LLM07", "LLM08", "LLM09", "LLM10"]);
  });
});
