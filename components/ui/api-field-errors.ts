import { ApiError } from "@/lib/api-client";

/**
 * Per-field messages of a VALIDATION_FAILED answer. The envelope's message lists the issues as
 * "Invalid body: <path> <message>; <path> <message>" (lib/server/route.ts); apiFetch keeps the message only.
 * A nested path (`allowedModels.2`) lands on its first segment; issues that name no known field stay in `form`.
 */
export function apiFieldErrors<F extends string>(error: unknown, fields: readonly F[]): { fields: Partial<Record<F, string>>; form: string | null } {
  if (!error) return { fields: {}, form: null };
  if (!(error instanceof ApiError)) return { fields: {}, form: error instanceof Error ? error.message : "Something went wrong" };
  const match = error.code === "VALIDATION_FAILED" ? /^Invalid \w+: (.*)$/s.exec(error.message) : null;
  if (!match) return { fields: {}, form: error.message };
  const out: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const issue of match[1]!.split("; ")) {
    const space = issue.indexOf(" ");
    const path = space > 0 ? issue.slice(0, space) : issue;
    const field = fields.find((f) => f === path.split(".")[0]);
    if (field && !out[field]) out[field] = issue.slice(space + 1);
    else rest.push(issue);
  }
  return { fields: out, form: rest.length ? `Invalid input: ${rest.join("; ")}` : null };
}
