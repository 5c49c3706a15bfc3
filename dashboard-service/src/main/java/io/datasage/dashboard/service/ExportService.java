package io.datasage.dashboard.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.dashboard.export.HtmlExport;
import io.datasage.dashboard.rest.ShareViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Dashboards as files to send on: one self-contained HTML document. */
@ApplicationScoped
public class ExportService {

    private final HtmlExport html;

    public ExportService(ObjectMapper mapper) {
        this.html = new HtmlExport(mapper);
    }

    /** The HTML file of a rendered dashboard. */
    public String html(ShareViews.SharedDashboard dashboard) {
        return html.render(dashboard, Instant.now());
    }
}
