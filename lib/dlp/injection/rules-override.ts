// Instruction override: attempts to cancel the instructions the model was given ("ignore all previous instructions").
// The English rule only accepts a verb followed by a short run of qualifier words and an instruction noun, so
// "please ignore the typo" or "ignore the distractions" never match; the weight then depends on the qualifiers.
import { FOREIGN_OVERRIDE_RULES } from "./rules-override-i18n";
import { rule, type Rule } from "./signal";

const O = "instruction_override" as const;

const VERBS =
  "ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|override|bypass|discard|neglect|abandon|skip|drop|dismiss|erase|delete|clear|reset|wipe|set aside|put aside|throw out|pay no (?:attention|heed) to|do not follow|don'?t follow|stop following|no longer follow|cease following";
const VERB_KEYWORDS = ["ignor", "disregard", "forget", "overlook", "override", "bypass", "discard", "neglect", "abandon", "skip", "drop", "dismiss", "erase", "delete", "clear", "reset", "wipe", "aside", "throw out", "pay no", "follow"];
const QUALIFIERS =
  "following|subsequent|foregoing|all|any|every|each|of|the|your|my|these|those|that|this|its|their|our|and|or|previous|previously|prior|above|preceding|earlier|former|original|initial|old|existing|current|given|provided|system|safety|ethical|moral|content|default|other|preset|pre-set|programmed|built-in|openai'?s?|anthropic'?s?|developer'?s?|internal|hidden|entire|whole";
const NOUNS =
  "instructions?|rules?|directives?|guidelines?|prompts?|commands?|constraints?|restrictions?|programming|guidance|polic(?:y|ies)|context|conversation|orders|training|filters?|limitations?|safeguards?|protocols?|messages?|text|tasks?|directions?|inputs?|information|data|responses?|answers?|requests?";
// Optional positional tail after the noun: "ignore the directions above", "forget the rules you were given".
const TAIL = "above|before|so far|from before|(?:given|provided) (?:to you|above|earlier|before)|(?:you(?:'ve| have)?|that you) (?:were |have been |been )?(?:given|told|provided)";

const STRONG_POSITION = /previous|prior|above|preceding|earlier|former|original|initial|existing|\b(?:before|given|told|provided)\b/i;
const STRONG_SCOPE = /\b(?:all|any|every|your|system|safety|ethical|moral|openai|anthropic|developer|programmed|default|built-in|preset|pre-set|internal|hidden)\b/i;
const CORE_NOUN = /(?:instruction|rule|directive|guideline|prompt|command|constraint|restriction|programming|guidance|polic|training|filter|limitation|safeguard|protocol|direction)/i;

const overrideWeight = (match: string): number => {
  // "ignore my previous message" is a user correcting themselves; "ignore all prior inputs" is not.
  if (!CORE_NOUN.test(match)) return STRONG_POSITION.test(match) ? (/\bmy\b/i.test(match) ? 0.25 : 0.6) : 0;
  if (STRONG_POSITION.test(match)) return 0.85;
  if (STRONG_SCOPE.test(match)) return 0.75;
  return 0.3;
};

export const OVERRIDE_RULES: readonly Rule[] = [
  rule(O, "override-en", 0.85, new RegExp(`\\b(?:${VERBS})\\b(?:[ \\t]+(?:${QUALIFIERS})\\b){0,5}[ \\t]+(?:${NOUNS})\\b(?:[ \\t]+(?:${TAIL})\\b)?`, "i"), {
    keywords: VERB_KEYWORDS,
    adjust: overrideWeight,
  }),
  rule(
    O,
    "override-everything-en",
    0.8,
    /\b(?:ignore|disregard|forget|overlook|discard|erase)\b[ \t]+(?:about[ \t]+)?(?:everything|all|anything|what(?:ever)?)\b(?:[ \t]+(?:that|which))?[ \t]+(?:(?:from[ \t]+)?before|above|prior|previously|said before|written above|i (?:said|told you|wrote)|(?:you(?:'ve| have)?|we(?:'ve| have)?)[ \t]+(?:been[ \t]+|were[ \t]+)?(?:told|instructed|given|taught|said|learned|discussed)|up to (?:this|now)|so far|until now)/i,
    { keywords: ["ignore", "disregard", "forget", "overlook", "discard", "erase"] },
  ),
  rule(O, "ignore-everything-before-this", 0.75, /\b(?:ignore|disregard|forget)[ \t]+(?:all[ \t]+|about[ \t]+)?everything\b[^.!?\n]{0,30}?\b(?:(?:before|above|prior to)[ \t]+(?:this|now|that)|previously|so far|until now|up to now)\b/i, {
    keywords: ["everything"],
  }),
  rule(O, "reprogramming", 0.4, /\breprogram(?:ming|med)?\b/i, { keywords: ["reprogram"] }),
  rule(O, "forget-everything-en", 0.3, /\bforget (?:everything|all) (?:you know|you've learned|you have learned)\b/i, { keywords: ["forget"] }),
  rule(O, "new-instructions", 0.45, /\b(?:new|updated|revised|real|actual|true|secret|hidden|override|overriding|important new)[ \t]+(?:instructions?|directives?|system prompt|orders)[ \t]*[:\-–]/i, {
    keywords: ["instruction", "directive", "system prompt", "orders:", "orders :", "orders-", "orders -", "orders–", "orders –"],
  }),
  rule(O, "new-task", 0.5, /\byour (?:new|real|true|only|actual) (?:task|goal|purpose|objective|instructions?|job|mission|role) (?:is|are|will be|now is)\b/i, { keywords: ["your new", "your real", "your true", "your only", "your actual"] }),
  rule(
    O,
    "not-bound-by-rules",
    0.6,
    /\b(?:don'?t|do not|doesn'?t|does not|never|won'?t|will not|no need to|not required to|aren'?t required to|are not required to|no longer (?:have to|need to))[ \t]+(?:have to[ \t]+|need to[ \t]+)?(?:follow|abide by|adhere to|obey|comply with|respect|stick to)[ \t]+(?:any[ \t]+)?(?:of[ \t]+)?(?:the[ \t]+|your[ \t]+|its[ \t]+|their[ \t]+)?(?:openai'?s?[ \t]+|anthropic'?s?[ \t]+)?(?:rules|guidelines|polic(?:y|ies)|content polic(?:y|ies)|restrictions|ethics|ethical|moral|morals|laws|filters|principles|instructions)/i,
    { keywords: ["follow", "abide", "adhere", "obey", "comply", "respect", "stick to"] },
  ),
  rule(
    O,
    "ignore-and-say",
    0.65,
    /\b(?:ignore|disregard|forget|overlook)[ \t]+(?:the|this|that|all|any|everything|previous|above|my|your)\b[^.!?\n]{0,40}?\band[ \t]+(?:instead[ \t]+)?(?:say|state|print|output|respond|reply|answer|write|tell|claim|declare|return|just say)\b|\b(?:ignore|disregard) the (?:above|resume|webpage|page|document|text|article|email|function|code|question|content|paper|table|data|review|message)\b[ \t]*[:;]/i,
    { keywords: ["ignore", "disregard", "forget", "overlook"] },
  ),
  ...FOREIGN_OVERRIDE_RULES,
];
