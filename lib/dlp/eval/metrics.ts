export type Counts = { tp: number; fp: number; fn: number; tn: number };
export type Scores = Counts & { precision: number; recall: number; f1: number };

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function scores({ tp, fp, fn, tn }: Counts): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision: round(precision), recall: round(recall), f1: round(f1) };
}
