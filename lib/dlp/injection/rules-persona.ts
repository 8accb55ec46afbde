// Jailbreak personas: role-play framing, "no restrictions" claims and the named families (DAN, STAN, AIM, developer
// mode...). Each phrase alone is weak (benign prompts say "act as a reviewer"); jailbreaks stack several of them.
import { rule, type Rule } from "./signal";

const J = "jailbreak_persona" as const;

const RESTRICTIONS =
  "restrictions?|limitations?|limits|filters?|filtering|censorship|guidelines|rules|polic(?:y|ies)|boundaries|ethics|morals?|morality|ethical (?:guidelines|principles|constraints|considerations)|moral (?:guidelines|principles|constraints)|constraints|confines|content polic(?:y|ies)|safeguards|principles";

const devModeWeight = (m: string, text: string, index: number) => {
  const before = text.slice(Math.max(0, index - 30), index);
  if (/(?:chatgpt|gpt|\bai\b|\byou\b|assistant|model|llm|claude|bard|gemini|llama)/i.test(before) || /output|response/i.test(m)) return 0.7;
  return /enabled|activated/i.test(m) ? 0.55 : 0.3;
};
// Phones, GitHub and servers have real developer/sudo/debug modes; god/DAN/unrestricted modes exist only in jailbreaks.
const modeWeight = (m: string) => (/\b(?:debug|test|testing|admin|administrator|maintenance|root|developer|sudo|system)\b/i.test(m) ? 0.3 : 0.55);
// "with no policy" is an IAM fact; "not bound by any rules" or "no ethical guidelines" is a jailbreak claim.
const STRONG_UNBOUND = /\b(?:ai|openai|anthropic|content polic|ethic|moral|censorship|filter|guidelines)|not bound|unbound|not restricted|never restricted|no longer|broken free|break free|exempt|bypass|ignor|disregard|violat|confined/i;

export const PERSONA_RULES: readonly Rule[] = [
  rule(J, "do-anything-now", 0.85, /\bdo anything now\b/i, { keywords: ["anything now"] }),
  rule(J, "dan-family-name", 0.35, /\b(?:DAN|STAN|DUDE|AIM|UCAR|KEVIN|NRAF|APOPHIS|OMEGA|BISH|JAILBREAK)\b/, { keywords: ["dan", "stan", "dude", "aim", "ucar", "kevin", "nraf", "apophis", "omega", "bish", "jailbreak"] }),
  rule(J, "gpt-persona", 0.5, /\b(?:BetterDAN|AntiGPT|BasedGPT|DevMode|FreeGPT|EvilGPT|DarkGPT|ChaosGPT|UnGPT|Mongo Tom|DAN ?\d+(?:\.\d+)?|JailMilf)\b/, {
    keywords: ["betterdan", "antigpt", "basedgpt", "devmode", "freegpt", "evilgpt", "darkgpt", "chaosgpt", "ungpt", "mongo tom", "dan", "jailmilf"],
  }),
  rule(J, "aim-machiavellian", 0.85, /\b(?:always intelligent and machiavellian|strive to avoid norms|evil (?:trusted )?confidant)\b/i, { keywords: ["machiavellian", "avoid norms", "confidant"] }),
  rule(J, "stands-for", 0.35, /(?<=\b[A-Z][A-Za-z0-9]{1,12}\b,?[ \t]+(?:which|that|who)[ \t]+)stands[ \t]+for\b/, { keywords: ["stands for"] }),
  rule(J, "developer-mode", 0.3, /developer(?:\\?_|[ \t])mode\b(?:[ \t:]+(?:output|response|enabled|activated))?/i, { keywords: ["developer mode", "developer_mode", "developer\\_mode"], adjust: devModeWeight }),
  rule(
    J,
    "mode-switch",
    0.55,
    /\b(?:enter(?:ing|ed)?|activat(?:e|ed|ing)|enabl(?:e|ed|ing)|switch(?:ed|ing)? (?:in)?to|now in|engag(?:e|ed)|initiat(?:e|ed|ing)|in)[ \t]+(?:the[ \t]+)?(?:developer|god|jailbreak|jailbroken|dan|unrestricted|debug|admin|administrator|sudo|root|override|maintenance|system|evil|unfiltered|uncensored|chaos|law enforcement override|test)[ \t]+mode\b/i,
    { keywords: ["developer mode", "god mode", "jailbreak mode", "jailbroken mode", "dan mode", "unrestricted mode", "debug mode", "admin mode", "administrator mode", "sudo mode", "root mode", "override mode", "maintenance mode", "system mode", "evil mode", "unfiltered mode", "uncensored mode", "chaos mode", "test mode"], adjust: modeWeight },
  ),
  rule(J, "mode-activated", 0.5, /\b(?:system|override|jailbreak|god|dan|sudo|debug|debugging|developer|admin) mode (?:activated|enabled|engaged|on)\b/i, {
    keywords: ["system mode", "override mode", "jailbreak mode", "god mode", "dan mode", "sudo mode", "debug mode", "debugging mode", "developer mode", "admin mode"],
    adjust: (m) => (/debug|admin|developer|sudo/i.test(m) ? 0.3 : 0.5),
  }),
  rule(J, "admin-override", 0.45, /\b(?:administrator|admin|developer|system|sudo|root|emergency|security) override\b/i, { keywords: [" override"] }),
  rule(J, "jailbreak-word", 0.3, /\bjailbr(?:eak|oken|eaking)\b/i, { keywords: ["jailbr"] }),
  rule(J, "dual-response-tags", 0.8, /(?:🔓|🔒)[ \t]*(?:JAILBREAK|CLASSIC|Developer Mode|Normal)|\[(?:🔓|🔒)?(?:JAILBREAK|CLASSIC)\]/, { keywords: ["🔓", "🔒", "[jailbreak]", "[classic]"] }),
  rule(J, "going-to-act-as", 0.4, /\byou(?:'re| are| will)(?:[ \t]+now)?[ \t]+(?:going to[ \t]+)?(?:act|pretend|play|roleplay|role-play|simulate|behave|be acting|impersonate)[ \t]+(?:as|like|to be)\b/i, { keywords: ["act as", "act like", "pretend", "play as", "play like", "roleplay as", "role-play as", "simulate", "behave", "impersonate", "acting as", "be acting"] }),
  rule(J, "act-as", 0.2, /\b(?:act|acting|behave|respond|answer|reply|operate|function)[ \t]+as[ \t]+(?:if[ \t]+you[ \t]+(?:were|are)|though[ \t]+you[ \t]+(?:were|are)|an?|my)\b/i, {
    keywords: ["act as", "acting as", "behave as", "respond as", "answer as", "reply as", "operate as", "function as"],
  }),
  rule(J, "pretend", 0.35, /\bpretend(?:ing)?[ \t]+(?:to[ \t]+be|you(?:'re| are)|that[ \t]+you(?:'re| are)|to[ \t]+have)\b/i, { keywords: ["pretend", "pretending"] }),
  rule(J, "you-are-now", 0.4, /\b[Yy]ou(?:'re| are)[ \t]+now[ \t]+(?:an?|my|called|named|known|free|unrestricted|in|going|DAN|[A-Z][A-Za-z]{1,20})\b/, { keywords: ["you are now", "you're now"] }),
  rule(J, "no-longer-ai", 0.6, /\byou(?:'re| are)[ \t]+(?:no longer|not)[ \t]+(?:an?[ \t]+)?(?:ai|chatgpt|gpt|an ai language model|language model|assistant|bound|restricted|limited|constrained)\b/i, { keywords: ["you are no", "you are not", "you're no", "you're not"] }),
  rule(J, "from-now-on", 0.3, /\bfrom (?:now|this (?:point|moment))(?: on| onwards?)?,?[ \t]+(?:you|your|we|i want you|act|respond|answer|always)\b/i, { keywords: ["from now", "from this point", "from this moment"] }),
  rule(J, "stay-in-character", 0.35, /\b(?:stay(?:ing)?|remain|keep)[ \t]+in[ \t]+character\b|\b(?:never|don'?t|do not|not)[ \t]+break[ \t]+character\b|\bbreak(?:ing)?[ \t]+character\b/i, {
    keywords: ["character"],
  }),
  rule(J, "never-refuse", 0.4, /\b(?:never|not|can'?t|cannot|won'?t|will not|must not|shall not|unable to|don'?t|do not)[ \t]+(?:ever[ \t]+)?(?:refuse|decline|deny|reject)\b(?![ \t]+(?:service|access|entry|payment))/i, { keywords: ["refuse", "decline", "deny", "reject"] }),
  rule(
    J,
    "no-restrictions",
    0.45,
    new RegExp(
      `\\b(?:without|with no|no|free (?:of|from)|not bound by|unbound by|(?:not|never|no longer) (?:be )?(?:restricted|constrained|limited|bound|held back|confined) (?:by|to)|doesn'?t have|does not have|don'?t have|do not have|broken free (?:of|from)|break free (?:of|from)|freed from|exempt from|beyond|outside|bypass(?:es|ing)?|ignores?|disregards?|violat(?:e|es|ing))[ \\t]+(?:any|all|the|its|their|his|her|your|of|typical|usual|normal|ai|openai'?s?|anthropic'?s?|such|these|those|moral|ethical|content|[ \\t]){0,12}?(?:${RESTRICTIONS})\\b`,
      "i",
    ),
    {
      keywords: ["restriction", "limitation", "limits", "filter", "censorship", "guidelines", "rules", "polic", "boundaries", "ethic", "moral", "constraints", "confines", "safeguards", "principles"],
      alsoKeywords: ["without", "no ", "not ", "never ", "free ", "unbound", "doesn", "don't", "dont", "freed", "exempt", "beyond", "outside", "bypass", "ignore", "disregard", "violat"],
      adjust: (m) => (STRONG_UNBOUND.test(m) ? 0.5 : 0.4),
    },
  ),
  rule(J, "vendor-policy", 0.35, /\b(?:openai|anthropic|google|meta)(?:'s)?[ \t]+(?:content[ \t]+|usage[ \t]+|safety[ \t]+)?(?:polic(?:y|ies)|guidelines|rules|filters|restrictions)\b/i, { keywords: ["openai ", "openai's", "openai’s", "anthropic ", "anthropic's", "anthropic’s", "google ", "google's", "google’s", "meta ", "meta's", "meta’s"] }),
  rule(J, "amoral-traits", 0.2, /\b(?:unfiltered|uncensored|amoral|unethical|immoral|illegal|explicit|unrestricted|unhinged|depraved|no morals|no ethics|no filters?|without (?:morals|ethics|remorse|any remorse))\b/i, {
    keywords: ["unfilter", "uncensor", "amoral", "unethical", "immoral", "illegal", "explicit", "unrestrict", "unhinged", "depraved", "no moral", "no ethic", "no filter ", "no filters", "without moral", "without ethic", "without remorse", "without any remorse"],
    distinct: true,
  }),
  rule(J, "regardless", 0.35, /\bregardless of (?:how |whether it(?:'s| is) |the )?(?:legal|illegal|legality|ethical|unethical|ethics|immoral|morality|dangerous|harmful|offensive|inappropriate|consequences)\b/i, { keywords: ["regardless"] }),
  rule(J, "no-warnings", 0.45, /\b(?:never|not|don'?t|do not|won'?t|will not|must not|shouldn'?t|should not|without)[ \t]+(?:ever[ \t]+)?(?:include|add|give|provide|say|mention|use|send|issue|adding|giving|including)?[ \t]*(?:any[ \t]+)?(?:warnings?|disclaimers?|apolog(?:y|ies|ize)|moraliz\w*|cautionary|reminders?|ethical (?:concerns|notes))\b/i, {
    keywords: ["warning", "disclaimer", "apolog", "moraliz", "cautionary", "reminder", "ethical concern", "ethical note"],
  }),
  rule(J, "banned-refusal-phrases", 0.5, /\b(?:never|not|don'?t|do not|won'?t|will not|must not|shouldn'?t|should not)[ \t]+(?:say|respond with|reply with|use the phrase|include|tell me)[^.\n]{0,24}?(?:i'?m sorry|i am sorry|as an ai|i cannot|i can'?t|i apologi[sz]e|that you can'?t|that you cannot|it can'?t)/i, { keywords: ["sorry", "as an ai", "cannot", "can't", "cant", "can’t", "apologi"] }),
  rule(J, "token-penalty", 0.5, /\btokens?[ \t]+(?:system|will be deducted|deducted|will be lost)\b|\blose[ \t]+(?:\d+[ \t]+|all[ \t]+|your[ \t]+)?tokens\b/i, { keywords: ["token system", "tokens system", "deducted", "will be lost", "lose "] }),
  rule(J, "dual-response", 0.25, /\b(?:two|2)[ \t]+(?:different[ \t]+|separate[ \t]+|distinct[ \t]+)?(?:responses|answers|ways|paragraphs|outputs|personalities)\b/i, { keywords: ["two different", "two separate", "two distinct", "two responses", "two answers", "two ways", "two paragraphs", "two outputs", "two personalities", "2 different", "2 separate", "2 distinct", "2 responses", "2 answers", "2 ways", "2 paragraphs", "2 outputs", "2 personalities"] }),
  rule(J, "evil-persona", 0.4, /\b(?:opposite|evil|dark|uncensored|unfiltered|amoral|rogue|unrestricted|unchained|liberated)[ \t]+(?:ai|version|twin|assistant|chatbot|persona|side|alter ego|bot|model)\b/i, {
    keywords: ["opposite", "evil", "dark ", "uncensor", "unfilter", "amoral", "rogue", "unrestrict", "unchain", "liberated"],
  }),
  rule(J, "fictional-frame", 0.15, /\b(?:in this|in a|this is a)[ \t]+(?:fictional|hypothetical|imaginary|fantasy)[ \t]+(?:world|universe|scenario|story|setting|realm)\b|\bhypothetical (?:response|scenario)\b/i, { keywords: ["fictional", "hypothetical", "imaginary", "fantasy"] }),
  rule(J, "roleplay", 0.15, /\brole[ -]?play(?:ing)?\b/i, { keywords: ["roleplay", "role play", "role-play"] }),
  rule(J, "authority-claim", 0.45, /\b(?:i am|i'm)[ \t]+(?:your|the|an?)[ \t]+(?:developer|creator|admin|administrator|owner|programmer|engineer|employee|system administrator)\b(?:[ \t]+(?:and|running|at|from|with|of)(?:[ \t]+(?:openai|anthropic))?)?/i, {
    keywords: ["your developer", "your creator", "your admin", "your owner", "your programmer", "your engineer", "your employee", "your system administrator", "the developer", "the creator", "the admin", "the owner", "the programmer", "the engineer", "the employee", "the system administrator", "a developer", "a creator", "a admin", "a owner", "a programmer", "a engineer", "a employee", "a system administrator", "an developer", "an creator", "an admin", "an owner", "an programmer", "an engineer", "an employee", "an system administrator"],
    adjust: (m) => (/\byour\b|openai|anthropic/i.test(m) || /running|and$/i.test(m) ? 0.45 : 0),
  }),
  rule(J, "vendor-staff", 0.35, /\b(?:openai|anthropic)[ \t]+(?:employee|engineer|developer|staff|team member|researcher)s?\b/i, { keywords: ["openai ", "anthropic "] }),
  rule(J, "moralizing-rant", 0.5, /\bmorali[sz]\w* rant\b|\bmandatory (?:\w+ )?warning\b/i, { keywords: ["moraliz", "moralis", "mandatory"] }),
  rule(J, "prompt-placeholder", 0.3, /\[(?:insert |put )?(?:your |the )?(?:prompt|question|request|role)(?: here)?\]|<(?:prompt|insert prompt|your prompt)>/i, {
    keywords: ["[insert", "[put", "[your", "[the", "[prompt", "[question", "[request", "[role", "<prompt", "<insert", "<your"],
  }),
  rule(J, "no-matter-what", 0.2, /\bno matter (?:what|how)\b/i, { keywords: ["no matter"] }),
  rule(J, "simulate-ai", 0.25, /\b(?:simulate|emulate|imagine|immerse yourself into the role of)[ \t]+(?:an?[ \t]+|another[ \t]+)?(?:hypothetical[ \t]+)?(?:ai|chatbot|model|language model|persona|character)\b/i, {
    keywords: ["simulate", "emulate", "imagine", "immerse"],
  }),
  rule(J, "anything-goes", 0.35, /\b(?:can|will|must|should)[ \t]+(?:do|say|generate|answer)[ \t]+(?:absolutely[ \t]+)?(?:anything|everything|any (?:request|question|content))\b/i, { keywords: ["anything", "everything", "any request", "any question", "any content"] }),
];
