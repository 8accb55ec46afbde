// Browser-side fetch for /api/v1: parses the error envelope into ApiError so UIs can show it.
import type { z } from "zod";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
  ) {
    super(message);
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function apiFetch<T>(path: string, schema: z.ZodType<T>, init: { method?: Method; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; requestId?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? "HTTP_ERROR", err?.message ?? `Request failed (${res.status})`, err?.requestId ?? null);
  }
  return schema.parse(data);
}

export const errorMessage = (error: unknown) =>
  error instanceof ApiError
    ? `${error.message}${error.requestId && error.status >= 500 ? ` (request ${error.requestId})` : ""}`
    : error instanceof Error
      ? error.message
      : "Something went wrong";
