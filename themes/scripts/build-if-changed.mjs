// A console's build (types from the OpenAPI document, tsc, Vite) takes most of a minute; run it
// only when one of its inputs changed since the build now in ../target/<app>, so that a second Maven
// build of the same sources (CI runs the integration tests twice) reuses it.
// Runs in the app's folder; its argument is where the JAR takes the build from, under target/classes:
//   node ../scripts/build-if-changed.mjs theme/clinic/account/resources
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const themeResources = process.argv[2];
if (!themeResources) throw new Error("usage: build-if-changed.mjs <theme resources path in the JAR>");
const app = basename(process.cwd());
const inputs = ["src", "../scripts", "package-lock.json", "tsconfig.json", "vite.config.ts", "../../docs/openapi.yaml"];
const stamp = `../target/${app}/.inputs-sha256`;

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
  console.log(`${app} unchanged since the last build: build skipped`);
} else {
  // Maven copies the bundles into target/classes and never deletes there: drop the old hashed ones.
  rmSync(join("../target/classes", themeResources), { recursive: true, force: true });
  execSync("npm run build", { stdio: "inherit" });
  writeFileSync(stamp, inputsHash);
}
