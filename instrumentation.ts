// Runs once when a Next.js server process starts. The DLP scan API scans request bodies inline: bring the scanner
// to its steady speed before the first request (lib/dlp/warm-up.ts) instead of during the first minutes of traffic.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmUpDlp } = await import("@/lib/dlp/warm-up");
  warmUpDlp();
}
