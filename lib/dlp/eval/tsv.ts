// Reads the corpus TSV format: a header row, tab-separated fields, and `\n`, `\t`, `\r`, `\\` escapes inside fields.

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\" };

export function decodeField(field: string): string {
  return field.replace(/\\([ntr\\])/g, (_, c: string) => ESCAPES[c] ?? c);
}

export function parseTsv(content: string): Record<string, string>[] {
  const lines = content.split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines.shift() ?? "").split("\t");
  return lines.map((line) => {
    const fields = line.split("\t");
    return Object.fromEntries(header.map((name, i) => [name, decodeField(fields[i] ?? "")]));
  });
}
