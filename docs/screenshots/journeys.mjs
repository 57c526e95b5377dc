// The demo's six journeys, clicked by their words as a newcomer would, in Debian's headless Chromium:
// 1. the receptionist (find a patient, Add user, Resend, Copy link, Delete, History; a registration
//    merged and undone; view-only staff), 2. an invited parent who registers on a computer and confirms
//    the email on a phone, 3. a returning patient in the booking app, 4. Maria's Family & access,
// 5. possible duplicates, 6. the same in French. axe-core runs on every page (serious or critical
// findings are printed), and the docs' screenshots are saved in the given folder.
// Run with ./demo.sh started on a fresh .demo/, from a scratch folder:
//   npm install --no-save playwright-core@1 @axe-core/playwright@4 && node <repo>/docs/screenshots/journeys.mjs <repo>/docs/screenshots [2,3]
// (nothing downloads a browser). It prints each step; "FAILED" and the end of the output if one fails.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const KC = "http://127.0.0.1:8080", MAIL = "http://127.0.0.1:8025", APP = "http://localhost:3000";
const OUT = process.argv[2] ?? ".";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
let findings = 0;

async function context(locale = "en-US") {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: KC });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => { console.log("  page error:", e.message); findings++; });
  page.on("response", (r) => { if (r.url().includes("patient-access") && r.status() >= 500) { console.log("  API answered", r.status(), r.url()); findings++; } });
  return page;
}
async function axe(page, name) {
  const bad = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => ["serious", "critical"].includes(v.impact));
  if (bad.length) findings++;
  console.log("  " + name.padEnd(34), "axe serious/critical:", bad.map((v) => v.id).join(",") || "none");
}
async function shot(page, name) { await page.waitForTimeout(1000); await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true }); await axe(page, name); }
const alerts = async (page) => (await page.locator(".pf-v5-c-alert__title").allInnerTexts()).join(" | ");
/** The newest mail to an address, as a link in the mail page (newest first). */
async function newestMail(page, address, after = 0) {
  for (let i = 0; i < 60; i++) {
    await page.goto(MAIL + "/");
    const links = page.locator("tr", { hasText: address }).locator("a");
    if (await links.count() > after) { await links.first().click(); return page.content(); }
    await page.waitForTimeout(500);
  }
  throw new Error("no mail to " + address);
}
const linkIn = (html, pattern) => html.match(pattern)[0].replaceAll("&amp;", "&");
async function signIn(page, username, password) {
  await page.fill("#username", username); await page.fill("#password", password); await page.click("#kc-login");
}
async function staffToken() {
  const r = await fetch(`${KC}/realms/clinic/protocol/openid-connect/token`, { method: "POST", body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: "staff@riverside-physio.example", password: "staff" }) });
  return (await r.json()).access_token;
}
async function api(path, init = {}) {
  const r = await fetch(`${KC}/admin/realms/clinic/patient-access${path}`, { ...init, headers: { Authorization: `Bearer ${await staffToken()}`, "Content-Type": "application/json", ...(init.headers ?? {}) } });
  return r.status === 204 ? null : r.json();
}
const only = process.argv[3]?.split(","); // e.g. "2,3" walks those journeys only
async function journey(name, steps) {
  if (only && !only.includes(name.split(".")[0])) return;
  console.log(name);
  try { await steps(); } catch (e) { findings++; console.log("  FAILED:", e.message.split("\n")[0]); }
}

await journey("1. The receptionist", async () => {
  const page = await context();
  // A returning patient registered online under a new email and skipped the code: queued for staff.
  const email = `jf.${Date.now()}@example.net`;
  await page.goto(`${KC}/realms/clinic/account/`);
  await page.getByRole("link", { name: "Register" }).click();
  await page.fill("#email", email); await page.fill("#firstName", "Jean-Francois"); await page.fill("#lastName", "Tremblay");
  await page.fill("#birthDate", "1990-07-15"); await page.fill("#phoneNumber", "514 555 0100");
  await page.locator("#kc-register-form [type=submit]").click();
  await page.goto(linkIn(await newestMail(page, email), /https?:\/\/[^\s"'<]*login-actions\/action-token[^\s"'<]*/));
  await page.fill("#password-new", "Str0ng-passphrase!"); await page.fill("#password-confirm", "Str0ng-passphrase!");
  await page.locator("[type=submit]").first().click();
  await page.waitForSelector("#registration-code-form");
  await page.locator("#registration-code-form [type=submit]:not(#registration-code-link)").first().click();
  await page.waitForTimeout(2000);
  await page.context().clearCookies();
  // Staff sign in and land on Patients.
  await page.goto(`${KC}/admin/clinic/console/`);
  // The console's page sends the browser on to the login page by script: wait for it to land there.
  await page.waitForSelector("#kc-login", { timeout: 60000 });
  await axe(page, "staff login");
  console.log("  staff login says:", (await page.locator("h1").first().innerText()).trim());
  await signIn(page, "staff@riverside-physio.example", "staff");
  await page.getByRole("heading", { name: "Patients" }).first().waitFor({ timeout: 60000 });
  console.log("  landed on:", new URL(page.url()).hash);
  await shot(page, "console-landing");
  await page.getByLabel("Search patients").first().fill("sofia"); await page.keyboard.press("Enter");
  await shot(page, "console-patients");
  await page.getByRole("link", { name: "Sofia Garcia" }).click(); await shot(page, "console-patient-details");
  await page.getByRole("tab", { name: "User accounts" }).click();
  await page.getByRole("button", { name: "Add user" }).click();
  await page.getByRole("textbox", { name: "Email" }).fill("luis.garcia@example.com");
  await page.getByLabel("Relationship").selectOption({ label: "Parent" }).catch(async () => { await page.getByRole("combobox", { name: "Relationship" }).click(); await page.getByRole("option", { name: "Parent" }).click(); });
  await shot(page, "console-add-user");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await page.waitForTimeout(1500); await shot(page, "console-patient-accounts");
  const rowMenu = page.getByRole("button", { name: /Actions for the invitation to luis.garcia@example.com/ });
  await rowMenu.first().click(); await shot(page, "console-invitation-menu");
  await page.getByRole("menuitem", { name: "Resend" }).click(); await page.waitForTimeout(1200);
  console.log("  after Resend:", await alerts(page));
  await rowMenu.first().click(); await page.getByRole("menuitem", { name: "Copy link" }).click(); await page.waitForTimeout(800);
  console.log("  Copy link gave:", (await page.evaluate(() => navigator.clipboard.readText())).slice(0, 60) + "...");
  await rowMenu.first().click(); await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click(); await page.waitForTimeout(1200);
  console.log("  after Delete:", await alerts(page));
  await page.getByRole("tab", { name: "History" }).click(); await shot(page, "console-patient-history");
  console.log("  History names the address:", await page.getByText("luis.garcia@example.com").count() > 0);
  await page.getByRole("link", { name: /Online registrations/ }).click(); await shot(page, "console-online-registrations");
  await page.getByRole("link", { name: /Jean-Francois Tremblay/ }).first().click(); await shot(page, "console-registration-comparison");
  await page.getByRole("button", { name: "Merge" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Merge" }).click(); await page.waitForTimeout(1500);
  console.log("  after Merge:", await alerts(page));
  await page.getByRole("link", { name: "Recent merges" }).click(); await shot(page, "console-recent-merges");
  await page.getByRole("button", { name: /^Undo the merge/ }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Undo" }).click(); await page.waitForTimeout(1500);
  console.log("  after Undo:", await alerts(page));
  await page.context().clearCookies();
  await page.goto(`${KC}/admin/clinic/console/`);
  await signIn(page, "records@riverside-physio.example", "records");
  await page.getByRole("link", { name: "Sofia Garcia" }).click({ timeout: 60000 }); await page.getByRole("tab", { name: "User accounts" }).click();
  await shot(page, "console-view-only");
  console.log("  view-only staff's buttons:", (await page.getByRole("main").getByRole("button").allInnerTexts()).join(" | "));
  await page.context().close();
});

async function invitedParent(locale, address, shots) {
  const sofia = (await api("/patients?search=sofia"))[0];
  await api(`/patients/${sofia.id}/invitations`, { method: "POST", body: JSON.stringify({ email: address, relationship: "PARENT", locale: locale.slice(0, 2) }) });
  const computer = await context("en-US"); // a French invitation opened in an English browser
  const invitation = await newestMail(computer, address);
  await computer.goto(linkIn(invitation, /https?:\/\/[^\s"'<]*patient-access\/invitation\?token=[^\s"'<]*/));
  if (shots) await shot(computer, "invitation-page"); else await axe(computer, "invitation page (" + locale + ")");
  console.log("  invitation page says:", (await computer.locator("h1").first().innerText()).trim());
  await computer.locator("#invitation-register").click();
  if (shots) await shot(computer, "invitation-register"); else await axe(computer, "registration (" + locale + ")");
  await computer.fill("#firstName", "Luis"); await computer.fill("#lastName", "Garcia");
  await computer.fill("#birthDate", "1981-03-02"); await computer.fill("#phoneNumber", "416 555 0142");
  await computer.locator("#kc-register-form [type=submit]").click();
  await computer.waitForTimeout(1500);
  console.log("  the computer now shows:", (await computer.locator("h1").first().innerText()).trim());
  await computer.context().close();
  // The phone: the confirmation mail, the password, then Accept.
  const phone = await context(locale === "fr" ? "fr-CA" : "en-US");
  const verify = await newestMail(phone, address, 1);
  await phone.goto(linkIn(verify, /https?:\/\/[^\s"'<]*login-actions\/action-token[^\s"'<]*/));
  await phone.waitForTimeout(1000);
  const proceed = phone.getByRole("link", { name: /Click here to proceed|Cliquez ici pour continuer/ });
  if (await proceed.count()) await proceed.first().click();
  await axe(phone, "choose a password (" + locale + ")");
  console.log("  password page says:", (await phone.locator("h1").first().innerText()).trim());
  await phone.fill("#password-new", "Str0ng-passphrase!"); await phone.fill("#password-confirm", "Str0ng-passphrase!");
  await phone.locator("[type=submit]").first().click();
  await phone.waitForTimeout(1500);
  const skip = phone.locator("#registration-code-form [type=submit]:not(#registration-code-link)");
  if (await skip.count()) await skip.first().click();
  await phone.waitForSelector("#invitation-accept", { timeout: 30000 });
  if (shots) await shot(phone, "invitation-answer"); else await axe(phone, "accept (" + locale + ")");
  await phone.locator("#invitation-accept").click();
  await phone.waitForTimeout(1500);
  if (shots) await shot(phone, "invitation-accepted"); else await axe(phone, "after accept (" + locale + ")");
  console.log("  after Accept:", (await phone.locator("h1, #kc-page-title").first().innerText()).trim(), "/", (await phone.locator("main, #kc-content").first().innerText()).replace(/\s+/g, " ").slice(0, 120));
  const invitations = await api(`/patients/${sofia.id}/invitations`);
  console.log("  the invitation is now:", invitations.find((i) => i.email === address)?.status);
  await phone.context().close();
}
await journey("2. An invited parent, computer then phone", () => invitedParent("en", `luis.${Date.now()}@example.com`, true));

await journey("3. A returning patient books in the app", async () => {
  const page = await context();
  await page.goto(APP + "/");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await signIn(page, "maria.garcia@example.com", "patient");
  await page.waitForTimeout(1500);
  if (await page.locator("form").count() && !page.url().startsWith(APP)) {
    await shot(page, "patient-picker");
    await page.getByRole("button", { name: /Sofia Garcia/ }).click();
  }
  await page.waitForURL(APP + "/**", { timeout: 30000 });
  await page.waitForSelector("#consents tbody tr", { timeout: 30000 });
  await shot(page, "booking-app");
  console.log("  the app shows:", (await page.locator("body").innerText()).replace(/\s+/g, " ").slice(0, 260));
  await page.context().close();
});

await journey("4. Maria's Family & access", async () => {
  const page = await context();
  await page.goto(`${KC}/realms/clinic/account/`);
  await signIn(page, "maria.garcia@example.com", "patient");
  await page.getByRole("heading", { name: "Personal info" }).waitFor({ timeout: 60000 });
  await axe(page, "Personal info");
  await page.getByRole("link", { name: "Family & access" }).click();
  await page.getByRole("grid", { name: "People I can act for" }).waitFor({ timeout: 30000 });
  await shot(page, "account-family-access");
  console.log("  Lucas's access:", (await page.getByRole("row", { name: /Lucas/ }).first().innerText()).replace(/\s+/g, " "));
  await page.context().close();
});

await journey("5. Possible duplicates", async () => {
  const page = await context();
  await page.goto(`${KC}/admin/clinic/console/`);
  await signIn(page, "staff@riverside-physio.example", "staff");
  await page.getByRole("link", { name: "Possible duplicates" }).click({ timeout: 60000 });
  await page.getByRole("button", { name: "Scan for duplicates" }).click({ timeout: 60000 });
  await page.getByText("Completed").first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(1500);
  await shot(page, "console-possible-duplicates");
  console.log("  the page says:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 200));
  await page.getByRole("grid").or(page.getByRole("table")).getByRole("link").first().click(); // a pair, by its names
  await shot(page, "console-duplicate-comparison");
  await page.context().close();
});

await journey("6. In French", async () => {
  const page = await context("fr-CA");
  await page.goto(`${KC}/admin/clinic/console/`);
  console.log("  staff login says:", (await page.locator("h1").first().innerText()).trim());
  await signIn(page, "staff@riverside-physio.example", "staff");
  await page.getByRole("link", { name: "Doublons possibles" }).click({ timeout: 60000 });
  await page.waitForTimeout(1500); await axe(page, "doublons possibles");
  console.log("  the page says:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 200));
  await page.context().clearCookies();
  await page.goto(`${KC}/realms/clinic/account/`);
  await signIn(page, "maria.garcia@example.com", "patient");
  await page.getByRole("link", { name: /Famille/ }).click({ timeout: 60000 });
  await page.waitForTimeout(1500); await axe(page, "famille et accès");
  console.log("  Family & access in French:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 200));
  await page.context().close();
  await invitedParent("fr", `luc.${Date.now()}@example.com`, false);
});

await journey("7. Inès decides what her guardian keeps (adolescent age band)", async () => {
  const page = await context();
  await page.goto(`${KC}/realms/clinic/account/`);
  await signIn(page, "ines.morales@example.com", "patient");
  await page.getByRole("link", { name: "Family & access" }).click({ timeout: 60000 });
  await page.getByText("Withheld by the clinic's age band", { exact: false }).first().waitFor({ timeout: 30000 });
  await axe(page, "who can act for me, age band");
  console.log("  Inès reads:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 300));
  await page.getByRole("button", { name: /Give back/ }).first().click();
  await page.getByRole("dialog").waitFor(); await shot(page, "account-assent-dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click(); // the assent stays waiting for the demo's visitors
  await page.context().close();
});

await journey("8. Maria's Activity and a temporary carer", async () => {
  const page = await context();
  await page.goto(`${KC}/realms/clinic/account/`);
  await signIn(page, "maria.garcia@example.com", "patient");
  await page.getByRole("link", { name: "Activity" }).click({ timeout: 60000 });
  await page.getByRole("table").or(page.getByRole("grid")).first().waitFor({ timeout: 30000 });
  await shot(page, "account-activity");
  console.log("  Maria's Activity:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 300));
  await page.getByRole("link", { name: "Family & access" }).click();
  await page.getByRole("button", { name: /Invite a temporary carer/ }).first().click({ timeout: 30000 });
  await page.getByRole("textbox", { name: /Email/ }).last().fill(`grandma.${Date.now()}@example.com`);
  const lastDay = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
  await page.getByRole("textbox", { name: /Last day they may book/ }).last().fill(lastDay);
  await page.getByRole("button", { name: "Send the invitation" }).last().click();
  await page.getByText(/An invitation was sent to/).first().waitFor({ timeout: 30000 });
  await page.getByRole("heading", { name: "Temporary carers" }).scrollIntoViewIfNeeded();
  await shot(page, "account-temporary-carers");
  await page.context().close();
});

await journey("9. Staff: age bands in Coming of age", async () => {
  const page = await context();
  await page.goto(`${KC}/admin/clinic/console/`);
  await signIn(page, "staff@riverside-physio.example", "staff");
  await page.getByRole("link", { name: "Coming of age" }).click({ timeout: 60000 });
  await page.getByText(/Age bands/).first().waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Age bands" }).or(page.getByText("Age bands", { exact: true })).first().click().catch(() => {});
  await page.waitForTimeout(1500);
  await shot(page, "console-coming-of-age-age-bands");
  console.log("  Coming of age says:", (await page.getByRole("main").innerText()).replace(/\s+/g, " ").slice(0, 300));
  await page.getByRole("link", { name: "Reviews" }).click({ timeout: 30000 });
  await page.waitForTimeout(1500); await axe(page, "reviews");
  await page.context().close();
});

await browser.close();
console.log(findings ? `${findings} finding(s): see above` : "every journey went through, with no serious or critical axe finding");
process.exitCode = findings ? 1 : 0;
