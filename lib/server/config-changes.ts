// "An org's configuration changed": announced by the use cases that change what long-lived caches hold (the AI
// gateway's key configuration: keys, limits, DLP policies and rules, provider credentials), heard in this process at
// once and in every other process through Redis pub/sub. Best effort: a cache also expires on its own.
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import { logger } from "./logger";
import { redis, redisUrl } from "./redis";

const CHANNEL = "llmsecops:config-changes";
type State = { local: EventEmitter; subscriber: Redis | null };
const globalState = globalThis as unknown as { __configChanges?: State };
const state: State = (globalState.__configChanges ??= { local: new EventEmitter().setMaxListeners(50), subscriber: null });
const self = `${process.pid}-${Math.random().toString(36).slice(2)}`;

/** Tells every process that `orgId`'s configuration changed (call after the change has committed). */
export function announceConfigChange(orgId: string): void {
  state.local.emit("change", orgId);
  redis().publish(CHANNEL, `${self}|${orgId}`).catch((e: unknown) => logger.warn({ err: String(e) }, "config change not announced to other processes"));
}

/** Calls `handler(orgId)` on every announced change, from this process or another. */
export function onConfigChange(handler: (orgId: string) => void): void {
  state.local.on("change", handler);
  if (state.subscriber) return;
  const subscriber = new Redis(redisUrl(), { maxRetriesPerRequest: null, lazyConnect: false });
  subscriber.on("error", () => {}); // reconnects by itself; caches expire meanwhile
  subscriber.on("message", (_channel: string, message: string) => {
    const [from, orgId] = message.split("|");
    if (from !== self && orgId) state.local.emit("change", orgId);
  });
  void subscriber.subscribe(CHANNEL).catch(() => {});
  state.subscriber = subscriber;
}
