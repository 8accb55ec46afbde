// AWS CloudTrail records → CloudEvent (provider aws). Files are {"Records":[…]} documents or NDJSON records; Panther
// exports may lower-case the keys ("eventname"). S3 server-access log entries (bucket, operation, requester,
// remoteip — the JSON form log pipelines emit) are mapped here too, since they describe the same S3 API calls.
import type { JsonObject, JsonValue, ParseOutcome, SourceParser } from "../types";
import { carr, ci, cloudEvent, cobj, cstr, first, firstTime, guarded, ipOf, missing, objects, safe, wrongFormat } from "./audit-fields";

const BEDROCK_MODEL_CALLS = new Set(["InvokeModel", "InvokeModelWithResponseStream", "Converse", "ConverseStream"]);
const HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";
/** requestParameters that name the object an API call acts on, in order of preference. */
const RESOURCE_PARAMS = [
  "roleArn", "policyArn", "secretId", "keyId", "functionName", "trailName", "roleName", "userName", "groupName", "guardrailIdentifier",
  "dBInstanceIdentifier", "dBSnapshotIdentifier", "dBClusterIdentifier", "instanceId", "imageId", "snapshotId", "groupId", "name",
];

const isCloudTrail = (r: JsonObject) => typeof ci(r, "eventSource") === "string" && typeof ci(r, "eventName") === "string";
const isS3Access = (r: JsonObject) =>
  typeof ci(r, "bucket") === "string" && ["operation", "requester", "remoteip", "bucketowner", "requestid"].some((k) => ci(r, k) != null);

const accountOfArn = (arn: string | undefined) => (arn ? /^arn:aws[\w-]*:[^:]*:[^:]*:(\d{12}):/.exec(arn)?.[1] : undefined);

/** Bedrock model id from modelId, which may be a foundation-model or system inference-profile ARN. */
function modelOf(modelId: string | undefined): string | undefined {
  if (!modelId) return undefined;
  const m = /^arn:aws[\w-]*:bedrock:[^:]*:[^:]*:(?:foundation-model|inference-profile)\/(.+)$/.exec(modelId);
  return m?.[1] ?? modelId;
}

function resourceOf(r: JsonObject): string | undefined {
  const bucket = cstr(r, "requestParameters", "bucketName");
  if (bucket) {
    const key = cstr(r, "requestParameters", "key");
    return key ? `s3://${bucket}/${key}` : `s3://${bucket}`;
  }
  const res = objects(carr(r, "resources"))[0];
  const fromResources = first(cstr(res, "ARN"), cstr(res, "arn"));
  if (fromResources) return fromResources;
  const modelId = cstr(r, "requestParameters", "modelId");
  if (modelId) return modelId;
  for (const p of RESOURCE_PARAMS) {
    const v = cstr(r, "requestParameters", p);
    if (v && v !== HIDDEN) return v;
  }
  return undefined;
}

function parseCloudTrail(r: JsonObject): ParseOutcome {
  const time = firstTime(r, ["eventTime"]);
  if (!time) return missing("eventTime");
  const service = cstr(r, "eventSource");
  if (!service) return missing("eventSource");
  const action = cstr(r, "eventName");
  if (!action) return missing("eventName");
  const who = cobj(r, "userIdentity");
  const principal = first(cstr(who, "arn"), cstr(who, "userName"), cstr(who, "principalId"), cstr(who, "invokedBy"));
  const errorCode = cstr(r, "errorCode");
  const consoleLogin = cstr(r, "responseElements", "ConsoleLogin");
  const modelCall = service.startsWith("bedrock") && BEDROCK_MODEL_CALLS.has(action);
  return cloudEvent({
    time,
    provider: "aws",
    account: first(cstr(r, "recipientAccountId"), cstr(who, "accountId"), accountOfArn(cstr(who, "arn"))),
    principal,
    sourceIp: ipOf(cstr(r, "sourceIPAddress")),
    userAgent: cstr(r, "userAgent"),
    service,
    action,
    resource: resourceOf(r),
    outcome: errorCode || consoleLogin === "Failure" ? "failure" : "success",
    region: cstr(r, "awsRegion"),
    model: modelCall ? modelOf(cstr(r, "requestParameters", "modelId")) : undefined,
  });
}

function parseS3Access(r: JsonObject): ParseOutcome {
  const time = firstTime(r, ["time"]);
  if (!time) return missing("time");
  const action = cstr(r, "operation");
  if (!action) return missing("operation");
  const bucket = cstr(r, "bucket") ?? "";
  const key = cstr(r, "key");
  const status = Number(ci(r, "httpstatus"));
  const errorCode = cstr(r, "errorcode");
  const requester = cstr(r, "requester");
  const failed = (errorCode && errorCode !== "-") || status >= 400;
  return cloudEvent({
    time,
    provider: "aws",
    account: accountOfArn(requester),
    principal: requester && requester !== "-" ? requester : undefined,
    sourceIp: ipOf(cstr(r, "remoteip")),
    userAgent: first(cstr(r, "useragent"), cstr(r, "userAgent")),
    service: "s3.amazonaws.com",
    action,
    resource: key && key !== "-" ? `s3://${bucket}/${key}` : `s3://${bucket}`,
    outcome: failed ? "failure" : status >= 200 ? "success" : "unknown",
  });
}

export const awsCloudtrailParser: SourceParser = {
  source: "aws-cloudtrail",
  label: "AWS CloudTrail",
  split: safe((value: JsonObject): JsonObject[] | null => {
    const records: JsonValue | undefined = value.Records;
    return Array.isArray(records) ? objects(records) : null;
  }, null),
  matches: safe(
    (r: JsonObject) =>
      (isCloudTrail(r) && firstTime(r, ["eventTime"]) !== undefined) || (isS3Access(r) && typeof ci(r, "operation") === "string" && firstTime(r, ["time"]) !== undefined),
    false,
  ),
  parse: guarded((r) => (ci(r, "eventName") != null || ci(r, "eventSource") != null ? parseCloudTrail(r) : isS3Access(r) ? parseS3Access(r) : wrongFormat)),
};
