// DataSage web UI: starts the session, routes the address (#/datasets/..., #/dashboards/..., #/shared/...) to a view.
import { session } from "./api.js";
import { initAuth, showSignIn, watchExpiry } from "./auth.js";
import { $ } from "./dom.js";
import { initDatasets, showDatasets, resetDatasets } from "./datasets.js";
import { showDashboards, showDashboard } from "./dashboards.js";
import { showShared } from "./shared.js";
import { setRouter } from "./nav.js";
import { plotly } from "./charts.js";

const ROUTES = [
  { pattern: /^#\/shared\/([^/?]+)$/, public: true, show: (m) => showView("view-shared", () => showShared(decodeURIComponent(m[1]))) },
  { pattern: /^#\/dashboards\/([^/]+)$/, show: (m) => showView("view-dashboards", () => showDashboard(m[1]), "dashboards") },
  { pattern: /^#\/dashboards\/?$/, show: () => showView("view-dashboards", () => showDashboards(), "dashboards") },
  {
    pattern: /^#\/datasets\/([^/]+)(?:\/(profile|preview|chat|dashboards))?(?:\/([^/]+))?$/,
    show: (m) => showView("view-datasets", () => showDatasets({ id: m[1], tab: m[2] || "profile", item: m[3] }), "datasets"),
  },
  { pattern: /^(#\/?(datasets\/?)?)?$/, show: () => showView("view-datasets", () => showDatasets({}), "datasets") },
];

let shown = null;

function showView(id, render, nav) {
  document.querySelectorAll(".view").forEach((v) => { v.hidden = v.id !== id; });
  // Another view: keyboard and screen-reader users start at the top of the new content.
  if (shown && shown !== id) $("main").focus({ preventScroll: true });
  shown = id;
  document.querySelectorAll("#nav a").forEach((a) => {
    if (a.dataset.nav === nav) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  render();
}

function route() {
  $("booting").hidden = true;
  const hash = location.hash || "#/datasets";
  const found = ROUTES.find((r) => r.pattern.test(hash)) || ROUTES[ROUTES.length - 1];
  const signedIn = !!session.token;
  $("nav").hidden = !signedIn;
  $("who").hidden = !signedIn;
  $("who-email").textContent = session.email || "";
  if (!found.public && !signedIn) {
    showSignIn(session.email ? "Sign in to continue." : "");
    return;
  }
  found.show(hash.match(found.pattern));
  // Charts come soon after: fetch Plotly while the user reads, without holding up this first screen.
  setTimeout(() => plotly().catch(() => {}), 300);
}

function init() {
  initAuth({
    signedIn: () => { resetDatasets(); route(); },
    // The page under the sign-in form is still there: show it again as it was, drafts and all.
    resumed: () => route(),
    signedOut: () => resetDatasets(),
  });
  initDatasets();
  setRouter(route);
  window.addEventListener("hashchange", route);
  if (session.restore()) watchExpiry();
  route();
}

init();
