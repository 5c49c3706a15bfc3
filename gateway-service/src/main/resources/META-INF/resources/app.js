// DataSage web UI: plain ES modules against the gateway's /api, no build step.
const $ = (id) => document.getElementById(id);
const state = { token: null, email: null, datasets: [], current: null, conversation: null, follow: null };

// ---------------------------------------------------------------------------------------------- API

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401 && state.token) {
    logout("Your session ended; log in again.");
    throw new Error("Your session ended; log in again.");
  }
  const text = await response.text();
  const body = text ? safeJson(text) : null;
  if (!response.ok) {
    throw new Error((body && (body.detail || body.title)) || `${response.status} ${response.statusText}`);
  }
  return body;
}

function safeJson(text) {
  try { return JSON.parse(text); } catch (e) { return { detail: text }; }
}

// Server-sent events over fetch, because EventSource cannot send the Authorization header.
async function streamEvents(path, onEvent, signal) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${state.token}`, Accept: "text/event-stream" }, signal });
  if (!response.ok) throw new Error(`progress stream: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const chunk = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = chunk.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
      if (data) onEvent(safeJson(data));
    }
  }
}

// ---------------------------------------------------------------------------------------------- auth

let registering = false;

function showAuth(message) {
  $("app").hidden = true;
  $("who").hidden = true;
  $("auth").hidden = false;
  $("auth-error").textContent = message || "";
}

function setAuthMode(register) {
  registering = register;
  $("auth-title").textContent = register ? "Create an account" : "Log in";
  $("auth-submit").textContent = register ? "Register" : "Log in";
  $("auth-name-row").hidden = !register;
  $("auth-switch").textContent = register ? "Have an account? Log in" : "No account yet? Register";
  $("auth-password").autocomplete = register ? "new-password" : "current-password";
}

async function submitAuth(event) {
  event.preventDefault();
  $("auth-error").textContent = "";
  const body = { email: $("auth-email").value, password: $("auth-password").value };
  if (registering) body.full_name = $("auth-name").value;
  try {
    const session = await api(registering ? "/api/auth/register" : "/api/auth/login", { method: "POST", json: body });
    login(session);
  } catch (e) {
    $("auth-error").textContent = e.message;
  }
}

function login(session) {
  state.token = session.access_token;
  state.email = session.user.email;
  sessionStorage.setItem("datasage.session", JSON.stringify({ token: state.token, email: state.email, expires: Date.now() + session.expires_in * 1000 }));
  start();
}

function logout(message) {
  state.token = null;
  sessionStorage.removeItem("datasage.session");
  if (state.follow) state.follow.abort();
  showAuth(message);
}

// ---------------------------------------------------------------------------------------------- datasets

async function refreshDatasets() {
  const page = await api("/api/datasets?size=100");
  state.datasets = page.items;
  renderDatasetList(state.datasets);
  if (!state.current && state.datasets.length) selectDataset(state.datasets[0].id);
  $("empty").hidden = state.datasets.length > 0 || !!state.current;
}

function renderDatasetList(items, scores) {
  const list = $("datasets");
  list.innerHTML = "";
  for (const d of items) {
    const li = document.createElement("li");
    li.className = state.current && state.current.id === d.id ? "active" : "";
    li.title = d.description || d.original_filename || "";
    const name = document.createElement("span");
    name.className = "nm";
    name.textContent = d.name;
    const badge = document.createElement("span");
    badge.className = `badge ${d.status}`;
    badge.textContent = scores && scores[d.id] !== undefined ? `${Math.round(scores[d.id] * 100)}%` : statusLabel(d);
    li.append(name, badge);
    li.onclick = () => selectDataset(d.id);
    list.append(li);
  }
}

function statusLabel(d) {
  if (d.status === "READY") return `${fmt(d.row_count)} rows`;
  if (d.status === "PROCESSING") return `${d.progress.percent}%`;
  return d.status.toLowerCase();
}

async function search(query) {
  if (!query.trim()) return renderDatasetList(state.datasets);
  try {
    const found = await api(`/api/search/datasets?q=${encodeURIComponent(query)}`);
    const scores = {};
    found.results.forEach((r) => { scores[r.dataset_id] = r.score; });
    renderDatasetList(state.datasets.filter((d) => scores[d.id] !== undefined).sort((a, b) => scores[b.id] - scores[a.id]), scores);
  } catch (e) {
    const q = query.toLowerCase();
    renderDatasetList(state.datasets.filter((d) => d.name.toLowerCase().includes(q)));
  }
}

async function selectDataset(id) {
  if (state.follow) state.follow.abort();
  state.conversation = null;
  $("chat-log").innerHTML = "";
  $("dash-grid").innerHTML = "";
  const d = await api(`/api/datasets/${id}`);
  state.current = d;
  renderDatasetList(state.datasets);
  $("empty").hidden = true;
  $("dataset").hidden = false;
  renderDataset(d);
  if (d.status === "UPLOADED" || d.status === "PROCESSING") followProgress(d.id);
}

function renderDataset(d) {
  $("ds-name").textContent = d.name;
  const bits = [d.original_filename, humanBytes(d.size_bytes), d.format && d.format.toUpperCase()];
  if (d.row_count != null) bits.push(`${fmt(d.row_count)} rows × ${d.column_count} columns`);
  $("ds-meta").textContent = bits.filter(Boolean).join(" · ");
  const busy = d.status === "UPLOADED" || d.status === "PROCESSING";
  $("ds-progress").hidden = !busy;
  $("ds-bar").style.width = `${d.progress.percent || 0}%`;
  $("ds-phase").textContent = busy ? `${d.progress.phase || "queued"} ${d.progress.percent || 0}% (${fmt(d.progress.rows_processed || 0)} rows)` : "";
  $("ds-failure").hidden = d.status !== "FAILED";
  $("ds-failure").textContent = d.status === "FAILED" ? `Could not analyse this file: ${d.failure_reason}` : "";
  renderOverview(d);
  $("tab-preview").innerHTML = "";
}

function followProgress(id) {
  const controller = new AbortController();
  state.follow = controller;
  streamEvents(`/api/datasets/${id}/events`, (s) => {
    if (!state.current || state.current.id !== id) return;
    $("ds-progress").hidden = false;
    $("ds-bar").style.width = `${s.percent}%`;
    $("ds-phase").textContent = `${s.phase || s.status.toLowerCase()} ${s.percent}% (${fmt(s.rows_processed)} rows)`;
    if (s.status === "READY" || s.status === "FAILED") {
      $("upload-status").textContent = s.status === "READY" ? "" : "The file could not be analysed; see the reason on the right.";
      refreshDatasets();
      selectDataset(id);
    }
  }, controller.signal).catch(() => {});
}

function renderOverview(d) {
  const el = $("tab-overview");
  el.innerHTML = "";
  const p = d.profile;
  if (!p) {
    el.innerHTML = d.status === "FAILED" ? "" : `<p class="muted">The profile appears here once the analysis is done.</p>`;
    return;
  }
  const q = p.quality || {};
  const kpis = document.createElement("div");
  kpis.className = "kpis";
  kpis.append(kpi("Rows", fmt(p.rows)), kpi("Columns", fmt(p.columns)), kpi("Quality", pct(q.overall)),
    kpi("Domain", ((p.domain_hints || [])[0] || {}).domain || (p.domain_hints || [])[0] || "general"));
  el.append(kpis);
  const quality = document.createElement("div");
  quality.className = "quality";
  for (const key of ["completeness", "validity", "uniqueness", "consistency"]) {
    if (q[key] !== undefined) {
      const s = document.createElement("span");
      s.textContent = `${key} ${pct(q[key])}`;
      s.title = (q.definitions || {})[key] || "";
      quality.append(s);
    }
  }
  el.append(quality);
  const rows = (p.column_profiles || []).map((c) => {
    const range = c.numeric || c.temporal || {};
    return [c.name, c.type + (c.unit ? ` (${c.unit})` : ""), fmt(c.nulls), fmt(c.distinct) + (c.distinct_approximate ? "~" : ""),
      show(range.min), show(range.max), show(c.numeric ? c.numeric.mean : null),
      ((c.top_values || []).slice(0, 3).map((t) => t.value ?? t).join(", "))];
  });
  el.append(table(["Column", "Type", "Nulls", "Distinct", "Min", "Max", "Mean", "Top values"], rows));
  const problems = p.problems || [];
  if (problems.length) {
    const ul = document.createElement("ul");
    problems.forEach((pr) => { const li = document.createElement("li"); li.textContent = pr.message || `${pr.kind}: ${pr.count}`; ul.append(li); });
    const h = document.createElement("h4");
    h.textContent = "Problems found";
    el.append(h, ul);
  }
}

async function renderPreview() {
  const d = state.current;
  const el = $("tab-preview");
  if (!d || d.status !== "READY") { el.innerHTML = `<p class="muted">The preview appears once the analysis is done.</p>`; return; }
  try {
    const preview = await api(`/api/datasets/${d.id}/preview?rows=100`);
    el.innerHTML = "";
    el.append(table(preview.columns.map((c) => c.name || c), preview.rows.map((r) => r.map(show))));
  } catch (e) {
    el.textContent = e.message;
  }
}

async function upload(event) {
  event.preventDefault();
  const file = $("upload-file").files[0];
  if (!file) return;
  const form = new FormData();
  form.append("file", file);
  if ($("upload-name").value.trim()) form.append("name", $("upload-name").value.trim());
  $("upload-button").disabled = true;
  const status = $("upload-status");
  try {
    const result = await new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/datasets");
      xhr.setRequestHeader("Authorization", `Bearer ${state.token}`);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) status.textContent = `Uploading ${Math.round((100 * e.loaded) / e.total)}%`; };
      xhr.onload = () => {
        const body = safeJson(xhr.responseText || "{}");
        xhr.status < 300 ? resolve(body) : reject(new Error(body.detail || `${xhr.status}`));
      };
      xhr.onerror = () => reject(new Error("the upload was interrupted"));
      xhr.send(form);
    });
    status.textContent = result.duplicate ? "You uploaded this file before; showing that dataset." : "Uploaded; analysing...";
    $("upload-form").reset();
    $("drop-text").textContent = "Drop a CSV or Excel file here, or click to choose";
    await refreshDatasets();
    await selectDataset(result.dataset.id);
  } catch (e) {
    status.textContent = e.message;
  } finally {
    $("upload-button").disabled = !$("upload-file").files.length;
  }
}

async function deleteCurrent() {
  const d = state.current;
  if (!d || !confirm(`Delete "${d.name}" and everything computed from it?`)) return;
  await api(`/api/datasets/${d.id}`, { method: "DELETE" });
  state.current = null;
  $("dataset").hidden = true;
  await refreshDatasets();
}

// ---------------------------------------------------------------------------------------------- chat

async function ask(event) {
  event.preventDefault();
  const input = $("chat-input");
  const message = input.value.trim();
  if (!message || !state.current || state.asking) return;
  // One question at a time: a follow-up needs the previous answer's conversation.
  state.asking = true;
  input.disabled = true;
  input.value = "";
  addMessage("user", message);
  const pending = addMessage("assistant", "Thinking...");
  try {
    const reply = await api(`/api/chat/${state.current.id}`, { method: "POST", json: { message, conversation_id: state.conversation } });
    state.conversation = reply.conversation_id;
    fillAnswer(pending, reply);
  } catch (e) {
    pending.textContent = e.message;
  } finally {
    state.asking = false;
    input.disabled = false;
    input.focus();
  }
}

function addMessage(role, text) {
  const div = document.createElement("div");
  div.className = `msg ${role}`;
  div.textContent = text;
  $("chat-log").append(div);
  div.scrollIntoView({ block: "end" });
  return div;
}

function fillAnswer(div, reply) {
  div.textContent = reply.response_text;
  if (reply.chart) {
    const chart = document.createElement("div");
    chart.className = "chart";
    div.append(chart);
    plot(chart, reply.chart);
  }
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = `${reply.source} · confidence ${reply.confidence}`;
  div.append(meta);
}

// ---------------------------------------------------------------------------------------------- dashboard

async function designDashboard() {
  const grid = $("dash-grid");
  grid.innerHTML = `<p class="muted">Designing...</p>`;
  try {
    const dashboard = await api("/api/dashboards/design", { method: "POST", json: { dataset_id: state.current.id } });
    grid.innerHTML = "";
    if ((dashboard.insights || []).length) {
      const cell = document.createElement("div");
      cell.className = "cell span-4";
      const h = document.createElement("h4");
      h.textContent = `${dashboard.title} - insights`;
      const ul = document.createElement("ul");
      dashboard.insights.forEach((text) => { const li = document.createElement("li"); li.textContent = text; ul.append(li); });
      cell.append(h, ul);
      grid.append(cell);
    }
    for (const c of dashboard.components) {
      const cell = document.createElement("div");
      cell.className = `cell span-${Math.min(4, c.span || 1)}`;
      const h = document.createElement("h4");
      h.textContent = c.title;
      cell.append(h);
      // Plotly sizes a plot from its container, so the tile must be in the page before it is drawn.
      grid.append(cell);
      if (c.figure) {
        const chart = document.createElement("div");
        chart.className = c.type === "kpi" ? "" : "chart";
        cell.append(chart);
        plot(chart, c.figure, c.type === "kpi" ? 140 : 320);
      }
      if (c.summary || c.error) {
        const p = document.createElement("div");
        p.className = c.error ? "error small" : "muted small";
        p.textContent = c.error || c.summary;
        cell.append(p);
      }
    }
  } catch (e) {
    grid.innerHTML = "";
    grid.textContent = e.message;
  }
}

// ---------------------------------------------------------------------------------------------- helpers

function plot(el, figure, height) {
  const layout = Object.assign({ margin: { t: 40, r: 20, b: 60, l: 60 }, autosize: true }, figure.layout || {});
  if (height) layout.height = height;
  // A single number carries its own title inside the indicator; a second title above it only repeats it.
  if ((figure.data || []).length === 1 && figure.data[0].type === "indicator") delete layout.title;
  if (window.Plotly) window.Plotly.newPlot(el, figure.data || [], layout, { responsive: true, displaylogo: false });
}

function table(headers, rows) {
  const wrap = document.createElement("div");
  wrap.className = "scroll";
  const t = document.createElement("table");
  t.className = "grid";
  const head = t.createTHead().insertRow();
  headers.forEach((h) => { const th = document.createElement("th"); th.textContent = h; head.append(th); });
  const body = t.createTBody();
  rows.forEach((r) => { const tr = body.insertRow(); r.forEach((v) => { tr.insertCell().textContent = v ?? ""; }); });
  wrap.append(t);
  return wrap;
}

function kpi(label, value) {
  const div = document.createElement("div");
  div.className = "kpi";
  div.innerHTML = `<div class="v"></div><div class="l"></div>`;
  div.querySelector(".v").textContent = value;
  div.querySelector(".l").textContent = label;
  return div;
}

function fmt(n) { return n == null ? "" : Number(n).toLocaleString(); }
function pct(x) { return x == null ? "-" : `${(x * 100).toFixed(1)}%`; }
function show(v) {
  if (v == null) return "";
  if (typeof v === "number") return Number.isInteger(v) ? v.toLocaleString() : v.toLocaleString(undefined, { maximumFractionDigits: 4 });
  return String(v);
}
function humanBytes(b) {
  if (!b) return "";
  const u = ["bytes", "KB", "MB", "GB"];
  let i = 0;
  while (b >= 1024 && i < u.length - 1) { b /= 1024; i++; }
  return `${b.toFixed(i ? 1 : 0)} ${u[i]}`;
}

function switchTab(name) {
  document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  document.querySelectorAll(".tab").forEach((t) => { t.hidden = t.id !== `tab-${name}`; });
  if (name === "preview") renderPreview();
}

// ---------------------------------------------------------------------------------------------- start

function start() {
  $("auth").hidden = true;
  $("app").hidden = false;
  $("who").hidden = false;
  $("who-email").textContent = state.email;
  refreshDatasets().catch((e) => { $("upload-status").textContent = e.message; });
}

function init() {
  $("auth-form").onsubmit = submitAuth;
  $("auth-switch").onclick = () => setAuthMode(!registering);
  $("logout").onclick = () => logout();
  $("upload-form").onsubmit = upload;
  $("upload-file").onchange = () => {
    const f = $("upload-file").files[0];
    $("upload-button").disabled = !f;
    $("drop-text").textContent = f ? `${f.name} (${humanBytes(f.size)})` : "Drop a CSV or Excel file here, or click to choose";
  };
  const drop = $("drop");
  drop.ondragover = (e) => { e.preventDefault(); drop.classList.add("over"); };
  drop.ondragleave = () => drop.classList.remove("over");
  drop.ondrop = (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    $("upload-file").files = e.dataTransfer.files;
    $("upload-file").onchange();
  };
  $("search").oninput = (e) => search(e.target.value);
  $("ds-delete").onclick = deleteCurrent;
  document.querySelectorAll(".tabs button").forEach((b) => { b.onclick = () => switchTab(b.dataset.tab); });
  $("chat-form").onsubmit = ask;
  $("chat-new").onclick = () => { state.conversation = null; $("chat-log").innerHTML = ""; };
  $("dash-generate").onclick = designDashboard;
  setInterval(() => {
    if (state.token && state.datasets.some((d) => d.status === "UPLOADED" || d.status === "PROCESSING")) refreshDatasets().catch(() => {});
  }, 5000);

  const saved = safeJson(sessionStorage.getItem("datasage.session") || "null");
  if (saved && saved.token && saved.expires > Date.now() + 60000) {
    state.token = saved.token;
    state.email = saved.email;
    start();
  } else {
    setAuthMode(false);
    showAuth();
  }
}

init();
