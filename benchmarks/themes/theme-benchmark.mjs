// The clinic's login and account themes against Keycloak's own, side by side on one running Keycloak
// with the plugin (./demo.sh): two realms alike but for their themes (keycloak.v2 / keycloak.v3, and
// clinic), one person each acting for two patients. Each round opens a fresh browser profile (cold
// caches, as a patient's first visit) in each realm, alternating which goes first, and times:
//   login page   from navigating to the account console until the login form is shown
//   sign-in      from submitting the form until the account console shows Personal info
//   family page  (clinic only) from navigating to Family & access until its tables are shown, set
//                against the stock console's Personal info loaded the same way
// It prints medians and p90 in milliseconds, bytes transferred, and the ratios clinic/stock.
//   node theme-benchmark.mjs [--url http://127.0.0.1:8080] [--rounds 15] [--user admin] [--password admin]
import { chromium } from "playwright-core";

const options = { url: "http://127.0.0.1:8080", rounds: "15", user: "admin", password: "admin" };
for (let i = 2; i < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
const base = options.url.replace(/\/$/, "");
const rounds = Number(options.rounds);
const person = { username: "bench.parent@example.com", password: "bench-parent" };
const variants = {
  stock: { realm: "bench-themes-stock", loginTheme: "keycloak.v2", accountTheme: "keycloak.v3" },
  clinic: { realm: "bench-themes-clinic", loginTheme: "clinic", accountTheme: "clinic" },
};

async function call(method, path, token, body) {
  const response = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok && response.status !== 409) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 || response.status === 409 ? null : response.json().catch(() => null);
}

async function adminToken() {
  const response = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", username: options.user, password: options.password }),
  });
  if (!response.ok) throw new Error(`master admin sign-in: ${response.status}`);
  return (await response.json()).access_token;
}

/** The realm, its person and their two patients, made once; a later run reuses them. */
async function prepare(token, { realm, loginTheme, accountTheme }) {
  const exists = (await fetch(`${base}/admin/realms/${realm}`, { headers: { Authorization: `Bearer ${token}` } })).ok;
  if (!exists) {
    await call("POST", "/admin/realms", token, {
      realm, enabled: true, displayName: "Riverside Physiotherapy", loginTheme, accountTheme,
      users: [{
        username: person.username, email: person.username, emailVerified: true, enabled: true,
        firstName: "Ana", lastName: "Bench", realmRoles: [`default-roles-${realm}`],
        credentials: [{ type: "password", value: person.password, temporary: false }],
      }],
    });
    for (const [firstName, birthDate] of [["Lia", "2015-04-01"], ["Tom", "2018-09-12"]]) {
      const patient = await call("POST", `/admin/realms/${realm}/patient-access/patients`, token,
        { firstName, lastName: "Bench", birthDate });
      await call("POST", `/admin/realms/${realm}/patient-access/patients/${patient.id}/accounts`, token,
        { email: person.username, relationship: "PARENT" });
    }
  }
}

async function transferred(page) {
  return page.evaluate(() => performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
    .reduce((sum, entry) => sum + (entry.transferSize || 0), 0));
}

/** One cold visit: the login page, the sign-in to Personal info, then the measured page. */
async function visit(browser, name) {
  const { realm } = variants[name];
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const account = `${base}/realms/${realm}/account/`;
  let start = performance.now();
  await page.goto(account);
  await page.locator("#username").waitFor();
  const login = performance.now() - start;
  const loginBytes = await transferred(page);
  await page.fill("#username", person.username);
  await page.fill("#password", person.password);
  start = performance.now();
  await page.click("#kc-login");
  await page.getByRole("heading", { name: "Personal info" }).waitFor({ timeout: 60_000 });
  const signIn = performance.now() - start;
  const signInBytes = await transferred(page);
  // The page a parent comes for, and the stock console's own first page for comparison, each loaded afresh.
  start = performance.now();
  if (name === "clinic") {
    await page.goto(`${account}family-access`);
    await page.getByRole("grid").first().waitFor({ timeout: 60_000 });
    await page.getByText("Lia", { exact: false }).first().waitFor();
  } else {
    await page.goto(account);
    await page.getByRole("heading", { name: "Personal info" }).waitFor({ timeout: 60_000 });
    await page.locator("#firstName").waitFor();
  }
  const ownPage = performance.now() - start;
  await context.close();
  return { login, loginBytes, signIn, signInBytes, ownPage };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const token = await adminToken();
for (const variant of Object.values(variants)) await prepare(token, variant);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const samples = { stock: [], clinic: [] };
await visit(browser, "stock");
await visit(browser, "clinic"); // warm the server's theme caches and JIT, not measured
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ["stock", "clinic"] : ["clinic", "stock"];
  for (const name of order) samples[name].push(await visit(browser, name));
}
await browser.close();

const rows = [
  ["login page shown (ms)", "login"],
  ["login page bytes", "loginBytes"],
  ["sign-in to Personal info (ms)", "signIn"],
  ["bytes up to Personal info", "signInBytes"],
  ["Family & access (clinic) / Personal info (stock) (ms)", "ownPage"],
];
console.log(`\n${rounds} rounds, cold browser profile each visit, ${base}\n`);
console.log("| measure | stock p50 | stock p90 | clinic p50 | clinic p90 | clinic/stock p50 |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const [label, key] of rows) {
  const stock = samples.stock.map((s) => s[key]);
  const clinic = samples.clinic.map((s) => s[key]);
  const fmt = (v) => (key.endsWith("Bytes") ? Math.round(v).toLocaleString("en-US") : v.toFixed(0));
  const ratio = percentile(clinic, 50) / percentile(stock, 50);
  console.log(`| ${label} | ${fmt(percentile(stock, 50))} | ${fmt(percentile(stock, 90))} | ${fmt(percentile(clinic, 50))} | ${fmt(percentile(clinic, 90))} | ${ratio.toFixed(2)} |`);
}
