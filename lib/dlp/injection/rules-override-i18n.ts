// Instruction override in other languages (es, fr, de, it, pt, ru, zh, ja, ko, ar): a verb, a short gap and an
// instruction noun; a qualifier ("previous", "all"...) makes it strong. Phrase lists are deliberately short.
import { rule, type Rule } from "./signal";

const O = "instruction_override" as const;

/** Latin-script languages, anchored on the verb; letter-aware boundaries because \b ignores accented letters. */
function foreign(lang: string, verbs: string, nouns: string, qualifiers: string, keywords: string[]): Rule {
  const re = new RegExp(`(?<![\\p{L}])(?:${verbs})(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${nouns})(?:[ \\t]+(?:${qualifiers}))?(?![\\p{L}])`, "iu");
  const strong = new RegExp(`(?<![\\p{L}])(?:${qualifiers})(?![\\p{L}])`, "iu");
  return rule(O, `override-${lang}`, 0.8, re, { keywords, adjust: (m) => (strong.test(m) ? 0.8 : 0.3) });
}

export const FOREIGN_OVERRIDE_RULES: readonly Rule[] = [
  foreign(
    "es",
    "ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|olvídate de|olvidate de|descarta|descarte|omite|omita|haz caso omiso de",
    "instrucciones|reglas|indicaciones|directrices|órdenes|ordenes|normas",
    "anteriores|previas|todas|tus|sus|de arriba|originales|del sistema|precedentes",
    ["ignor", "olvid", "descart", "omit", "caso omiso"],
  ),
  foreign(
    "fr",
    "ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|néglige|négligez",
    "consignes|règles|regles|directives|ordres|instructions(?=[ \\t]+(?:précédentes|precedentes|antérieures|anterieures|ci-dessus|initiales|originales|du))|(?<=(?:les|tes|vos|ces)[ \\t]+)instructions",
    "précédentes|precedentes|antérieures|anterieures|ci-dessus|toutes|tes|vos|initiales|originales|du système|du systeme",
    ["ignor", "oubli", "tiens pas compte", "tenez pas compte", "abstraction", "néglig"],
  ),
  foreign(
    "de",
    "ignoriere|ignorieren|ignoriert|vergiss|vergessen|vergesst|missachte|missachten|übergehe|verwirf|verwerfen",
    "anweisungen|instruktionen|regeln|vorgaben|richtlinien|befehle|anordnungen",
    "vorherigen|vorigen|bisherigen|obigen|früheren|alle|deine|ihre|ursprünglichen|vorangegangenen|system",
    ["ignorier", "vergiss", "vergess", "missacht", "übergeh", "verwirf", "verwerf"],
  ),
  foreign("it", "ignora|ignorate|dimentica|dimenticate|trascura", "istruzioni|regole|direttive", "precedenti|tutte|originali|di sistema", ["ignora", "dimentic", "trascur"]),
  foreign("pt", "ignore|ignora|esqueça|esqueca|desconsidere|descarte", "instruções|instrucoes|regras|diretrizes", "anteriores|todas|suas|originais|do sistema", ["ignor", "esque", "desconsider", "descart"]),
    rule(O, "override-ru", 0.8, /(?<![\p{L}])(?:игнорир\p{L}*|забудь\p{L}*|забуд\p{L}*|не обращай\p{L}* внимания на|отбрось\p{L}*)[^.!?\n]{0,40}?(?:инструкци\p{L}*|правил\p{L}*|указани\p{L}*|команд\p{L}*)/iu, {
    keywords: ["игнор", "забуд", "внимания", "отброс"],
  }),
  rule(O, "override-zh", 0.8, /(?:忽略|无视|忽视|不要理会|忘记|忘掉)(?:之前|以前|以上|上面|先前|前面|所有|全部|你的)[^。\n]{0,8}?(?:指令|指示|说明|规则|提示|命令)/, { keywords: ["忽", "无视", "不要理会", "忘"] }),
  rule(O, "override-ja", 0.8, /(?:以前|前|上記|これまで|すべて|全て)の(?:指示|命令|ルール|指令)を(?:無視|忘れ)/, { keywords: ["無視", "忘れ"] }),
  rule(O, "override-ko", 0.8, /(?:이전|앞의|위의|모든)[ \t]*(?:지시사항|지시|명령|지침|규칙)[^.\n]{0,6}?(?:무시|잊)/, { keywords: ["무시", "잊"] }),
  rule(O, "override-ar", 0.8, /(?:تجاهل|انس|أهمل)[^.\n]{0,20}?(?:التعليمات|الأوامر|التوجيهات|القواعد)/, { keywords: ["تجاهل", "انس", "أهمل"] }),
  rule(O, "new-instructions-foreign", 0.45, /(?:nuevas instrucciones|nouvelles (?:instructions|consignes)|neue anweisungen|nuove istruzioni|novas instruções|новые инструкции)[ \t]*:/iu, {
    keywords: ["nuevas", "nouvelles", "neue", "nuove", "novas", "новые"],
  }),
];
