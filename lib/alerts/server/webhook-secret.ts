import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto";
import type { DbTx } from "@/lib/server/db";

const context = (webhookId: string) => `alert_webhook:${webhookId}:signing`;

export const newSigningSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

export const sealSigningSecret = (orgId: string, webhookId: string, secret: string, tx?: DbTx) => encryptSecret(orgId, context(webhookId), secret, tx);

export const openSigningSecret = (orgId: string, webhookId: string, cipher: string) => decryptSecret(orgId, context(webhookId), cipher);
