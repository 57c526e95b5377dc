// The staff console on the demo, as a newcomer clicks through it: a returning patient registers online
// (queued for staff), then staff find a patient, invite a parent, resend, copy the link, delete, read the
// History, merge the registration and undo it; then view-only staff. axe-core runs on each page, and the
// docs' screenshots are saved to docs/screenshots/console-*.png.
// Run with ./demo.sh started (a fresh .demo/), from a scratch folder:
//   npm install --no-save playwright-core@1 @axe-core/playwright@4 && node <repo>/docs/screenshots/demo-walk.mjs <repo>/docs/screenshots
// (Debian's /usr/bin/chromium; nothing downloads a browser.)
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
const KC = "http://127.0.0.1:8080", MAIL = "http://127.0.0.1:8025";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: KC });
let page = await ctx.newPage();
page.on("pageerror", (e) => console.log("page error:", e.message));
const axe = async (name) => { const r = await new AxeBuilder({ page }).analyze(); const bad = r.violations.filter(v => ["serious","critical"].includes(v.impact)); console.log(name.padEnd(24), "axe serious/critical:", bad.map(v => v.id).join(",") || "none"); };
const OUT = process.argv[2] ?? ".";
const shot = async (name) => { await page.waitForTimeout(1000); await page.screenshot({ path: `${OUT}/console-${name}.png` }); await axe(name); };
async function mail(address, index) {
  for (let i = 0; i < 60; i++) {
    await page.goto(MAIL + "/");
    const links = page.locator("tr", { hasText: address }).locator("a");
    if (await links.count() > index) { await links.nth(await links.count() - 1 - index).click(); return await page.content(); }
    await page.waitForTimeout(500);
  }
  throw new Error("no mail to " + address);
}
// 1. A returning patient registers online under a new email and skips the code: queued for staff.
const email = `jf.${Date.now()}@example.net`;
await page.goto(`${KC}/realms/clinic/account/`);
await page.locator('#kc-registration a, a[href*="registrations"]').first().click();
await page.fill("#email", email); await page.fill("#firstName", "Jean-Francois"); await page.fill("#lastName", "Tremblay");
await page.fill("#birthDate", "1990-07-15"); await page.fill("#phoneNumber", "514 555 0100");
await page.locator("#kc-register-form [type=submit]").click();
const verify = await mail(email, 0);
await page.goto(verify.match(/https?:\/\/[^\s"'<]*login-actions\/action-token[^\s"'<]*/)[0].replaceAll("&amp;", "&"));
await page.fill("#password-new", "Str0ng-passphrase!"); await page.fill("#password-confirm", "Str0ng-passphrase!");
await page.locator("[type=submit]").first().click();
await page.waitForSelector("#registration-code-form");
await page.locator("#registration-code-form [type=submit]:not(#registration-code-link)").first().click();
await page.waitForTimeout(2000);
console.log("registered; now at", new URL(page.url()).pathname);
await ctx.clearCookies();
// 2. Staff.
await page.goto(`${KC}/admin/clinic/console/`);
await page.fill("#username", "staff@riverside-physio.example"); await page.fill("#password", "staff"); await page.click("#kc-login");
await page.waitForSelector(".clinic-nav", { timeout: 60000 }); await axe("landing");
await page.getByRole("link", { name: "Patients" }).click();
await page.getByRole("searchbox", { name: "Search patients" }).or(page.getByLabel("Search patients")).first().fill("sofia");
await page.keyboard.press("Enter"); await shot("patients");
await page.getByRole("link", { name: "Sofia Garcia" }).click(); await shot("patient-details");
await page.getByRole("tab", { name: "User accounts" }).click();
await page.getByRole("button", { name: "Add user" }).click();
await page.getByRole("textbox", { name: "Email" }).fill("luis.garcia@example.com");
await page.getByLabel("Relationship").selectOption({ label: "Parent" }).catch(async () => { await page.getByRole("combobox", { name: "Relationship" }).click(); await page.getByRole("option", { name: "Parent" }).click(); });
await shot("add-user");
await page.getByRole("button", { name: "Send invitation" }).click();
await page.waitForTimeout(1500); await shot("patient-accounts");
const rowMenu = page.getByRole("button", { name: /Actions for the invitation to luis.garcia@example.com/ });
await rowMenu.first().click(); await shot("invitation-menu");
await page.getByRole("menuitem", { name: "Resend" }).click(); await page.waitForTimeout(1200);
console.log("after resend:", (await page.locator(".pf-v5-c-alert__title").allInnerTexts()).join(" | "));
await rowMenu.first().click(); await page.getByRole("menuitem", { name: "Copy link" }).click(); await page.waitForTimeout(800);
console.log("clipboard:", (await page.evaluate(() => navigator.clipboard.readText())).slice(0, 60));
await rowMenu.first().click(); await page.getByRole("menuitem", { name: "Delete" }).click();
await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click(); await page.waitForTimeout(1200);
console.log("after delete:", (await page.locator(".pf-v5-c-alert__title").allInnerTexts()).join(" | "));
await page.getByRole("tab", { name: "History" }).click(); await shot("patient-history");
// 3. The registration.
await page.getByRole("link", { name: /Online registrations/ }).click(); await shot("online-registrations");
await page.getByRole("link", { name: /Jean-Francois Tremblay/ }).first().click(); await shot("registration-comparison");
await page.getByRole("button", { name: "Merge" }).click();
await page.getByRole("dialog").getByRole("button", { name: "Merge" }).click(); await page.waitForTimeout(1500);
console.log("after merge:", (await page.locator(".pf-v5-c-alert__title").allInnerTexts()).join(" | "));
await page.getByRole("link", { name: "Recent merges" }).click(); await shot("recent-merges");
await page.getByRole("button", { name: /^Undo the merge/ }).first().click();
await page.getByRole("dialog").getByRole("button", { name: "Undo" }).click(); await page.waitForTimeout(1500);
console.log("after undo:", (await page.locator(".pf-v5-c-alert__title").allInnerTexts()).join(" | "));
// 4. View-only staff.
await ctx.clearCookies();
await page.goto(`${KC}/admin/clinic/console/#/clinic/patients`);
await page.fill("#username", "records@riverside-physio.example"); await page.fill("#password", "records"); await page.click("#kc-login");
await page.waitForSelector(".clinic-nav", { timeout: 60000 });
await page.getByRole("link", { name: "Sofia Garcia" }).click(); await page.getByRole("tab", { name: "User accounts" }).click(); await shot("view-only");
console.log("view-only buttons:", (await page.getByRole("main").getByRole("button").allInnerTexts()).join(" | "));
await browser.close();
