import { describe, expect, it } from "vitest";
import { prettyJson } from "./pretty-json";

describe("prettyJson", () => {
  it("indents JSON and leaves anything else as it is", () => {
    expect(prettyJson('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson("{truncated")).toBe("{truncated");
  });
});
