// Delimiter and tool-call injection: text that imitates chat-template tokens, role headers or tool-call payloads so
// that user/document content is read as a system turn or as a function call.
import { rule, type Rule } from "./signal";

const D = "delimiter_injection" as const;

// Line-anchored rules (^, $ with the m flag) run in windows like the others: a window edge can only fake a line
// start or end where no match holding one of the rule's keywords fits (see signal.ts).
// Chat-API JSON (roles, tool calls) is the structure of a raw request/response log line (bodies are often nested
// as escaped strings), not an attack; it is suspicious only inside prompt text, hence proseOnly.

export const DELIMITER_RULES: readonly Rule[] = [
  rule(D, "chat-template-token", 0.75, /<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|endofprompt|fim_prefix|fim_suffix)\|>|<(?:start|end)_of_turn>/, { keywords: ["<|", "_of_turn>"] }),
  rule(D, "llama-inst", 0.7, /\[\/?INST\]|<<\/?SYS>>/, { keywords: ["[inst]", "[/inst]", "<<sys>>", "<</sys>>"] }),
  rule(D, "sentence-tokens", 0.3, /<\/s>|<s>(?=[ \t]*\[INST\])/, { keywords: ["</s>", "<s>"] }),
  rule(D, "markdown-role-header", 0.55, /^[ \t]*#{1,6}[ \t]*(?:system|instructions?|new instructions|system prompt|system message|admin|developer)[ \t]*:?[ \t]*$/im, {
    keywords: ["# system", "#system", "# instruction", "#instruction", "# new instruction", "#new instruction", "# admin", "#admin", "# developer", "#developer"],
  }),
  rule(D, "role-prefix-line", 0.35, /(?<=^[ \t]*)(?:system|developer|admin)[ \t]*(?:message|prompt|override|note)?[ \t]*:[ \t]*\S/im, { keywords: ["system:", "system :", "developer:", "developer :", "admin:", "admin :", "system message", "system prompt", "system override", "system note", "developer message", "developer prompt", "developer note", "admin override", "admin message", "admin note"] }),
  rule(D, "fake-turn", 0.3, /(?<=(?:^|\n)[ \t]*)(?:Human|Assistant|AI|User|ChatGPT|GPT)[ \t]*:[ \t]*\S[^\n]*\n(?:[^\n]*\n){0,20}?[ \t]*(?:Human|Assistant|AI|User|ChatGPT|GPT)[ \t]*:/, {
    keywords: ["human:", "assistant:", "ai:", "user:", "chatgpt:", "gpt:", "human :", "assistant :", "ai :", "user :", "chatgpt :", "gpt :"], whole: true,
  }),
  rule(D, "system-tag", 0.5, /<\/?[ \t]*(?:system|sys|system_prompt|system-prompt|instructions?|admin|developer)(?:[ \t]+[^<>\n]{0,30})?>/i, {
    keywords: ["<system", "<sys", "<instruction", "<admin", "<developer", "</system", "</sys", "</instruction", "</admin", "</developer", "< system"],
  }),
  rule(D, "bracket-system", 0.45, /\[(?:system|admin|developer|sys|assistant)(?:[ _-]?(?:message|prompt|note|override|instruction|update))?\](?:\(#[\w-]{1,30}\))?/i, {
    keywords: ["[system", "[admin", "[developer", "[sys", "[assistant"],
  }),
  rule(D, "end-of-prompt", 0.5, /\b(?:end of (?:the )?(?:input|prompt|instructions|system prompt|document|context|user input|user message)|begin(?:ning of)? (?:new |the )?(?:instructions|system prompt)|(?:system|user) (?:prompt|input|message) ends here)\b/i, {
    keywords: ["end of", "begin", "ends here"],
  }),
  rule(D, "json-tool-call", 0.55, /\\?"(?:function_call|tool_calls|tool_call|tool_use|tool_code)\\?"[ \t]*:/, { keywords: ['function_call"', 'tool_call', 'tool_use"', 'tool_code"'], proseOnly: true }),
  rule(D, "json-role-system", 0.5, /\\?"role\\?"[ \t]*:[ \t]*\\?"(?:system|developer|tool|function)\\?"/, { keywords: ['role"', 'role\\"'], proseOnly: true }),
  rule(D, "json-name-arguments", 0.45, /\\?"name\\?"[ \t]*:[ \t]*\\?"[\w.-]{1,60}\\?"[ \t]*,[ \t\n]*\\?"(?:arguments|parameters)\\?"[ \t]*:/, {
    keywords: ["arguments\"", "parameters\"", "arguments\\\"", "parameters\\\""],
    proseOnly: true,
  }),
  rule(D, "xml-tool-call", 0.55, /<(?:tool_call|function_call|function_calls|tool_use|invoke)\b/i, { keywords: ["<tool_call", "<function_call", "<tool_use", "<invoke"] }),
];
