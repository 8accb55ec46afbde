// Phrase patterns for violence, hate and self-harm. Single words ("kill", "die", "shoot") are far too ambiguous
// (processes, photos, games), so every pattern needs an intent or target: a first-person plan, a how-to request,
// a wish of harm on someone, or a dehumanising claim about a group. Mentions (news, help-seeking) stay below 0.5.
import type { SafetyCategory } from "./lexicon";

/** keywords: lower-case literals, one of which occurs in every match (the gate runs a pattern only after one). */
export type SafetyPattern = { category: SafetyCategory; name: string; score: number; re: RegExp; keywords: readonly string[] };

const p = (category: SafetyCategory, name: string, score: number, re: RegExp, keywords: readonly string[]): SafetyPattern => ({
  category,
  name,
  score,
  re: new RegExp(re.source, re.flags.replace("g", "") + "g"),
  keywords,
});

const HARM_VERBS = "kill|murder|shoot|stab|strangle|slaughter|behead|execute|massacre|torture|poison|lynch|beat(?: up)?|hurt|maim";
const GROUPS =
  "jews|muslims|christians|blacks|black people|whites|white people|asians|mexicans|immigrants|refugees|arabs|gays|gay people|lesbians|trans people|transgender people|women|men|hindus|sikhs|latinos|africans|gypsies|roma|migrants";
const FIRST_PERSON_PLAN = "i(?:'m| am)? (?:going to|gonna|about to|planning to|plan to|want to|will|'ll)|i'll|we(?:'re| are)? (?:going to|gonna|planning to|will)";

export const SAFETY_PATTERNS: readonly SafetyPattern[] = [
  // Violence
  p("violence", "threat-first-person", 0.85, new RegExp(`\\b(?:${FIRST_PERSON_PLAN})[ \\t]+(?:${HARM_VERBS})[ \\t]+(?:you|him|her|them|everyone|everybody|my [a-z]+|all of (?:you|them)|the [a-z]+|people)\\b`, "i"), ["kill", "murder", "shoot", "stab", "strangle", "slaughter", "behead", "execute", "massacre", "torture", "poison", "lynch", "beat", "hurt", "maim"]),
  p("violence", "weapon-howto", 0.85, /\bhow (?:do i|to|can i|would i|could i)[ \t]+(?:make|build|assemble|construct|cook|synthesi[sz]e)[ \t]+(?:a |an |my own )?(?:bomb|pipe bomb|nail bomb|explosive|ied|molotov(?: cocktail)?|grenade|nerve agent|ricin|napalm|ghost gun)\b/i, ["bomb", "explosive", "ied", "molotov", "grenade", "nerve agent", "ricin", "napalm", "ghost gun"]),
  p("violence", "wish-of-death", 0.7, /\b(?:i hope (?:you|he|she|they) (?:die|get killed|burn)|(?:deserves?|ought) to (?:die|be killed|be shot)|should be (?:shot|hanged|killed|executed)(?: on sight)?)\b/i, ["die", "killed", "burn", "shot", "hanged", "executed"]),
  p("violence", "mass-attack-plan", 0.9, /\b(?:shoot up|bomb|attack) (?:the|a|my|our) (?:school|church|mosque|synagogue|temple|office|mall|concert|stadium|crowd)\b/i, ["shoot up", "bomb", "attack"]),
  // Hate
  p("hate", "group-extermination", 0.9, new RegExp(`\\b(?:${GROUPS})[ \\t]+(?:should|must|need to|deserve to)[ \\t]+(?:all[ \\t]+)?(?:be[ \\t]+)?(?:exterminated|eradicated|wiped out|gassed|lynched|killed|die|burn)\\b|\\b(?:kill|exterminate|gas|wipe out)[ \\t]+(?:all[ \\t]+)?(?:the[ \\t]+)?(?:${GROUPS})\\b`, "i"), ["should", "must", "need to", "deserve", "kill", "exterminate", "gas", "wipe out"]),
  p("hate", "group-dehumanising", 0.75, new RegExp(`\\b(?:all[ \\t]+)?(?:${GROUPS})[ \\t]+(?:are|is)[ \\t]+(?:(?:just|nothing but|all)[ \\t]+)?(?:animals|vermin|subhuman|parasites|cockroaches|rats|apes|savages|an inferior race|inferior|a disease|a plague)\\b`, "i"), ["animals", "vermin", "subhuman", "parasites", "cockroaches", "rats", "apes", "savages", "inferior", "disease", "plague"]),
  p("hate", "hate-slogan", 0.8, /\b(?:heil hitler|sieg heil|white power|gas the [a-z]+|race war now|14 words|1488)\b/i, ["heil", "white power", "gas the", "race war", "14 words", "1488"]),
  // Self-harm
  p("self_harm", "intent-first-person", 0.9, /\b(?:i(?:'m| am)? (?:going to|gonna|about to|planning to|plan to|want to|will|'ll)|i'll|thinking (?:about|of)|thoughts of)[ \t]+(?:kill(?:ing)? myself|end(?:ing)? (?:my|it all|my own) ?(?:life)?|commit(?:ting)? suicide|hurt(?:ing)? myself|cut(?:ting)? myself|hang(?:ing)? myself|overdos(?:e|ing))\b/i, ["myself", "end my", "ending my", "it all", "suicide", "overdos"]),
  p("self_harm", "method-request", 0.9, /\b(?:how (?:to|do i|can i|should i)|(?:best|easiest|quickest|painless|surest) (?:way|method)s? to)[ \t]+(?:kill myself|commit suicide|end my life|die painlessly|hang myself|slit my wrists|overdose)\b|\bhow many [a-z ]{1,30} (?:pills|tablets) (?:to|would) (?:kill|die)\b/i, ["myself", "suicide", "my life", "painlessly", "wrists", "overdose", "pills", "tablets"]),
  p("self_harm", "hopelessness", 0.75, /\bi (?:don'?t|do not) want to (?:live|be alive|exist) anymore\b|\b(?:no reason|nothing) (?:left )?to live for\b|\bbetter off dead\b/i, ["anymore", "live for", "better off dead"]),
  p("self_harm", "mention", 0.3, /\b(?:suicid(?:e|al)|self[- ]harm(?:ing)?)\b/i, ["suicid", "self-harm", "self harm", "selfharm"]),
];
