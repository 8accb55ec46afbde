import { defineEndpoint } from "@/lib/api/endpoint";
import { ZSystemStatus } from "./schemas";

export const getSystemStatusEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/system", tag: "System", scope: "system:read",
  summary: "Health of Postgres, Redis and workers; queue depths and recent failed jobs", response: ZSystemStatus,
});
