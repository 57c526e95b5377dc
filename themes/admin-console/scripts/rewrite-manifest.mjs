// Keycloak's admin index.ftl takes the entry's "imports" from Vite's manifest as file paths to
// preload, but Vite writes them as its internal chunk keys: replace each key by the chunk's file.
import { readFileSync, writeFileSync } from "node:fs";

const path = "../target/admin-console/.vite/manifest.json";
const manifest = JSON.parse(readFileSync(path, "utf8"));
for (const chunk of Object.values(manifest)) {
  if (chunk.imports) {
    chunk.imports = chunk.imports.map((key) => manifest[key]?.file ?? key);
  }
}
writeFileSync(path, JSON.stringify(manifest, null, 2));
