// Test fixtures for the audit-log parsers: small hand-written records in each source's format, with fake ids
// (not copied from any corpus). Imported by the *.test.ts files only.
import fc from "fast-check";
import type { JsonObject, JsonValue, ParseOutcome } from "../types";

export const cloudtrail = {
  invokeModel: {
    eventVersion: "1.10",
    userIdentity: {
      type: "AssumedRole",
      principalId: "AROAFAKE0000000000001:app-runner",
      arn: "arn:aws:sts::111122223333:assumed-role/chatbot-role/app-runner",
      accountId: "111122223333",
      accessKeyId: "ASIAFAKEFAKEFAKE0001",
    },
    eventTime: "2025-03-04T10:11:12Z",
    eventSource: "bedrock.amazonaws.com",
    eventName: "InvokeModel",
    awsRegion: "eu-west-1",
    sourceIPAddress: "198.51.100.7",
    userAgent: "aws-sdk-js/3.600.0",
    requestParameters: { modelId: "arn:aws:bedrock:eu-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0" },
    responseElements: null,
    eventID: "00000000-0000-4000-8000-000000000001",
    recipientAccountId: "111122223333",
    eventCategory: "Management",
  },
  s3Denied: {
    eventTime: "2025-03-04 10:15:00.000000000",
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    awsRegion: "us-east-1",
    sourceIPAddress: "203.0.113.9",
    userIdentity: { type: "IAMUser", userName: "mallory", accountId: "444455556666", arn: "arn:aws:iam::444455556666:user/mallory" },
    requestParameters: { bucketName: "finance-exports", key: "2025/q1.csv" },
    errorCode: "AccessDenied",
    errorMessage: "Access Denied",
    recipientAccountId: "444455556666",
  },
  serviceCall: {
    eventTime: "2025-03-04T11:00:00Z",
    eventSource: "sts.amazonaws.com",
    eventName: "AssumeRole",
    awsRegion: "us-east-1",
    sourceIPAddress: "ec2.amazonaws.com",
    userAgent: "ec2.amazonaws.com",
    userIdentity: { type: "AWSService", invokedBy: "ec2.amazonaws.com" },
    requestParameters: { roleArn: "arn:aws:iam::111122223333:role/ec2-app", roleSessionName: "i-0fake" },
    recipientAccountId: "111122223333",
  },
  lowerCased: {
    eventtime: "2025-03-05 08:00:00",
    eventsource: "signin.amazonaws.com",
    eventname: "ConsoleLogin",
    awsregion: "us-east-1",
    sourceipaddress: "192.0.2.44",
    useridentity: { type: "Root", arn: "arn:aws:iam::111122223333:root", accountid: "111122223333" },
    responseelements: { ConsoleLogin: "Failure" },
  },
  s3Access: {
    bucketowner: "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
    bucket: "model-artifacts",
    time: "[05/Mar/2025:09:30:00 +0000]",
    remoteip: "198.51.100.23",
    requester: "arn:aws:sts::111122223333:assumed-role/trainer/job-17",
    requestid: "FAKEREQ0001",
    operation: "REST.PUT.OBJECT",
    key: "weights/v2.safetensors",
    httpstatus: 200,
    errorcode: "-",
    useragent: "aws-cli/2.15.0",
  },
} satisfies Record<string, JsonObject>;

export const gcp = {
  vertex: {
    protoPayload: {
      "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
      status: {},
      authenticationInfo: { principalEmail: "svc-chat@demo-proj.iam.gserviceaccount.com" },
      requestMetadata: { callerIp: "203.0.113.80", callerSuppliedUserAgent: "google-genai-sdk/1.2.0 gl-python/3.12" },
      serviceName: "aiplatform.googleapis.com",
      methodName: "google.cloud.aiplatform.v1.PredictionService.GenerateContent",
      resourceName: "projects/demo-proj/locations/europe-west4/publishers/google/models/gemini-1.5-pro-002",
      request: { "@type": "type.googleapis.com/google.cloud.aiplatform.v1.GenerateContentRequest" },
    },
    insertId: "fakeinsert01",
    resource: { type: "audited_resource", labels: { project_id: "demo-proj", service: "aiplatform.googleapis.com" } },
    timestamp: "2025-02-10T12:00:00.123456789Z",
    logName: "projects/demo-proj/logs/cloudaudit.googleapis.com%2Fdata_access",
  },
  iamDenied: {
    protoPayload: {
      at_sign_type: "type.googleapis.com/google.cloud.audit.AuditLog",
      status: { code: 7, message: "PERMISSION_DENIED" },
      authenticationInfo: { principalEmail: "intruder@example.net" },
      requestMetadata: { callerIP: "192.0.2.10", callerSuppliedUserAgent: "gcloud/470.0.0" },
      serviceName: "iam.googleapis.com",
      methodName: "google.iam.admin.v1.CreateServiceAccountKey",
      resourceName: "projects/-/serviceAccounts/1234567890",
    },
    logName: "projects/other-proj/logs/cloudaudit.googleapis.com%2Factivity",
    timestamp: "2025-02-10 13:00:00.000000000",
  },
  requestLog: {
    protoPayload: { "@type": "type.googleapis.com/google.appengine.logging.v1.RequestLog", methodName: "GET" },
    timestamp: "2025-02-10T12:00:00Z",
  },
} satisfies Record<string, JsonObject>;

export const azureActivity = {
  export: {
    time: "2025-01-20T09:00:00.1234567Z",
    resourceId: "/SUBSCRIPTIONS/AAAAAAAA-1111-2222-3333-BBBBBBBBBBBB/RESOURCEGROUPS/AI-RG/PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/CONTOSO-AOAI",
    operationName: "MICROSOFT.COGNITIVESERVICES/ACCOUNTS/LISTKEYS/ACTION",
    category: "Administrative",
    resultType: "Failure",
    callerIpAddress: "203.0.113.5",
    correlationId: "fake-corr-1",
    identity: { claims: { "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "dev@contoso.example", appid: "fake-app" } },
    level: "Error",
    location: "eastus",
    properties: { statusCode: "Forbidden" },
  },
  rest: {
    caller: "ops@contoso.example",
    eventTimestamp: "2025-01-21T10:00:00.000Z",
    operationName: { value: "Microsoft.CognitiveServices/accounts/deployments/write", localizedValue: "Create deployment" },
    status: { value: "Succeeded", localizedValue: "Succeeded" },
    category: { value: "Administrative" },
    resourceId: "/subscriptions/aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb/resourceGroups/ai-rg/providers/Microsoft.CognitiveServices/accounts/contoso-aoai/deployments/gpt4o",
    resourceProviderName: { value: "Microsoft.CognitiveServices" },
    subscriptionId: "aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb",
    httpRequest: { clientIpAddress: "198.51.100.61", method: "PUT" },
    eventDataId: "fake-event-1",
  },
  storageRead: {
    time: "2025-01-22T11:00:00Z",
    category: "StorageRead",
    operationName: "GetBlob",
    callerIpAddress: "192.0.2.99:51234",
    statusCode: 403,
    properties: { accountName: "contosodata", objectKey: "/contosodata/prompts/system.txt", userAgentHeader: "azsdk-python-storage-blob/12.19.0", metricResponseType: "AuthorizationError" },
  },
} satisfies Record<string, JsonObject>;

export const entra = {
  signInFailed: {
    time: "2025-01-23T07:00:00.0000000Z",
    resourceId: "/tenants/fake-tenant-1/providers/Microsoft.aadiam",
    operationName: "Sign-in activity",
    category: "SignInLogs",
    tenantId: "fake-tenant-1",
    resultType: "50126",
    callerIpAddress: "203.0.113.200",
    properties: {
      createdDateTime: "2025-01-23T07:00:00Z",
      userPrincipalName: "alice@contoso.example",
      appDisplayName: "Azure Portal",
      resourceDisplayName: "Windows Azure Service Management API",
      ipAddress: "203.0.113.200",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
      status: { errorCode: 50126, failureReason: "Invalid username or password." },
    },
  },
  auditByApp: {
    time: "2025-01-23T08:00:00Z",
    resourceId: "/tenants/fake-tenant-1/providers/Microsoft.aadiam",
    operationName: "Add service principal credentials",
    category: "AuditLogs",
    tenantId: "fake-tenant-1",
    properties: {
      activityDisplayName: "Add service principal credentials",
      activityDateTime: "2025-01-23T08:00:00Z",
      loggedByService: "Core Directory",
      result: "success",
      initiatedBy: { app: { appId: "fake-app-2", displayName: "deploy-bot", servicePrincipalName: null } },
      targetResources: [{ id: "sp-fake-9", displayName: "rag-backend", type: "ServicePrincipal" }],
      additionalDetails: [{ key: "User-Agent", value: "python-msgraph/1.0" }],
    },
  },
  spSignInLowerCased: {
    time: "2025-01-23 09:00:00.000",
    category: "ServicePrincipalSignInLogs",
    operationname: "Sign-in activity",
    tenantid: "fake-tenant-2",
    resulttype: 0,
    properties: { servicePrincipalName: "nightly-etl", ipAddress: "198.51.100.3", resourceDisplayName: "Azure Storage", status: { errorCode: 0 } },
  },
  graphSignIn: {
    id: "fake-signin-1",
    createdDateTime: "2025-01-24T10:00:00Z",
    userPrincipalName: "bob@contoso.example",
    appDisplayName: "Microsoft Teams",
    ipAddress: "192.0.2.77",
    status: { errorCode: 0 },
  },
  graphAudit: {
    id: "fake-audit-1",
    category: "RoleManagement",
    activityDateTime: "2025-01-24T11:00:00Z",
    activityDisplayName: "Add member to role",
    loggedByService: "Core Directory",
    result: "failure",
    initiatedBy: { user: { userPrincipalName: "admin@contoso.example", ipAddress: "192.0.2.5" } },
    targetResources: [{ userPrincipalName: "eve@contoso.example", type: "User" }],
  },
} satisfies Record<string, JsonObject>;

export const openaiAudit = {
  loginFailed: {
    id: "audit_log-fake001",
    type: "login.failed",
    effective_at: 1735689600,
    object: "organization.audit_log",
    actor: { type: "session", session: { user: { id: "user-fake1", email: "carol@example.com" }, ip_address: "203.0.113.31", user_agent: "Mozilla/5.0" } },
    "login.failed": { error_code: "invalid_credentials", error_message: "Invalid credentials" },
  },
  keyCreated: {
    id: "audit_log-fake002",
    type: "api_key.created",
    effective_at: 1735693200,
    project: { id: "proj_fake42", name: "Support bot" },
    actor: { type: "api_key", api_key: { id: "key_fakeadmin", type: "service_account", service_account: { id: "svc_acct_fake" } } },
    "api_key.created": { id: "key_fakenew", data: { scopes: ["api.model.request"] } },
  },
  underscorePayload: {
    id: "audit_log-fake003",
    type: "project.archived",
    effective_at: 1735696800,
    object: "organization.audit_log",
    actor: { type: "api_key", api_key: { id: "key_fakeuser", type: "user", user: { id: "user-fake2", email: "dan@example.com" } } },
    project_archived: { id: "proj_old" },
  },
} satisfies Record<string, JsonObject>;

export const anthropicActivity = {
  keyCreated: {
    id: "activity_fake01",
    created_at: "2025-04-01T12:00:00Z",
    organization_id: "org_fake01",
    type: "admin_api_key_created",
    actor: { type: "user_actor", email_address: "owner@example.com", user_id: "user_fake01", ip_address: "203.0.113.40", user_agent: "Mozilla/5.0" },
  },
  chatAccessFailed: {
    id: "activity_fake02",
    created_at: "2025-04-01T12:05:00Z",
    organization_id: "org_fake01",
    type: "claude_chat_access_failed",
    claude_chat_id: "chat_fake77",
    actor: { type: "api_actor", api_key_id: "apikey_fake9", ip_address: "198.51.100.90" },
  },
  ssoFailed: {
    id: "activity_fake03",
    created_at: "2025-04-01 12:10:00",
    organization_id: "org_fake01",
    type: "sso_login_failed",
    actor: { type: "unauthenticated_user_actor", ip_address: "192.0.2.150", user_agent: "curl/8.5.0" },
  },
} satisfies Record<string, JsonObject>;

export const github = {
  streamed: {
    "@timestamp": 1735700000000,
    _document_id: "fakeDocId01",
    action: "repo.destroy",
    actor: "octo-admin",
    actor_ip: "203.0.113.120",
    user_agent: "GitHub CLI 2.60.0",
    org: "acme-fake",
    repo: "acme-fake/legacy-service",
    operation_type: "remove",
  },
  panther: {
    action: "personal_access_token.request_denied",
    actor: "octo-user",
    at_sign_timestamp: "2025-01-01 03:00:00.000",
    created_at: "2025-01-01 03:00:00000000",
    org: "acme-fake",
    user: "octo-user",
  },
} satisfies Record<string, JsonObject>;

/** Typical records of the other (LLM) sources: no audit parser may claim them. */
export const llmRecords = {
  bedrockInvocation: {
    schemaType: "ModelInvocationLog",
    schemaVersion: "1.0",
    timestamp: "2025-03-04T10:11:12Z",
    accountId: "111122223333",
    identity: { arn: "arn:aws:sts::111122223333:assumed-role/chatbot-role/app-runner" },
    region: "eu-west-1",
    requestId: "fake-req",
    operation: "Converse",
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    input: { inputBodyJson: { messages: [{ role: "user", content: [{ text: "hi" }] }] }, inputTokenCount: 3 },
    output: { outputBodyJson: { output: { message: { role: "assistant", content: [{ text: "hello" }] } } }, outputTokenCount: 2 },
  },
  openaiChat: {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1735689600,
    model: "gpt-4o-mini",
    choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }],
    usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
  },
  anthropicMessage: {
    id: "msg_fake",
    type: "message",
    role: "assistant",
    model: "claude-3-5-sonnet-20241022",
    content: [{ type: "text", text: "Hello" }],
    stop_reason: "end_turn",
    usage: { input_tokens: 4, output_tokens: 1 },
  },
  openaiUsagePage: {
    object: "page",
    data: [{ object: "bucket", start_time: 1735689600, end_time: 1735776000, results: [{ object: "organization.usage.completions.result", input_tokens: 10 }] }],
    has_more: false,
  },
  azureOpenAiRequest: {
    time: "2025-01-20T09:00:00Z",
    resourceId: "/SUBSCRIPTIONS/AAAAAAAA-1111-2222-3333-BBBBBBBBBBBB/RESOURCEGROUPS/AI-RG/PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/CONTOSO-AOAI",
    category: "RequestResponse",
    operationName: "ChatCompletions_Create",
    callerIpAddress: "203.0.113.5",
    properties: { modelDeploymentName: "gpt4o", modelName: "gpt-4o" },
  },
  otlp: { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans: [{ traceId: "00", spanId: "01", name: "chat gpt-4o" }] }] }] },
  oktaEvent: { eventType: "user.session.start", published: "2025-01-01T00:00:00Z", actor: { alternateId: "x@example.com", type: "User" }, outcome: { result: "SUCCESS" } },
  k8sAudit: { kind: "Event", apiVersion: "audit.k8s.io/v1", verb: "get", user: { username: "system:anonymous" }, sourceIPs: ["10.0.0.1"], stageTimestamp: "2025-01-01T00:00:00Z" },
} satisfies Record<string, JsonObject>;

/** Every audit fixture with the source that must claim it. */
export const AUDIT_FIXTURES: [string, JsonObject][] = [
  ...Object.values(cloudtrail).map((r): [string, JsonObject] => ["aws-cloudtrail", r]),
  ...Object.values(gcp)
    .filter((r) => r !== gcp.requestLog)
    .map((r): [string, JsonObject] => ["gcp-audit", r]),
  ...Object.values(azureActivity).map((r): [string, JsonObject] => ["azure-activity", r]),
  ...Object.values(entra).map((r): [string, JsonObject] => ["azure-entra", r]),
  ...Object.values(openaiAudit).map((r): [string, JsonObject] => ["openai-audit", r]),
  ...Object.values(anthropicActivity).map((r): [string, JsonObject] => ["anthropic-activity", r]),
  ...Object.values(github).map((r): [string, JsonObject] => ["github-audit", r]),
];

/** Arbitrary: a fixture with up to three of its fields (at any depth) replaced by arbitrary JSON values. */
export function mutated(records: JsonObject[]): fc.Arbitrary<JsonObject> {
  return fc.tuple(fc.constantFrom(...records), fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 3 })).map(([record, edits]) => {
    const copy = structuredClone(record);
    for (const [n, value] of edits) {
      const slots: [JsonObject | JsonValue[], string | number][] = [];
      const walk = (v: JsonValue) => {
        const entries: [string | number, JsonValue][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === "object" ? Object.entries(v) : [];
        for (const [k, x] of entries) {
          slots.push([v as JsonObject | JsonValue[], k]);
          walk(x);
        }
      };
      walk(copy);
      const slot = slots[n % Math.max(slots.length, 1)];
      if (slot) (slot[0] as Record<string | number, JsonValue>)[slot[1]] = value as JsonValue;
    }
    return copy;
  });
}

/** Arbitrary: any JSON object, a bag of the given keys with arbitrary values, or a mutated fixture. */
export const auditArbitrary = (keys: string[], records: JsonObject[]): fc.Arbitrary<JsonObject> =>
  fc.oneof(
    fc.object().map((o) => o as JsonObject),
    fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()).map((o) => o as JsonObject),
    mutated(records),
  );

/**
 * Invariants of a parse outcome: a rejection that is not an exception caught by the guard (those are
 * invalid_value without detail), or a cloud event with an ISO time, non-empty service/action, a known outcome
 * and bounded strings.
 */
export function saneOutcome(out: ParseOutcome): boolean {
  if (!("event" in out)) return !(out.reason === "invalid_value" && out.detail === undefined);
  const e = out.event;
  if (e.kind !== "cloud") return false;
  const strings = Object.values(e).filter((v): v is string => typeof v === "string");
  if (!e.service || !e.action) return false;
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(e.time) &&
    typeof e.service === "string" &&
    typeof e.action === "string" &&
    ["success", "failure", "unknown"].includes(e.outcome) &&
    strings.every((v) => v.length > 0 && v.length <= 2048)
  );
}
