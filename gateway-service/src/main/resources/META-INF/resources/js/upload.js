// Upload: choose or drop a file, send it with a byte progress bar, then open the dataset, whose page follows the
// server's processing progress.
import { session, expired } from "./api.js";
import { $, humanBytes } from "./dom.js";
import { go } from "./nav.js";
import { refreshList } from "./datasets.js";

const PROMPT = "Drop a CSV or Excel file here, or choose one";

/** Wires the upload form. */
export function initUpload() {
  const input = $("upload-file");
  input.addEventListener("change", chosen);
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      chosen();
    }
  });
  $("upload-form").addEventListener("submit", upload);
}

function chosen() {
  const file = $("upload-file").files[0];
  $("upload-button").disabled = !file;
  $("drop-text").textContent = file ? `${file.name} (${humanBytes(file.size)})` : PROMPT;
  setStatus("");
}

function setStatus(text, kind) {
  const status = $("upload-status");
  status.textContent = text;
  status.className = `small ${kind || ""}`;
  status.setAttribute("role", kind === "error" ? "alert" : "status");
}

async function upload(event) {
  event.preventDefault();
  const file = $("upload-file").files[0];
  if (!file) {
    setStatus("Choose a file first.", "error");
    return;
  }
  const form = new FormData();
  form.append("file", file);
  const name = $("upload-name").value.trim();
  if (name) form.append("name", name);
  $("upload-button").disabled = true;
  $("upload-progress").hidden = false;
  const bar = $("upload-bar");
  bar.value = 0;
  try {
    const result = await send(form, (loaded, total) => {
      bar.value = Math.round((100 * loaded) / total);
      setStatus(`Uploading ${file.name}: ${bar.value}% (${humanBytes(loaded)} of ${humanBytes(total)})`);
    });
    bar.value = 100;
    setStatus(result.duplicate
      ? `You uploaded this file before as "${result.dataset.name}"; opening it.`
      : `Uploaded ${file.name}; its page follows the profiling.`, "ok");
    $("upload-form").reset();
    $("upload-button").disabled = true;
    $("drop-text").textContent = PROMPT;
    await refreshList();
    go(`#/datasets/${result.dataset.id}`);
  } catch (e) {
    setStatus(e.message, "error");
    $("upload-button").disabled = !$("upload-file").files.length;
  } finally {
    $("upload-progress").hidden = true;
  }
}

// XMLHttpRequest, because fetch cannot report upload progress.
function send(form, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/datasets");
    xhr.setRequestHeader("Authorization", `Bearer ${session.token}`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) progress(e.loaded, e.total); };
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText || "{}"); } catch (e) { body = {}; }
      if (xhr.status === 401) {
        expired();
        reject(new Error("Your session has expired. Sign in again, then upload the file again."));
      } else if (xhr.status < 300) {
        resolve(body);
      } else {
        reject(new Error(body.detail || body.title || `The upload was refused (${xhr.status}).`));
      }
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted. Check your connection, then upload again."));
    xhr.send(form);
  });
}
