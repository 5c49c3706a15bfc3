// "Pin to dashboard" under a chat answer: add it to one of the dataset's dashboards, or start a new one with it.
import { api } from "./api.js";
import { h, toast } from "./dom.js";

/** Asks where to pin the answer, pins it and resolves to the dashboard it is now on (null when cancelled). */
export async function pinAnswer({ dataset, conversationId, messageId }) {
  let mine = [];
  try {
    mine = (await api("/api/dashboards?size=100")).filter((b) => b.dataset_id === dataset.id);
  } catch (e) {
    toast(`Your dashboards could not be loaded: ${e.message}`, "error");
    return null;
  }
  const choice = await choose(mine);
  if (choice === null) return null;
  const answer = { conversation_id: conversationId, message_id: messageId };
  try {
    // Pinning appends a tile whatever else changed meanwhile, so any revision will do (If-Match: *).
    const board = choice === "new"
      ? await api("/api/dashboards", { method: "POST", json: answer })
      : await api(`/api/dashboards/${choice}/components`, { method: "POST", json: answer, headers: { "If-Match": "*" } });
    toast(`Pinned to "${board.title}".`, "ok");
    return board;
  } catch (e) {
    toast(`Not pinned: ${e.message}`, "error");
    return null;
  }
}

/** A small dialog: the dataset's dashboards and "a new dashboard"; resolves to an id, "new", or null. */
function choose(dashboards) {
  const options = [...dashboards.map((b) => [b.id, b.title]), ["new", "A new dashboard"]];
  const dialog = h("dialog", { class: "dialog", "aria-labelledby": "pin-title" },
    h("form", { method: "dialog" },
      h("h2", { id: "pin-title" }, "Pin to a dashboard"),
      h("fieldset", { class: "choices" }, h("legend", { class: "visually-hidden" }, "Dashboard"),
        options.map(([value, text], i) => h("label", { class: "choice" },
          h("input", { type: "radio", name: "dashboard", value, checked: i === 0 }), ` ${text}`))),
      h("div", { class: "dialog-actions" },
        h("button", { value: "cancel", class: "ghost" }, "Cancel"),
        h("button", { value: "pin", class: "primary" }, "Pin"))));
  document.body.append(dialog);
  const opener = document.activeElement;
  dialog.showModal();
  dialog.querySelector("input").focus();
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const picked = dialog.querySelector("input:checked");
      resolve(dialog.returnValue === "pin" && picked ? picked.value : null);
      dialog.remove();
      if (opener && opener.isConnected) opener.focus();
    }, { once: true });
  });
}

