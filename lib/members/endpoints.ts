import { ZIdParams, ZOk } from "@/lib/api/common";
import { defineEndpoint } from "@/lib/api/endpoint";
import { ZAddMemberRequest, ZAddMemberResponse, ZListMembersResponse, ZMemberResponse, ZUpdateMemberRequest } from "./schemas";

const tag = "Members";

export const listMembersEndpoint = defineEndpoint({
  method: "GET", path: "/api/v1/members", tag, scope: "members:read",
  summary: "List the organization's members", response: ZListMembersResponse,
});

export const addMemberEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/members", tag, scope: "members:manage", successStatus: 201,
  summary: "Add a user to the organization with a role (creates the account when new)",
  body: ZAddMemberRequest, response: ZAddMemberResponse,
});

export const updateMemberEndpoint = defineEndpoint({
  method: "PATCH", path: "/api/v1/members/{id}", tag, scope: "members:manage",
  summary: "Change a member's role", params: ZIdParams, body: ZUpdateMemberRequest, response: ZMemberResponse,
});

export const removeMemberEndpoint = defineEndpoint({
  method: "DELETE", path: "/api/v1/members/{id}", tag, scope: "members:manage",
  summary: "Remove a member from the organization", params: ZIdParams, response: ZOk,
});
