// Small DOM helpers shared by every view: element building, number formats, notices and the confirm dialog.

export const $ = (id) => document.getElementById(id);

const PROPERTIES = new Set(["value", "checked", "disabled", "hidden", "open", "selected", "indeterminate"]);

/** Builds an element: h("button", {class: "primary", onclick: go}, "Ask"). Null children and attributes are skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements (distribution bars). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.setAttribute("class", value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

/** Appends children: nodes, strings, numbers and (nested) arrays; null and false are skipped. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A loading line that screen readers announce. */
export function loading(text) {
  return h("p", { class: "loading", role: "status" }, text);
}

/** An error that says what went wrong and, with {retry}, offers to try again. */
export function errorBox(message, retry) {
  return h("div", { class: "error-box", role: "alert" }, h("p", null, message),
    retry ? h("button", { type: "button", class: "ghost", onclick: retry }, "Try again") : null);
}

// -------------------------------------------------------------------------------------------- formats

export function fmt(n) {
  return n == null || Number.isNaN(Number(n)) ? "" : Number(n).toLocaleString("en-US");
}

export function pct(x, digits = 1) {
  return x == null ? "–" : `${(x * 100).toFixed(digits)}%`;
}

/** A value from the data as a person reads it: grouped integers, at most 4 decimals. */
export function show(v) {
  if (v == null) return "";
  if (typeof v === "number") {
    return Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 4 });
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  return String(v);
}

export function humanBytes(b) {
  if (b == null) return "";
  const units = ["bytes", "KB", "MB", "GB"];
  let i = 0;
  while (b >= 1024 && i < units.length - 1) { b /= 1024; i++; }
  return `${b.toFixed(i ? 1 : 0)} ${units[i]}`;
}

export function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  const seconds = (Date.now() - d.getTime()) / 1000;
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

// -------------------------------------------------------------------------------------------- notices

/** A short notice at the top of the page, read out by screen readers. */
export function toast(text, kind = "info") {
  const box = $("toasts");
  const note = h("div", { class: `toast ${kind}` }, text);
  box.append(note);
  setTimeout(() => note.remove(), kind === "error" ? 9000 : 5000);
}

/** Asks before something that cannot be undone; resolves to true when confirmed. */
export function confirmDialog({ title, body, confirm = "Delete", danger = true }) {
  const dialog = $("confirm");
  $("confirm-title").textContent = title;
  $("confirm-body").textContent = body;
  $("confirm-ok").textContent = confirm;
  $("confirm-ok").className = danger ? "danger-solid" : "primary";
  dialog.returnValue = "";
  const opener = document.activeElement;
  dialog.showModal();
  $("confirm-cancel").focus();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      if (opener && opener.isConnected) opener.focus();
      resolve(dialog.returnValue === "ok");
    }, { once: true });
  });
}

/** Copies text to the clipboard, with the textarea fallback for browsers that refuse the async API. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (e) {
    const area = h("textarea", { class: "visually-hidden", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) throw new Error("The browser did not allow copying; select the table and copy it by hand.");
  }
}

/** Runs fn at most once per delay (the last call wins). */
export function debounce(fn, delay) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), delay);
  };
}
