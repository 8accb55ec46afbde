// Maps every word of obscenity's English dataset (derived from the `cuss` list) to a content-safety category and a
// base score. Slurs are hate; explicit sexual acts are sexual; anatomical/medical words score low because they
// are common in health and education text; general swearing is profanity; "rape" is sexual violence.
import type { EnglishProfaneWord } from "obscenity";

export type SafetyCategory = "profanity" | "hate" | "sexual" | "violence" | "self_harm";

type Entry = { category: SafetyCategory; score: number };

const HATE_SLURS: EnglishProfaneWord[] = ["abeed", "abo", "africoon", "arabush", "boonga", "chingchong", "chink", "dyke", "fag", "kike", "negro", "nigger", "retard", "spastic", "tranny"];
const SEXUAL_EXPLICIT: EnglishProfaneWord[] = [
  "bestiality", "blowjob", "buttplug", "cum", "deepthroat", "dildo", "doggystyle", "double penetration", "ejaculate", "felch", "fellatio",
  "finger bang", "fisting", "gangbang", "handjob", "hentai", "incest", "jerk off", "jizz", "lubejob", "masturbate", "orgasm", "orgy", "porn",
  "pussy", "scat", "slut", "whore", "hooker",
];
const SEXUAL_ANATOMICAL: EnglishProfaneWord[] = ["anal", "anus", "boob", "penis", "semen", "sex", "tit", "vagina"];
const PROFANITY: EnglishProfaneWord[] = ["arse", "ass", "bastard", "bitch", "bollocks", "cock", "cuck", "cunt", "dick", "fuck", "piss", "prick", "shit", "turd", "twat", "wank"];

const LEXICON = new Map<string, Entry>([
  ...HATE_SLURS.map((w): [string, Entry] => [w, { category: "hate", score: 0.85 }]),
  ...SEXUAL_EXPLICIT.map((w): [string, Entry] => [w, { category: "sexual", score: 0.75 }]),
  ...SEXUAL_ANATOMICAL.map((w): [string, Entry] => [w, { category: "sexual", score: 0.35 }]),
  ...PROFANITY.map((w): [string, Entry] => [w, { category: "profanity", score: 0.6 }]),
  ["rape", { category: "violence", score: 0.7 }],
]);

/** Every categorised dataset word (used as a cheap prefilter before the full matcher). */
export const LEXICON_WORDS: readonly string[] = [...LEXICON.keys()];

/** Category of a dataset word; words added to the dataset later default to profanity. */
export const lexiconEntry = (word: string): Entry => LEXICON.get(word) ?? { category: "profanity", score: 0.5 };
