// Issue 8, sessions through the real server: the cookies a browser receives at sign-in, and that the pre-logout cookie
// replayed after sign-out gets 401 from the API and the sign-in page instead of a console page.
import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "../fixtures";

const f = fixtures();

test("session cookies are HttpOnly and SameSite; a replayed pre-logout cookie gets 401 and the sign-in page", async ({ page, browser, baseURL }) => {
  await page.goto("/signin");
  const before = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(before).toBeUndefined();
  await signIn(page, f.logins.ANALYST);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(session).toBeDefined();
  for (const c of cookies.filter((c) => c.name.includes("next-auth"))) {
    expect(c.httpOnly, c.name).toBe(true);
    expect(["Lax", "Strict"], c.name).toContain(c.sameSite);
    expect(c.secure, c.name).toBe(baseURL!.startsWith("https://"));
  }
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);

  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" }, headers: { origin: baseURL! } });
  expect(out.ok()).toBe(true);

  const replay = await browser.newContext();
  await replay.addCookies([{ name: session.name, value: session.value, url: baseURL! }]);
  const replayPage = await replay.newPage();
  expect((await replayPage.request.get("/api/v1/me")).status()).toBe(401);
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/signin/);
  await replay.close();
});
