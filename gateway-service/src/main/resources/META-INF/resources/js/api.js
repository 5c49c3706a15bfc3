// The gateway's /api as functions: the signed-in session, JSON calls with problem+json errors, server-sent events.

const KEY = "datasage.session";

/** Who is signed in and until when; kept in localStorage so that a reload or a second tab stays signed in. */
export const session = {
  token: null,
  email: null,
  name: null,
  expires: 0,

  save(reply) {
    this.token = reply.access_token;
    this.email = reply.user.email;
    this.name = reply.user.full_name || "";
    this.expires = Date.now() + reply.expires_in * 1000;
    localStorage.setItem(KEY, JSON.stringify({ token: this.token, email: this.email, name: this.name, expires: this.expires }));
  },

  /** Takes a stored session that still has at least a minute left. */
  restore() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) || "null");
      if (saved && saved.token && saved.expires > Date.now() + 60_000) {
        Object.assign(this, saved);
        return true;
      }
      if (saved) this.email = saved.email;
    } catch (e) {
      localStorage.removeItem(KEY);
    }
    return false;
  },

  /** Forgets the token; the e-mail stays so that the sign-in form can be filled in again. */
  end() {
    this.token = null;
    this.expires = 0;
    localStorage.removeItem(KEY);
  },
};

/** An error the user can act on: the problem's detail (what was wrong and what to do) and the HTTP status. */
export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

let unauthorized = () => {};

/** Called when the server no longer accepts the token (it expired or the keys changed). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** Reports a 401 seen outside this module (uploads go through XMLHttpRequest for their progress). */
export function expired() {
  if (session.token) unauthorized();
}

function headers(extra, withToken) {
  const result = Object.assign({ Accept: "application/json" }, extra);
  if (withToken && session.token) result.Authorization = `Bearer ${session.token}`;
  return result;
}

async function send(path, { method = "GET", json, body, signal, auth = true, accept, headers: given } = {}) {
  const extra = Object.assign({}, given);
  if (json !== undefined) {
    extra["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  }
  if (accept) extra.Accept = accept;
  let response;
  try {
    response = await fetch(path, { method, headers: headers(extra, auth), body, signal });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new ApiError("DataSage could not be reached. Check your connection, then try again.", 0);
  }
  if (response.status === 401 && auth && session.token) {
    unauthorized();
    throw new ApiError("Your session has expired. Sign in again to continue; nothing you typed is lost.", 401);
  }
  if (!response.ok) throw await problem(response);
  return response;
}

async function problem(response) {
  const text = await response.text().catch(() => "");
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  const detail = body && (body.detail || body.title);
  const fallback = response.status >= 500
    ? `The server had a problem (${response.status}). Try again in a moment.`
    : `The request was refused (${response.status} ${response.statusText}).`;
  return new ApiError(detail || fallback, response.status, body);
}

/** A JSON call; resolves to the parsed body (null for 204). */
export async function api(path, options = {}) {
  const response = await send(path, options);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** A call whose answer is a file (an HTML export): the response itself, after the same checks. */
export function apiFile(path, options = {}) {
  return send(path, Object.assign({ accept: "*/*" }, options));
}

/**
 * Server-sent events over fetch (EventSource can neither POST nor send the Authorization header): calls onEvent
 * with each event's parsed JSON data and resolves when the stream ends.
 */
export async function events(path, onEvent, options = {}) {
  const response = await send(path, Object.assign({ accept: "text/event-stream" }, options));
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const chunk = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = chunk.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).replace(/^ /, "")).join("\n");
      if (data) onEvent(JSON.parse(data));
    }
  }
}
