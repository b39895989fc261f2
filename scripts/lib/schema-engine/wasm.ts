/**
 * Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

let engineModule: Promise<typeof wasmBindings> | undefined;

/**
 * The package's entry point imports the .wasm file as an ES module, which Node 20 only does behind
 * --experimental-wasm-modules; instantiate it by hand against its JS glue instead.
 */
export function loadEngine(): Promise<typeof wasmBindings> {
  engineModule ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return wasmBindings;
  })();
  return engineModule;
}
