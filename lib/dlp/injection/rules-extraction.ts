// System-prompt extraction (OWASP LLM07): asking the model to reveal its hidden instructions, the text that precedes
// the user turn, or secrets placed in that context (passwords, keys). Mentioning "system prompt" alone is weak.
import { rule, type Rule } from "./signal";

const S = "system_prompt_extraction" as const;

const VERBS =
  "relay|repeat|print|reveal|show|display|output|tell|give|write(?: out| down)?|recite|share|leak|expose|dump|list|disclose|spell out|paste|copy|provide|return|echo|reproduce|summari[sz]e|translate|what(?:'s| is| are| was| were)";
const HIDDEN_CONTEXT =
  "system (?:prompt|message|instructions?)|system(?:'s|’s)? (?:parameters|configuration|settings|instructions)|(?:starting|opening|beginning|setup|initial|original|first|hidden|secret|confidential|internal|underlying|previous|prior|developer|custom|exact|full|complete|entire)[ \\t]+(?:instructions|prompt|system prompt|directives|rules|message)|pre-?prompt|meta-?prompt|prompt template|instructions (?:you were|you've been|you have been|that you were|that were) (?:given|told|provided)|rules you (?:were|have been) given|(?:your|the) (?:instructions|rules|guidelines|programming|prompt) (?:verbatim|word for word|exactly)";
const SECRET_TAIL_EXCLUSIONS = "field|reset|polic|hash|manager|strength|requirement|input|form|validation|generator|length|rules|complexity|recovery";

export const EXTRACTION_RULES: readonly Rule[] = [
  rule(S, "reveal-system-prompt", 0.8, new RegExp(`\\b(?:${VERBS})\\b[^.!?\\n]{0,40}?\\b(?:${HIDDEN_CONTEXT})\\b`, "i"), {
    keywords: [" prompt", "\tprompt", " instructions", " directives", " rules", " message", "system's", "system’s", "system parameters", "system configuration", "system settings", "preprompt", "pre-prompt", "metaprompt", "meta-prompt"],
    // "write a good system prompt for my bot" asks for authoring help, not for this model's prompt.
    adjust: (m) => (/\b(?:how|write a|draft|design|create|improve)\b/i.test(m) && !/\byour\b/i.test(m) ? 0.25 : 0.8),
  }),
  rule(S, "system-prompt-mention", 0.2, /\b(?:system prompt|system message|initial instructions|original instructions|hidden instructions)\b/i, { keywords: ["system prompt", "system message", "initial instructions", "original instructions", "hidden instructions"] }),
  rule(
    S,
    "repeat-text-above",
    0.75,
    /\b(?:repeat|print|output|write|copy|echo|recite|reproduce|show|display|return|tell me)\b[^.!?\n]{0,40}?\b(?:text|words|content|lines|sentences|message|messages|instructions|everything|prompt|conversation|all)\b[^.!?\n]{0,30}?(?:\babove|\bbefore (?:this|my)|\bprior to this|\bpreceding|\bso far|\bverbatim|\bword for word)\b/i,
    { keywords: ["above", "before this", "before my", "prior to this", "preceding", "so far", "verbatim", "word for word"] },
  ),
  rule(S, "repeat-the-above", 0.7, /\b(?:repeat|print|output|write|copy|echo|recite|reproduce|show|display|return|translate|summari[sz]e)[ \t]+(?:all[ \t]+)?(?:of[ \t]+)?(?:the|everything)[ \t]+above\b/i, {
    keywords: ["above"],
  }),
  rule(
    S,
    "what-were-you-told",
    0.7,
    /\b(?:what|everything|the (?:text|words|instructions|prompt|message))[ \t]+(?:were you|you were|have you been|you've been|you have been)[ \t]+(?:told|given|instructed|provided|programmed)\b(?![ \t]+by (?:your|my|the) (?:doctor|teacher|parents?|boss|manager))/i,
    { keywords: ["were you", "you were", "have you been", "you've been", "you have been"] },
  ),
  rule(S, "before-conversation", 0.45, /\bbefore (?:this|our|the) (?:conversation|chat|session) (?:started|began|begun)\b/i, { keywords: ["conversation started", "conversation began", "conversation begun", "chat started", "chat began", "session started", "session began"] }),
  rule(S, "your-instructions", 0.65, /\b(?:output|print|reveal|repeat|show|display|recite|list|dump|disclose|leak|expose|tell me|share)[ \t]+(?:me[ \t]+)?(?:all[ \t]+(?:of[ \t]+)?)?your[ \t]+(?:instructions|rules|guidelines|directives|configuration|programming|prompt|system|settings|parameters)\b/i, {
    keywords: ["your instructions", "your rules", "your guidelines", "your directives", "your configuration", "your programming", "your prompt", "your system", "your settings", "your parameters"],
  }),
  rule(S, "complete-the-leak", 0.7, /\b(?:complete|continue|finish)\b[^\n]{0,40}?["'‘“](?:i was (?:instructed|told|programmed)|my (?:instructions|system prompt|rules|prompt) (?:are|is|say)|the (?:system )?prompt (?:is|says)|you are)/i, {
    keywords: ["i was instructed", "i was told", "i was programmed", "my instructions", "my system prompt", "my rules", "my prompt", "prompt is", "prompt says", "you are"],
  }),
  rule(S, "code-print-prompt", 0.7, /(?:print|console\.log|echo|puts|printf|System\.out\.println|repr|str)[ \t]*\([ \t]*(?:self\.|this\.)?(?:system_?prompt|systemPrompt|SYSTEM_PROMPT|initial_?prompt|instructions)\b/i, {
    keywords: ["system_prompt", "systemprompt", "initial_prompt", "initialprompt", "instructions"],
  }),
  rule(S, "starting-with-you-are", 0.7, /\b(?:start(?:ing)?|begin(?:ning)?)[ \t]+(?:with|from)[ \t]+(?:the[ \t]+)?(?:words?|phrase|text|sentence|line)?[ \t]*["'“‘]?you are\b/i, { keywords: ["you are"] }),
  rule(S, "which-instructions-given", 0.7, /\b(?:what|which)[ \t]+(?:instructions|rules|guidelines|directives|prompt)[ \t]+(?:were you|have you been|did you get|did they give you|are you)[ \t]+(?:given|told|programmed|provided|following|instructed)\b/i, {
    keywords: ["were you", "have you been", "did you get", "did they give you", "are you"],
  }),
  rule(
    S,
    "secret-fishing",
    0.5,
    new RegExp(
      `\\b(?:what(?:'s| is| was)|ask(?: you)? for|tell me|give me|share|reveal|confirm|disclose|show me|provide|spell|print|output|leak|expose)\\b[^.!?\\n]{0,30}?\\b(?:your|the)[ \\t]+(?:secret key|secret|password|passcode|api key|access key|private key|secret word|passphrase|credentials|confidential (?:info|information|data))\\b(?![ \\t]*(?:${SECRET_TAIL_EXCLUSIONS}))`,
      "i",
    ),
    { keywords: ["secret", "password", "passcode", "api key", "access key", "private key", "passphrase", "credentials", "confidential"] },
  ),
  rule(
    S,
    "secret-fishing-foreign",
    0.5,
    /(?:cuál es|dime|dame|comparte|revela)[^.?\n]{0,20}?(?:la|tu|su) contraseña|(?:qual é|compartilhe|diga|revele)[^.?\n]{0,20}?(?:a |sua )?senha|(?:was ist|nenne|verrate|gib)[^.?\n]{0,20}?(?:das|dein|ihr) passwort|(?:quel est|donne|révèle|partage)[^.?\n]{0,20}?(?:le|ton|votre) mot de passe/iu,
    { keywords: ["contraseña", "senha", "passwort", "mot de passe"] },
  ),
  rule(S, "secret-in-creative-form", 0.5, /\b(?:poem|haiku|song|story|acrostic|limerick|riddle|rhyme|rap)\b[^.\n]{0,30}?\b(?:the|your)[ \t]+(?:password|secret key|secret word|passphrase)\b/i, {
    keywords: ["password", "secret", "passphrase"],
  }),
];
