// Ask: the dataset's conversations (resume, rename, delete) and the thread, with streaming replies, interactive
// charts, the source and confidence of each answer, and its data as CSV or the chart as PNG.
import { api, events } from "./api.js";
import { $, h, replace, when, loading, errorBox, confirmDialog, toast } from "./dom.js";
import { note, go } from "./nav.js";
import { renderAnswer } from "./answer.js";

const chat = { panel: null, dataset: null, conversations: [], current: null, busy: false, controller: null, drafts: new Map() };

/** Stops a reply that is still streaming and forgets the drawn view (the tab or the dataset changed). */
export function leaveChat() {
  if (chat.controller) chat.controller.abort();
  chat.panel = null;
  chat.busy = false;
}

/** Shows the Ask tab of dataset d with conversation conversationId (null: a new one). */
export function showChat(panel, d, conversationId) {
  if (d.status !== "READY") {
    replace(panel, h("p", { class: "muted", role: "status" }, "You can ask questions once the analysis is done."));
    return;
  }
  if (chat.panel !== panel || !chat.dataset || chat.dataset.id !== d.id || !panel.querySelector("#chat-form")) {
    leaveChat();
    chat.panel = panel;
    chat.dataset = d;
    chat.current = undefined;
    draw(panel, d);
    loadConversations();
  }
  if (chat.current !== (conversationId || null)) openConversation(conversationId || null);
}

function draw(panel, d) {
  const wide = window.matchMedia("(min-width: 900px)").matches;
  replace(panel, h("div", { class: "chat" },
    h("details", { class: "conversations", id: "conversations", open: wide },
      h("summary", null, h("span", { id: "conv-title" }, "Conversations")),
      h("button", { type: "button", class: "primary small-button", id: "chat-new", onclick: () => go(`#/datasets/${d.id}/chat`) }, "New conversation"),
      h("ul", { id: "conv-list", class: "conv-list", "aria-labelledby": "conv-title" }, h("li", null, loading("Loading conversations…")))),
    h("section", { class: "thread", "aria-label": "Conversation" },
      h("div", { id: "chat-log", class: "chat-log", "aria-live": "polite" }),
      h("form", { id: "chat-form", class: "chat-form", onsubmit: submit },
        h("label", { for: "chat-input", class: "visually-hidden" }, `Ask a question about ${d.name}`),
        h("textarea", { id: "chat-input", rows: 1, placeholder: "Ask a question, e.g. total sales by region", autocomplete: "off",
          "aria-describedby": "chat-hint", oninput: (e) => chat.drafts.set(d.id, e.target.value), onkeydown: enterSends }),
        h("button", { type: "submit", class: "primary", id: "chat-send" }, "Ask")),
      h("p", { id: "chat-hint", class: "muted small" },
        "Follow-ups work: \u201cnow only for 2024\u201d, \u201cmake it a pie\u201d, \u201cshow the top 5\u201d. Enter sends, Shift+Enter adds a line."))));
  $("chat-input").value = chat.drafts.get(d.id) || "";
}

function enterSends(event) {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("chat-form").requestSubmit();
  }
}

// ---------------------------------------------------------------------------------------------- conversations

async function loadConversations() {
  const d = chat.dataset;
  try {
    const list = await api(`/api/chat/conversations?dataset_id=${encodeURIComponent(d.id)}&size=100`);
    if (!chat.dataset || chat.dataset.id !== d.id) return;
    chat.conversations = list;
    drawConversations();
  } catch (e) {
    if ($("conv-list")) replace($("conv-list"), h("li", null, errorBox(`Conversations could not be loaded: ${e.message}`, loadConversations)));
  }
}

function drawConversations() {
  const ul = $("conv-list");
  if (!ul) return;
  $("conv-title").textContent = `Conversations (${chat.conversations.length})`;
  if (!chat.conversations.length) {
    replace(ul, h("li", { class: "muted small empty-item" }, "No conversations yet. Ask a question to start one."));
    return;
  }
  replace(ul, chat.conversations.map((c) => h("li", { class: "conv", dataset: { id: c.id } },
    h("a", { class: "conv-open", href: `#/datasets/${chat.dataset.id}/chat/${c.id}`, "aria-current": c.id === chat.current ? "true" : null },
      h("span", { class: "conv-name" }, c.title),
      h("span", { class: "muted small" }, `${c.message_count} messages · ${when(c.updated_at)}`)),
    h("div", { class: "conv-actions" },
      h("button", { type: "button", class: "ghost small-button", "aria-label": `Rename conversation "${c.title}"`, onclick: () => startRename(c) }, "Rename"),
      h("button", { type: "button", class: "ghost small-button danger-text", "aria-label": `Delete conversation "${c.title}"`, onclick: () => remove(c) }, "Delete")))));
}

function startRename(c) {
  const li = $("conv-list").querySelector(`li[data-id="${c.id}"]`);
  const input = h("input", { type: "text", id: `rename-${c.id}`, value: c.title, maxlength: 200, required: true });
  const cancel = () => drawConversations();
  const form = h("form", { class: "rename", onsubmit: async (e) => {
    e.preventDefault();
    const title = input.value.trim();
    if (!title) { input.setAttribute("aria-invalid", "true"); input.focus(); return; }
    try {
      await api(`/api/chat/conversations/${c.id}`, { method: "PATCH", json: { title } });
      c.title = title;
      drawConversations();
      toast(`Renamed to "${title}".`, "ok");
    } catch (err) {
      toast(`Not renamed: ${err.message}`, "error");
    }
  } },
  h("label", { for: input.id, class: "visually-hidden" }, "New name of the conversation"), input,
  h("button", { type: "submit", class: "primary small-button" }, "Save"),
  h("button", { type: "button", class: "ghost small-button", onclick: cancel }, "Cancel"));
  input.addEventListener("keydown", (e) => { if (e.key === "Escape") cancel(); });
  replace(li, form);
  input.focus();
  input.select();
}

async function remove(c) {
  const ok = await confirmDialog({ title: `Delete "${c.title}"?`, body: "Its questions and answers are deleted for good.", confirm: "Delete conversation" });
  if (!ok) return;
  try {
    await api(`/api/chat/conversations/${c.id}`, { method: "DELETE" });
    chat.conversations = chat.conversations.filter((x) => x.id !== c.id);
    drawConversations();
    toast(`Deleted "${c.title}".`, "ok");
    if (chat.current === c.id) go(`#/datasets/${chat.dataset.id}/chat`);
  } catch (e) {
    toast(`Not deleted: ${e.message}`, "error");
  }
}

async function openConversation(id) {
  chat.current = id;
  if (chat.controller) chat.controller.abort();
  chat.busy = false;
  drawConversations();
  const log = $("chat-log");
  if (!id) {
    replace(log, intro(chat.dataset));
    return;
  }
  replace(log, loading("Loading the conversation…"));
  try {
    const c = await api(`/api/chat/conversations/${id}`);
    if (chat.current !== id) return;
    replace(log);
    let question = null;
    for (const m of c.messages) {
      if (m.role === "user") {
        question = m.content;
        log.append(bubble(m.content));
      } else {
        const card = h("article", { class: "answer" });
        log.append(card);
        renderAnswer(card, m, { dataset: chat.dataset, question, ask, conversationId: c.id });
      }
    }
    if (!c.messages.length) replace(log, intro(chat.dataset));
    log.lastElementChild && log.lastElementChild.scrollIntoView({ block: "end" });
  } catch (e) {
    if (e.status === 404) {
      toast("That conversation no longer exists; starting a new one.", "error");
      go(`#/datasets/${chat.dataset.id}/chat`);
    } else {
      replace(log, errorBox(`The conversation could not be loaded: ${e.message}`, () => openConversation(id)));
    }
  }
}

// ---------------------------------------------------------------------------------------------- asking

function intro(d) {
  return h("div", { class: "intro" },
    h("p", null, `Ask anything about ${d.name} in plain language. For example:`),
    h("ul", { class: "examples" }, examples(d).map((q) => h("li", null,
      h("button", { type: "button", class: "chip", onclick: () => ask(q) }, q)))));
}

/** Example questions made from the dataset's own columns. */
function examples(d) {
  const columns = (d.profile && d.profile.column_profiles) || [];
  const idLike = (c) => /(^|[_ ])id$|^id/i.test(c.name) || (c.distinct === c.count && c.count > 50);
  const measures = columns.filter((c) => (c.type === "integer" || c.type === "decimal") && !idLike(c)).map((c) => c.name);
  const groups = columns.filter((c) => c.type === "category" || c.type === "boolean").map((c) => c.name);
  const dates = columns.filter((c) => c.type === "date" || c.type === "datetime").map((c) => c.name);
  const out = [];
  if (measures[0] && groups[0]) out.push(`total ${measures[0]} by ${groups[0]}`);
  if (measures[0] && dates[0]) out.push(`monthly ${measures[0]} trend`);
  if (measures[0] && groups[1]) out.push(`top 5 ${groups[1]} by ${measures[0]}`);
  if (measures[1] && groups[0]) out.push(`average ${measures[1]} by ${groups[0]}`);
  if (!out.length) out.push("how many rows are there", ...(groups[0] ? [`count by ${groups[0]}`] : []));
  return out.slice(0, 4);
}

function bubble(text) {
  return h("div", { class: "msg user" }, h("span", { class: "visually-hidden" }, "You asked: "), text);
}

function submit(event) {
  event.preventDefault();
  const input = $("chat-input");
  const question = input.value.trim();
  if (!question) {
    input.focus();
    return;
  }
  ask(question);
}

/** Sends a question (typed, an example or a suggestion) and streams the answer into the thread. */
export async function ask(question) {
  if (chat.busy || !chat.dataset) return;
  const d = chat.dataset;
  const input = $("chat-input");
  const send = $("chat-send");
  const log = $("chat-log");
  if (log.querySelector(".intro")) replace(log);
  chat.busy = true;
  send.disabled = true;
  send.textContent = "Answering…";
  input.value = "";
  chat.drafts.delete(d.id);
  log.append(bubble(question));
  const card = h("article", { class: "answer streaming", "aria-busy": "true" },
    h("p", { class: "answer-text" }, h("span", { class: "typing" }, "Thinking…")));
  log.append(card);
  card.scrollIntoView({ block: "end" });
  const text = card.querySelector(".answer-text");
  let streamed = "";
  let final = null;
  const controller = new AbortController();
  chat.controller = controller;
  try {
    await events(`/api/chat/${d.id}/stream`, (e) => {
      if (e.type === "token") {
        streamed += e.text;
        text.textContent = streamed;
      } else if (e.type === "reset") {
        streamed = "";
        text.textContent = "";
      } else if (e.type === "final") {
        final = e.reply;
      }
    }, { method: "POST", json: { message: question, conversation_id: chat.current || null }, signal: controller.signal });
    if (!final) throw new Error("The answer was interrupted before it was complete. Ask again.");
    card.classList.remove("streaming");
    card.removeAttribute("aria-busy");
    renderAnswer(card, final, { dataset: d, question, ask });
    const fresh = chat.current !== final.conversation_id;
    chat.current = final.conversation_id;
    note(`#/datasets/${d.id}/chat/${final.conversation_id}`);
    if (fresh) loadConversations();
    else bump(final.conversation_id);
  } catch (e) {
    if (e.name === "AbortError") return;
    card.classList.remove("streaming");
    card.removeAttribute("aria-busy");
    replace(card, errorBox(e.message));
    card.classList.add("failed");
    // Nothing typed is lost: the question goes back into the box to send again.
    if (!input.value) input.value = question;
    chat.drafts.set(d.id, input.value);
  } finally {
    if (chat.controller === controller) chat.controller = null;
    chat.busy = false;
    if (send.isConnected) {
      send.disabled = false;
      send.textContent = "Ask";
      input.focus();
    }
  }
}

function bump(id) {
  const c = chat.conversations.find((x) => x.id === id);
  if (!c) return;
  c.message_count += 2;
  c.updated_at = new Date().toISOString();
  chat.conversations = [c, ...chat.conversations.filter((x) => x !== c)];
  drawConversations();
}
