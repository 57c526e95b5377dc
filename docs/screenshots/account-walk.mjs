// The demo's account console as Maria sees it: axe-core on Personal info and on Family & access, and
// the docs' picture saved as <folder>/account-family-access.png.
// Run with ./demo.sh started, from a scratch folder:
//   npm install --no-save playwright-core@1 @axe-core/playwright@4 && node <repo>/docs/screenshots/account-walk.mjs <repo>/docs/screenshots
// (Debian's /usr/bin/chromium; nothing downloads a browser.)
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
const KC = "http://127.0.0.1:8080";
const OUT = process.argv[2] ?? ".";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 1000 }, locale: "en-US" })).newPage();
page.on("pageerror", (e) => console.log("page error:", e.message));
page.on("response", (r) => { if (r.url().includes("patient-access") && r.status() >= 400) console.log("API answered", r.status(), r.url()); });
const axe = async (name) => {
  const bad = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => ["serious", "critical"].includes(v.impact));
  console.log(name.padEnd(16), "axe serious/critical:", bad.map((v) => v.id).join(",") || "none");
};
await page.goto(`${KC}/realms/clinic/account/`);
await page.fill("#username", "maria.garcia@example.com"); await page.fill("#password", "patient"); await page.click("#kc-login");
await page.getByRole("heading", { name: "Personal info" }).waitFor({ timeout: 60000 });
await axe("Personal info");
await page.getByRole("link", { name: "Family & access" }).click();
await page.getByRole("grid", { name: "People I can act for" }).waitFor({ timeout: 30000 });
await page.waitForTimeout(1000);
await page.screenshot({ path: `${OUT}/account-family-access.png`, fullPage: true });
await axe("Family & access");
await browser.close();
