const WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];

/** Australian Tax File Number (9 digits): weighted sum divisible by 11. */
export function auTfnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^(\d)\1{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}
