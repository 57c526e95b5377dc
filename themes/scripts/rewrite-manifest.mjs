// Keycloak's admin and account index.ftl take the entry's "imports" from Vite's manifest as file
// paths to preload, but Vite writes them as its internal chunk keys: replace each key by the chunk's
// file. Its argument is the build's output folder (../target/admin-console).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir = process.argv[2];
if (!outDir) throw new Error("usage: rewrite-manifest.mjs <Vite output folder>");
const path = join(outDir, ".vite/manifest.json");
const manifest = JSON.parse(readFileSync(path, "utf8"));
for (const chunk of Object.values(manifest)) {
  if (chunk.imports) {
    chunk.imports = chunk.imports.map((key) => manifest[key]?.file ?? key);
  }
}
writeFileSync(path, JSON.stringify(manifest, null, 2));
