import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { frameworkScriptHashes, isFrameworkScript } from "./inline-scripts";

const sha = (text: string) => createHash("sha256").update(text).digest("base64");

describe("the inline scripts a cached page may run", () => {
  it("hashes Next.js's flight data and bootstrap, and skips script files and data blocks", () => {
    const boot = "(self.__next_f=self.__next_f||[]).push([0])";
    const push = 'self.__next_f.push([1,"1:I[\\"chunk\\"]\\n"])';
    const chunks =
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">${chunks}</script><script>${boot}</script><script>${push}</script><script>${push}</script><script type="application/ld+json">{"@type":"Thing"}</script>`;
    expect(frameworkScriptHashes(html)).toEqual([sha(chunks), sha(boot), sha(push)]);
  });

  it("refuses a page with any other inline script, however it is dressed", () => {
    for (const text of [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)//)',
      'self.__next_f.push([1,"x"]),alert(1)',
      "self.__next_f.push(alert(1))",
      'self.__next_f.push([1,"x"])\nfetch("//evil.example")',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});alert(1);',
    ]) {
      expect(isFrameworkScript(text), text).toBe(false);
      expect(
        frameworkScriptHashes(
          `<script>self.__next_f.push([0])</script><script type="text/javascript">${text}</script>`,
        ),
        text,
      ).toBeNull();
    }
    expect(frameworkScriptHashes('<SCRIPT type=module>import("/x.js")</SCRIPT>')).toBeNull();
  });
});
