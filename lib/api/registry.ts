import * as account from "@/lib/account/endpoints";
import * as alerts from "@/lib/alerts/endpoints";
import * as apiKeys from "@/lib/api-keys/endpoints";
import * as apps from "@/lib/apps/endpoints";
import * as audit from "@/lib/audit/endpoints";
import * as catalog from "@/lib/catalog/endpoints";
import * as dlp from "@/lib/dlp/endpoints";
import * as connectors from "@/lib/connectors/endpoints";
import * as correlations from "@/lib/correlation/endpoints";
import * as events from "@/lib/events/endpoints";
import * as findings from "@/lib/findings/endpoints";
import * as gateway from "@/lib/gateway/endpoints";
import * as imports from "@/lib/imports/endpoints";
import * as ingest from "@/lib/ingest/endpoints";
import * as integrations from "@/lib/integrations/endpoints";
import * as members from "@/lib/members/endpoints";
import * as oauth from "@/lib/oauth/endpoints";
import * as orgs from "@/lib/orgs/endpoints";
import * as otel from "@/lib/otel/endpoints";
import * as posture from "@/lib/posture/endpoints";
import * as pricing from "@/lib/pricing/endpoints";
import * as system from "@/lib/system/endpoints";
import type { Endpoint } from "./endpoint";

/** Every /api/v1 endpoint; the OpenAPI document and the route-coverage test read this list. */
export const ENDPOINTS: Endpoint[] = [orgs, account, members, apiKeys, audit, system, apps, integrations, oauth, catalog, dlp, ingest, events, pricing, otel, connectors, findings, correlations, alerts, imports, posture, gateway].flatMap((m) => Object.values(m) as Endpoint[]);
