import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConnectionStatus } from "@/lib/integrations/providers";
import type { TOAuthConnection } from "../schemas";
import { parseOAuthConfig } from "./oauth-integration";

// Token rows are read for their metadata only (ciphertext is never selected here).
export const oauthConnectionSelect = {
  id: true, status: true, config: true, lastCheckedAt: true, lastError: true,
  secrets: { where: { purpose: { in: ["access_token", "refresh_token"] } }, select: { purpose: true, expiresAt: true } },
} satisfies Prisma.IntegrationSelect;

type Row = {
  id: string; status: ConnectionStatus; config: unknown; lastCheckedAt: Date | null; lastError: string | null;
  secrets: { purpose: string; expiresAt: Date | null }[];
};

export function toOAuthConnectionDto(row: Row): TOAuthConnection {
  const access = row.secrets.find((s) => s.purpose === "access_token");
  return {
    integrationId: row.id,
    status: row.status,
    connected: access !== undefined,
    accessTokenExpiresAt: access?.expiresAt?.toISOString() ?? null,
    hasRefreshToken: row.secrets.some((s) => s.purpose === "refresh_token"),
    scopes: parseOAuthConfig(row.config)?.scopes ?? [],
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastError: row.lastError,
  };
}
