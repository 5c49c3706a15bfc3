// Sharing a dashboard: read-only links (create with an expiry, copy, revoke) and the self-contained HTML export.
import { api, apiFile } from "./api.js";
import { h, replace, copyText, toast, when, loading, errorBox } from "./dom.js";

const EXPIRY = [["7", "in 7 days"], ["1", "in 1 day"], ["30", "in 30 days"], ["90", "in 90 days"], ["365", "in a year"], ["", "never"]];

/** The address a share token opens: the public page of this UI, which needs no account. */
export function shareUrl(token) {
  return `${location.origin}${location.pathname}#/shared/${encodeURIComponent(token)}`;
}

/** The Share dialog of dashboard b: the links that exist (revoke), and a new one (expiry, then copy). */
export function openShareDialog(b) {
  const list = h("ul", { class: "share-list", id: "share-list" }, h("li", null, loading("Loading the links…")));
  const fresh = h("div", { id: "share-new", "aria-live": "polite" });
  const expiry = h("select", { id: "share-expiry" }, EXPIRY.map(([value, text]) => h("option", { value }, text)));
  const dialog = h("dialog", { class: "dialog wide", "aria-labelledby": "share-title" },
    h("h2", { id: "share-title" }, `Share "${b.title}"`),
    h("p", { class: "small muted" }, "Anyone with a link sees this dashboard read-only, with the current data, without an account. Revoke a link to close it at once."),
    h("form", { class: "share-form", onsubmit: async (e) => {
      e.preventDefault();
      await create(b, expiry.value, fresh);
      await load(b, list);
    } },
    h("label", { for: "share-expiry" }, "The link stops working"), expiry,
    h("button", { type: "submit", class: "primary", id: "share-create" }, "Create link")),
    fresh,
    h("h3", { class: "small-title" }, "Links to this dashboard"),
    list,
    h("div", { class: "dialog-actions" }, h("button", { type: "button", class: "ghost", onclick: () => dialog.close() }, "Close")));
  document.body.append(dialog);
  const opener = document.activeElement;
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (opener && opener.isConnected) opener.focus();
  });
  dialog.showModal();
  expiry.focus();
  load(b, list);
}

async function create(b, days, box) {
  const button = document.getElementById("share-create");
  button.disabled = true;
  try {
    const made = await api(`/api/dashboards/${b.id}/shares`, { method: "POST", json: days ? { expires_in_days: Number(days) } : {} });
    const url = shareUrl(made.token);
    const field = h("input", { type: "text", id: "share-url", readonly: true, value: url });
    replace(box, h("div", { class: "share-created" },
      h("label", { for: "share-url" }, "New link (shown only now: copy it)"),
      h("div", { class: "row" }, field,
        h("button", { type: "button", class: "primary", onclick: async () => {
          try {
            await copyText(url);
            toast("The link is on the clipboard.", "ok");
          } catch (e) {
            field.select();
            toast(e.message, "error");
          }
        } }, "Copy link")),
      h("p", { class: "small muted" }, made.expires_at ? `Works until ${new Date(made.expires_at).toLocaleString("en-US")}.` : "Works until you revoke it.")));
    field.select();
  } catch (e) {
    replace(box, errorBox(`No link was created: ${e.message}`));
  } finally {
    button.disabled = false;
  }
}

async function load(b, list) {
  try {
    const links = await api(`/api/dashboards/${b.id}/shares`);
    if (!links.length) {
      replace(list, h("li", { class: "muted small" }, "None yet."));
      return;
    }
    replace(list, links.map((s) => h("li", { class: "share-item", dataset: { id: s.id } },
      h("span", null, `Created ${when(s.created_at)}; `,
        s.expired ? h("strong", { class: "error" }, "expired") : s.expires_at ? `works until ${new Date(s.expires_at).toLocaleDateString("en-US")}` : "never expires"),
      h("button", { type: "button", class: "ghost small-button danger-text", "aria-label": `Revoke the link created ${when(s.created_at)}`, onclick: async () => {
        try {
          await api(`/api/dashboards/${b.id}/shares/${s.id}`, { method: "DELETE" });
          toast("Link revoked: it no longer opens the dashboard.", "ok");
          await load(b, list);
        } catch (e) {
          toast(`Not revoked: ${e.message}`, "error");
        }
      } }, "Revoke"))));
  } catch (e) {
    replace(list, h("li", null, errorBox(`The links could not be loaded: ${e.message}`)));
  }
}

/** Downloads the dashboard as one HTML file (figures, data and Plotly inside) that opens anywhere, offline. */
export async function exportHtml(b, button) {
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    const response = await apiFile(`/api/dashboards/${b.id}/export.html`);
    const blob = await response.blob();
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
    const link = h("a", { href: URL.createObjectURL(blob), download: name ? name[1] : "dashboard.html" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } catch (e) {
    toast(`The dashboard was not exported: ${e.message}`, "error");
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}
