// A failing run's last lines are often all a CI log keeps: vitest also writes a JSON report per step, and the
// summary repeats each failed test's name and the first lines of its error there.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reportPath = (step: string) => `test-results/vitest-${step}.json`;

export function vitestReport(step: string): string[] {
  mkdirSync("test-results", { recursive: true });
  rmSync(reportPath(step), { force: true });
  return ["--reporter=default", "--reporter=json", `--outputFile.json=${reportPath(step)}`];
}

type JsonReport = {
  testResults?: { name: string; status: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};

export function failedTests(steps: string[]): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    if (!existsSync(reportPath(step))) continue;
    const report = JSON.parse(readFileSync(reportPath(step), "utf8")) as JsonReport;
    for (const file of report.testResults ?? []) {
      const failures = (file.assertionResults ?? []).filter((a) => a.status === "failed");
      if (file.status === "failed" && failures.length === 0) lines.push(`  ✗ [${step}] ${file.name}: ${firstLines(file.message ?? "failed to run")}`);
      for (const a of failures) lines.push(`  ✗ [${step}] ${file.name.replace(`${process.cwd()}/`, "")} › ${a.fullName}\n      ${firstLines(a.failureMessages?.[0] ?? "")}`);
    }
  }
  return lines;
}

const firstLines = (text: string) => text.split("\n").slice(0, 6).join("\n      ").slice(0, 1200);
