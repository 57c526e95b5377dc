// The console's build (types from the OpenAPI document, tsc, Vite) takes most of a minute; run it
// only when one of its inputs changed since the build now in ../target, so that a second Maven build
// of the same sources (CI runs the integration tests twice) reuses it.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const inputs = ["src", "scripts", "package-lock.json", "tsconfig.json", "vite.config.ts", "../../docs/openapi.yaml"];
const stamp = "../target/admin-console/.inputs-sha256";

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name !== "schema.d.ts") yield* files(join(path, name));
    }
  } else {
    yield path;
  }
}

const hash = createHash("sha256");
for (const input of inputs) {
  for (const file of files(input)) hash.update(file).update(readFileSync(file));
}
const inputsHash = hash.digest("hex");

if (existsSync(stamp) && readFileSync(stamp, "utf8") === inputsHash) {
  console.log("admin console unchanged since the last build: build skipped");
} else {
  // Maven copies the bundles into target/classes and never deletes there: drop the old hashed ones.
  rmSync("../target/classes/theme/clinic/admin/resources", { recursive: true, force: true });
  execSync("npm run build", { stdio: "inherit" });
  writeFileSync(stamp, inputsHash);
}
