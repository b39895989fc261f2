import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures call `use(...)`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // Boundaries (STYLE.md, docs/decisions/001-changes-registry.md): data flows app/ -> lib/ -> lib/db.ts.
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/db$",
              message:
                "Components never query the database: the page reads through lib/<entity> and passes the data in.",
            },
            {
              regex: "^(@/|(\\.\\./)+)lib/generated(/|$)|^@prisma/",
              message: "Components never import Prisma: use the types lib/<entity> exports.",
            },
            {
              regex: "^(@/|(\\.\\./)+)app(/|$)",
              message:
                "Components never import from app/: the page passes actions in as props (types in lib/forms).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
              message: "lib/ never imports components/ or app/: they import lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/changes knows no entity: each room registers with it (lib/entities.ts).
    files: ["lib/changes/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
              message: "lib/ never imports components/ or app/: they import lib/.",
            },
            {
              regex:
                "^(@/lib/|\\.\\./)(capability|citations|coalition|compare|conditions|countries|dashboard|events|exports|figures|history|memberships|pledges|requirements|shares|sources|users|entities)(/|$)",
              message:
                "lib/changes imports no entity module: the room registers what lib/changes needs (lib/entities.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/db$",
              message: "Pages never query the database: read through lib/<entity>.",
            },
          ],
        },
      ],
    },
  },
  // The functions that need every room registered come from lib/entities.ts, which registers them.
  {
    files: ["**/*.{ts,tsx,mts}"],
    ignores: ["lib/changes/**", "lib/entities.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/changes/(write|snapshot|creation)$",
              importNames: [
                "applyChange",
                "applySystemChange",
                "loadSnapshot",
                "idOf",
                "recordCreations",
                "creationEntry",
              ],
              message:
                "Import it from lib/entities, which registers every room with lib/changes first.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
