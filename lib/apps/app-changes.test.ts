import { describe, expect, it } from "vitest";
import { changedFields, findDuplicateName, findDuplicateUsage, uniqueList } from "./app-changes";

describe("app changes", () => {
  it("reports only fields that really change, for the audit summary", () => {
    const current = { name: "Bot", tags: ["a", "b"], ownerId: null as string | null, lifecycle: "IDEA" };
    expect(changedFields(current, { name: "Bot", tags: ["a", "b"] })).toBeNull();
    expect(changedFields(current, { name: "Bot 2", tags: ["b"], lifecycle: undefined, ownerId: "u1" })).toEqual({
      before: { name: "Bot", tags: ["a", "b"], ownerId: null },
      after: { name: "Bot 2", tags: ["b"], ownerId: "u1" },
    });
  });

  it("de-duplicates lists and finds repeated usages and names", () => {
    expect(uniqueList(["prod", " dev", "prod", ""])).toEqual(["prod", "dev"]);
    const usages = [
      { provider: "openai", modelId: "gpt-4o", purpose: "chat" },
      { provider: "openai", modelId: "gpt-4o", purpose: "agent" },
      { provider: "openai", modelId: "GPT-4o", purpose: "chat" },
    ];
    expect(findDuplicateUsage(usages.slice(0, 2))).toBeNull();
    expect(findDuplicateUsage(usages)).toBe(usages[2]);
    expect(findDuplicateName(["Vectors", "cache", "vectors "])).toBe("vectors ");
    expect(findDuplicateName(["a", "b"])).toBeNull();
  });
});
