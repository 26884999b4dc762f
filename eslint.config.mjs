import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    // Advice for the React Compiler, which this app does not enable: reported, not failing. (Server components
    // may read the clock; refs read in render are deliberate in a few editors.)
    rules: {
      "react-hooks/purity": "warn",
      "react-hooks/refs": "warn",
      "react-hooks/set-state-in-effect": "warn",
    },
  },
  {
    rules: {
      // The data layer's boundary: pages, components and actions never reach the database directly.
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Use the data layer in lib/<domain>; it puts scope in the WHERE clause." }], patterns: ["@/lib/generated/prisma/client"] },
      ],
    },
  },
  {
    files: ["lib/**", "prisma/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Playwright fixtures call their `use` callback, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
