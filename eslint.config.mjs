import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const serverOnly = ["@/lib/server/*", "@/lib/*/server/*", "@/lib/queue/*", "@/lib/generated/*", "@prisma/client", "pg", "ioredis", "bullmq"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]", message: "Use tagged $queryRaw with parameters." },
      ],
    },
  },
  {
    // Route handlers and pages are declarations: no database access in app/.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/server/db", "@/lib/generated/*", "@prisma/client", "pg"], message: "No Prisma in app/: call a use case in lib/<domain>/server." }] }],
    },
  },
  {
    // UI code runs in the browser: it may not reach server plumbing.
    files: ["components/**", "lib/**/hooks.ts", "lib/api-client.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: serverOnly, message: "Client code cannot import server modules." }] }] },
  },
  {
    files: ["lib/**", "workers/**", "gateway/**", "web/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib/, workers/ and gateway/ do not depend on the UI." }] }] },
  },
]);
