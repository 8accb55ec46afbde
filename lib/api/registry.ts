import * as account from "@/lib/account/endpoints";
import * as apiKeys from "@/lib/api-keys/endpoints";
import * as audit from "@/lib/audit/endpoints";
import * as members from "@/lib/members/endpoints";
import * as orgs from "@/lib/orgs/endpoints";
import * as system from "@/lib/system/endpoints";
import type { Endpoint } from "./endpoint";

/** Every /api/v1 endpoint; the OpenAPI document and the route-coverage test read this list. */
export const ENDPOINTS: Endpoint[] = [orgs, account, members, apiKeys, audit, system].flatMap((m) => Object.values(m) as Endpoint[]);
