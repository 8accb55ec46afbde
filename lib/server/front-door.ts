// The web process's front server (web/server.ts) answers a credential still serving its 429 penalty before Next's
// router, so a flood costs the process almost nothing and other orgs' requests do not queue behind its refusals.
// The answer is held until the penalty ends (at most API_REFUSAL_DELAY_MS), like nginx's limit_req delay: each of the
// flood's connections then sends a request per penalty instead of thousands a second, and its Retry-After still
// tells a well-behaved client when to come back.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { penaltyLeftMs, refusalFor } from "./api-rate-limit";
import { env } from "./env";

/** Answers (after the hold) a penalized credential's API request and returns true; false for every other request. */
export function refuseWhilePenalized(req: IncomingMessage, res: ServerResponse): boolean {
  if (!req.url?.startsWith("/api/v1/")) return false;
  const left = penaltyLeftMs(req.headers.authorization ?? null);
  const refused = refusalFor(left);
  if (!refused) return false;
  req.resume();
  const hold = Math.min(left, env().API_REFUSAL_DELAY_MS);
  const answer = () => {
    if (res.destroyed) return;
    const requestId = randomUUID();
    res.writeHead(429, { "content-type": "application/json", "x-content-type-options": "nosniff", "x-request-id": requestId, ...refused.headers });
    res.end(JSON.stringify({ error: { code: refused.code, message: refused.message, requestId } }));
  };
  if (hold > 0) setTimeout(answer, hold);
  else answer();
  return true;
}
