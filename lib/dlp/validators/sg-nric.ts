const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const CITIZEN = "JZIHGFEDCBA"; // S, T
const FOREIGNER = "XWUTRQPNMLK"; // F, G
const FOREIGNER_M = "XWUTRQPNJLK"; // M (2022+), offset 3

/** Singapore NRIC/FIN (S/T/F/G/M + 7 digits + check letter), case-insensitive. */
export function sgNricValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(v)) return false;
  const prefix = v[0];
  let sum = prefix === "T" || prefix === "G" ? 4 : prefix === "M" ? 3 : 0;
  for (let i = 0; i < 7; i++) sum += (v.charCodeAt(i + 1) - 48) * (WEIGHTS[i] ?? 0);
  const table = prefix === "S" || prefix === "T" ? CITIZEN : prefix === "M" ? FOREIGNER_M : FOREIGNER;
  const index = prefix === "M" ? 10 - (sum % 11) : sum % 11;
  return table[index] === v[8];
}
