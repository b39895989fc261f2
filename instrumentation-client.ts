// Runs in the browser before the app's own code. Zod probes for eval (`new Function`) the
// first time it builds an object schema; the CSP forbids eval, and Chrome reports the
// probe as a violation even though zod catches it. The forms validate with zod in the
// browser, so tell it not to try. Zod keeps its settings on globalThis.__zod_globalConfig
// (node_modules/zod/v4/core/core.js) and reads `jitless` there before the probe; setting
// it directly spares every page from loading zod itself (about 30 kB gzip) just for this.
const zodConfig = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodConfig.__zod_globalConfig ??= {}).jitless = true;

export {};
