// Deterministic mixed log corpus for `npm run bench:ingest`: Bedrock invocation logs and OpenAI chat exchanges
// with prompts (about 1.5% carrying PII or a secret), and CloudTrail records.
import { seededRandom } from "./prng";

const { rand, pick } = seededRandom(0x1d9e57);
const WORDS = "the customer order invoice please summarize report quarterly ticket refund account shipping policy review draft email meeting notes product feature request latency retry budget context document search index chunk source citation".split(" ");
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
const alnum = (n: number) => Array.from({ length: n }, () => pick([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])).join("");
const SENSITIVE = [
  () => `reach me at user${Math.floor(rand() * 1e4)}@example.com`,
  () => `card 4111 1111 1111 1111 was charged`,
  () => `use key AKIA${alnum(16)} for the upload`,
  () => `call +1 415 555 ${String(Math.floor(rand() * 9000) + 1000)}`,
];
const prompt = () => sentence(20 + Math.floor(rand() * 60)) + (rand() < 0.015 ? ` ${pick(SENSITIVE)()}` : "");
const time = (i: number) => new Date(Date.UTC(2025, 2, 1) + i * 1000).toISOString();

export function benchRecord(i: number): string {
  switch (i % 3) {
    case 0:
      return JSON.stringify({
        schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp: time(i), accountId: "123456789012", region: "us-east-1", requestId: `req-${i}`,
        operation: "Converse", modelId: pick(["anthropic.claude-3-haiku-20240307-v1:0", "amazon.nova-lite-v1:0"]),
        identity: { arn: `arn:aws:sts::123456789012:assumed-role/app-${i % 7}/s` },
        input: { inputContentType: "application/json", inputTokenCount: 40 + (i % 200), inputBodyJson: { messages: [{ role: "user", content: [{ text: prompt() }] }] } },
        output: { outputContentType: "application/json", outputTokenCount: 20 + (i % 50), outputBodyJson: { output: { message: { role: "assistant", content: [{ text: sentence(15) }] } } } },
      });
    case 1:
      return JSON.stringify({
        request: { method: "POST", uri: "https://api.openai.com/v1/chat/completions", headers: { "OpenAI-Project": [`proj_${i % 5}`] }, body: { model: "gpt-4o-mini", messages: [{ role: "user", content: prompt() }] } },
        response: { status: 200, headers: { Date: [new Date(Date.UTC(2025, 2, 1) + i * 1000).toUTCString()] }, body: { id: `chatcmpl-${i}`, object: "chat.completion", created: 1740787200 + i, model: "gpt-4o-mini-2024-07-18", choices: [{ index: 0, message: { role: "assistant", content: sentence(12) }, finish_reason: "stop" }], usage: { prompt_tokens: 50 + (i % 90), completion_tokens: 12, total_tokens: 62 + (i % 90) } } },
      });
    default:
      return JSON.stringify({
        eventVersion: "1.09", eventTime: time(i), eventSource: pick(["s3.amazonaws.com", "sts.amazonaws.com", "bedrock.amazonaws.com"]), eventName: pick(["GetObject", "AssumeRole", "InvokeModel"]),
        awsRegion: "us-east-1", sourceIPAddress: `10.0.${i % 255}.${(i * 7) % 255}`, userAgent: "aws-sdk-js/3", recipientAccountId: "123456789012",
        userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::123456789012:assumed-role/app-${i % 7}/s` }, requestParameters: { bucketName: "data", key: `obj/${i}` }, eventID: `ev-${i}`,
      });
  }
}
