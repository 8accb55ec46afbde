import { env } from "@/lib/server/env";

/** The console's public address (NEXTAUTH_URL), for links in alert messages. */
export const consoleBaseUrl = () => env().NEXTAUTH_URL.replace(/\/+$/, "");
