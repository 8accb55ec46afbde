import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: used for the state and the PKCE verifier (43 characters, RFC 7636 §4.1). */
export const randomUrlToken = () => randomBytes(32).toString("base64url");

/** Only this hash of the state is stored: a database read does not yield a usable state. */
export const hashState = (state: string) => createHash("sha256").update(state, "utf8").digest("hex");

/** RFC 7636 S256 code challenge. */
export const pkceChallenge = (verifier: string) => createHash("sha256").update(verifier, "ascii").digest("base64url");

export const verifierContext = (stateId: string) => `oauth_state:${stateId}:verifier`;
