// Sign up, sign in, sign out, and what happens when the token expires: back to sign-in with a message, while the
// page behind keeps everything the user typed.
import { api, session, onUnauthorized } from "./api.js";
import { $ } from "./dom.js";

let registering = false;
let expiryTimer = null;
let handlers = { signedIn: () => {}, resumed: () => {}, signedOut: () => {} };

/** Wires the form; handlers.signedIn(fresh) runs after a sign-in, handlers.resumed() after one that ends an expiry. */
export function initAuth(callbacks) {
  handlers = Object.assign(handlers, callbacks);
  $("auth-form").addEventListener("submit", submit);
  $("auth-switch").addEventListener("click", () => setMode(!registering));
  $("sign-out").addEventListener("click", signOut);
  onUnauthorized(() => expire("Your session has expired. Sign in again to continue; nothing you typed is lost."));
}

/** Shows the sign-in form over the page (which stays as it is underneath). */
export function showSignIn(message) {
  setMode(false);
  document.querySelectorAll(".view").forEach((v) => { v.hidden = v.id !== "view-auth"; });
  $("nav").hidden = true;
  $("who").hidden = true;
  const note = $("auth-message");
  note.hidden = !message;
  note.textContent = message || "";
  $("auth-error").textContent = "";
  if (session.email) $("auth-email").value = session.email;
  $("auth-password").value = "";
  (session.email ? $("auth-password") : $("auth-email")).focus();
}

/** Starts the timer that ends the session when the token runs out, before a request fails. */
export function watchExpiry() {
  clearTimeout(expiryTimer);
  const left = session.expires - Date.now();
  if (left > 0) expiryTimer = setTimeout(() => expire("Your session ended after 50 minutes. Sign in again to continue; nothing you typed is lost."), left);
}

let expiredFor = null;

function expire(message) {
  if (!session.token) return;
  expiredFor = session.email;
  session.end();
  clearTimeout(expiryTimer);
  showSignIn(message);
}

function setMode(register) {
  registering = register;
  $("auth-title").textContent = register ? "Create your account" : "Sign in";
  $("auth-submit").textContent = register ? "Create account" : "Sign in";
  $("auth-name-row").hidden = !register;
  $("auth-switch").textContent = register ? "Already have an account? Sign in" : "No account yet? Create one";
  $("auth-password").autocomplete = register ? "new-password" : "current-password";
}

function validate() {
  const email = $("auth-email").value.trim();
  const password = $("auth-password").value;
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return ["auth-email", "Enter your e-mail address, like ada@example.com."];
  if (password.length < 8) return ["auth-password", "The password needs at least 8 characters."];
  return null;
}

async function submit(event) {
  event.preventDefault();
  const error = $("auth-error");
  const invalid = validate();
  document.querySelectorAll("#auth-form input").forEach((i) => i.removeAttribute("aria-invalid"));
  if (invalid) {
    error.textContent = invalid[1];
    $(invalid[0]).setAttribute("aria-invalid", "true");
    $(invalid[0]).focus();
    return;
  }
  error.textContent = "";
  const button = $("auth-submit");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  const body = { email: $("auth-email").value.trim(), password: $("auth-password").value };
  if (registering) body.full_name = $("auth-name").value.trim() || null;
  try {
    const reply = await api(registering ? "/api/auth/register" : "/api/auth/login", { method: "POST", json: body, auth: false });
    session.save(reply);
    $("auth-password").value = "";
    watchExpiry();
    const resumed = expiredFor && expiredFor === session.email;
    expiredFor = null;
    if (resumed) handlers.resumed();
    else handlers.signedIn();
  } catch (e) {
    error.textContent = e.status === 409 ? `${e.message} Sign in instead, or use another e-mail.` : e.message;
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

function signOut() {
  expiredFor = null;
  session.end();
  session.email = null;
  clearTimeout(expiryTimer);
  handlers.signedOut();
  showSignIn("You are signed out.");
}
