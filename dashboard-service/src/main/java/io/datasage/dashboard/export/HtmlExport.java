package io.datasage.dashboard.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.dashboard.rest.ShareViews.SharedComponent;
import io.datasage.dashboard.rest.ShareViews.SharedDashboard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard as one self-contained HTML file to e-mail: figures, their data and the Plotly bundle are inside,
 * so it opens with no network. KPIs and tables are plain HTML; charts are drawn by the inlined Plotly.
 */
public final class HtmlExport {

    /** Plotly's cartesian bundle (bar, line, scatter, pie, box, histogram, heatmap): a third of the full one. */
    static final String PLOTLY = "META-INF/resources/webjars/plotly.js/1.54.1/dist/plotly-cartesian.min.js";

    private static volatile String plotly;

    private final ObjectMapper mapper;

    public HtmlExport(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The HTML document of a rendered dashboard. */
    public String render(SharedDashboard d, Instant exportedAt) {
        StringBuilder html = new StringBuilder(1 << 20);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.escape(d.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style><script>")
                .append(plotly())
                .append("</script></head><body><header><h1>")
                .append(Html.escape(d.title()))
                .append("</h1><p class=\"meta\">Exported from DataSage on ")
                .append(Html.escape(exportedAt.toString().substring(0, 10)))
                .append(d.domain() == null ? "" : " · " + Html.escape(d.domain()))
                .append(d.pattern() == null ? "" : " · " + Html.escape(d.pattern()) + " layout")
                .append("</p>");
        if (d.explanation() != null) {
            html.append("<p class=\"why\">")
                    .append(Html.escape(d.explanation()))
                    .append("</p>");
        }
        if (d.insights() != null && !d.insights().isEmpty()) {
            html.append("<ul class=\"insights\">");
            d.insights().forEach(i -> html.append("<li>").append(Html.escape(i)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</header><main class=\"grid\">");
        List<Object> plots = new ArrayList<>();
        for (SharedComponent c : d.components()) {
            tile(html, c, plots);
        }
        html.append("</main><script type=\"application/json\" id=\"figures\">")
                .append(safeJson(plots))
                .append("</script><script>")
                .append(DRAW)
                .append("</script></body></html>\n");
        return html.toString();
    }

    private static void tile(StringBuilder html, SharedComponent c, List<Object> plots) {
        html.append("<section class=\"tile ")
                .append(Html.escape(c.type()))
                .append("\" style=\"grid-column: span ")
                .append(c.span())
                .append("; grid-row: span ")
                .append(c.height())
                .append("\"><h2>")
                .append(Html.escape(c.title()))
                .append("</h2>");
        if (c.error() != null || c.figure() == null) {
            html.append("<p class=\"error\">")
                    .append(Html.escape(c.error() == null ? "Not available." : c.error()))
                    .append("</p>");
        } else if ("kpi".equals(c.type())) {
            html.append("<p class=\"kpi-value\">")
                    .append(Html.escape(Figures.kpiText(c.figure())))
                    .append("</p>");
        } else if ("table".equals(c.type()) && Figures.isTable(c.figure())) {
            Figures.table(html, c.figure());
        } else {
            html.append("<div class=\"plot\" data-figure=\"")
                    .append(plots.size())
                    .append("\"></div>");
            plots.add(c.figure());
        }
        if (c.summary() != null && c.error() == null) {
            html.append("<p class=\"summary\">")
                    .append(Html.escape(c.summary()))
                    .append("</p>");
        }
        if (c.notes() != null) {
            c.notes().forEach(n -> html.append("<p class=\"note\">")
                    .append(Html.escape(n))
                    .append("</p>"));
        }
        html.append("</section>");
    }

    /** JSON that cannot end the script element it sits in, whatever the data's strings hold. */
    private String safeJson(Object value) {
        try {
            return mapper.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write figures", e);
        }
    }

    private static String plotly() {
        String bundle = plotly;
        if (bundle == null) {
            try (InputStream in = HtmlExport.class.getClassLoader().getResourceAsStream(PLOTLY)) {
                if (in == null) {
                    throw new IllegalStateException("Plotly bundle missing from the class path: " + PLOTLY);
                }
                bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                plotly = bundle;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }

    private static final String STYLE =
            "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;"
                    + "color:#1f2933;background:#f5f7fa}header h1{margin:0 0 4px}.meta{color:#52606d;margin:0 0 12px}"
                    + ".why{margin:0 0 8px}.insights{margin:0 0 16px;padding-left:20px}"
                    + ".grid{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));grid-auto-rows:minmax(150px,auto);gap:16px}"
                    + ".tile{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:12px;overflow:hidden;"
                    + "display:flex;flex-direction:column}.tile h2{font-size:15px;margin:0 0 8px;white-space:nowrap;"
                    + "overflow:hidden;text-overflow:ellipsis}.kpi-value{font-size:32px;font-weight:600;margin:8px 0}"
                    + ".plot{flex:1;min-height:280px}.summary{color:#3e4c59;font-size:13px;margin:6px 0 0}"
                    + ".note{color:#7b8794;font-size:12px;margin:4px 0 0}.error{color:#b44d12}"
                    + "table{border-collapse:collapse;font-size:13px;width:100%}th,td{border-bottom:1px solid #e4e7eb;"
                    + "padding:4px 8px;text-align:left}td.n{text-align:right}"
                    + "@media(max-width:800px){.grid{grid-template-columns:1fr}.tile{grid-column:auto!important}}";

    private static final String DRAW =
            "(function(){var figs=JSON.parse(document.getElementById('figures').textContent);"
                    + "document.querySelectorAll('.plot').forEach(function(el){var f=figs[+el.dataset.figure];"
                    + "var layout=Object.assign({},f.layout||{},{autosize:true,margin:{l:50,r:20,t:30,b:50}});"
                    + "delete layout.height;Plotly.newPlot(el,f.data,layout,{displaylogo:false,responsive:true});});})();";
}
