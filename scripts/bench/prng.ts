import { mulberry32 } from "@/test/helpers/seeded-random";

/** Seeded random numbers and picks, so benchmark corpora are the same on every run. */
export function seededRandom(seed: number) {
  const rand = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return { rand, pick };
}
