import { defineEndpoint } from "@/lib/api/endpoint";
import { ZChangePasswordRequest, ZChangePasswordResponse } from "./schemas";

export const changePasswordEndpoint = defineEndpoint({
  method: "POST", path: "/api/v1/me/password", tag: "Session", scope: "org:read",
  summary: "Change your password (≥ 12 characters); ends your other sessions",
  body: ZChangePasswordRequest, response: ZChangePasswordResponse,
});
