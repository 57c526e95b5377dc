// `npm ci` takes about a minute; run it only when package-lock.json changed since the last install,
// so that repeated Maven builds (CI builds the themes twice) do not pay for it again.
// Runs in the app's folder (themes/admin-console, themes/account-console).
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const stamp = "node_modules/.installed-lock-sha256";
const lockHash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");
if (existsSync(stamp) && readFileSync(stamp, "utf8") === lockHash) {
  console.log(`${process.cwd()}: node_modules matches package-lock.json, npm ci skipped`);
} else {
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
  writeFileSync(stamp, lockHash);
}
