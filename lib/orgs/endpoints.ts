import { defineEndpoint } from "@/lib/api/endpoint";
import { ZOk } from "@/lib/api/common";
import { ZMeResponse, ZSwitchOrgRequest } from "./schemas";

export const getMeEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/me", tag: "Session", scope: "org:read",
  summary: "The signed-in user, the active organization, every membership and the granted scopes", response: ZMeResponse,
});

export const switchOrgEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/me/active-org", tag: "Session", scope: "org:read",
  summary: "Switch the session's active organization (must be one of your memberships)", body: ZSwitchOrgRequest, response: ZOk,
});
