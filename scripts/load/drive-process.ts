// `drive` in a process of its own, for the flooding org: a flood sent from the measuring process would delay the
// calm org's responses in that process's event loop and count as server latency. Options as JSON in LOAD_DRIVE
// (the token included, so it stays out of the process list); prints the figures as one JSON line.
import { drive, type DriveOptions } from "./drive";

const { base, token, ...options } = JSON.parse(process.env.LOAD_DRIVE ?? "{}") as DriveOptions & { base: string; token: string };
console.log(JSON.stringify(await drive(base, token, options)));
process.exit(0);
