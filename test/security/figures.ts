// Security proofs report their figures here (routes × principals tested, leaks, vectors, ...); `npm run
// verify:security` collects them into one table. Outside that command the figures go to a temp directory.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type Figures = Record<string, number | string>;

/** Records one proof's figures under a section name (one file per section; a later call replaces it). */
export function recordFigures(section: string, figures: Figures): void {
  const dir = process.env.SECURITY_FIGURES_DIR ?? join(tmpdir(), "llmsecops-security-figures");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${section.replace(/[^a-z0-9-]/gi, "_")}.json`), JSON.stringify({ section, figures, at: new Date().toISOString() }));
}
