// The first rows of a dataset as a table, with each column's type in its header.
import { api } from "./api.js";
import { h, replace, show, fmt, loading, errorBox } from "./dom.js";

/** Draws the preview tab of dataset d into panel. */
export async function renderPreview(panel, d) {
  if (d.status !== "READY") {
    replace(panel, h("p", { class: "muted", role: "status" }, "The preview appears once the analysis is done."));
    return;
  }
  replace(panel, loading("Loading the first rows…"));
  try {
    const preview = await api(`/api/datasets/${d.id}/preview?rows=100`);
    const columns = preview.columns.map((c) => (typeof c === "string" ? { name: c } : c));
    replace(panel,
      h("p", { class: "muted small" }, `The first ${fmt(preview.rows.length)} of ${fmt(preview.total_rows)} rows.`),
      h("div", { class: "scroll tall", tabindex: "0", role: "region", "aria-label": "Preview of the first rows" },
        h("table", { class: "grid" },
          h("thead", null, h("tr", null, columns.map((c) => h("th", { scope: "col" }, c.name,
            c.type ? h("span", { class: "th-type" }, c.type) : null)))),
          h("tbody", null, preview.rows.map((r) => h("tr", null,
            r.map((v) => h("td", { class: typeof v === "number" ? "num" : null }, v == null ? h("span", { class: "null" }, "empty") : show(v)))))))));
  } catch (e) {
    replace(panel, errorBox(`The preview could not be loaded: ${e.message}`, () => renderPreview(panel, d)));
  }
}
