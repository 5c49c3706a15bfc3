package io.datasage.dashboard.service;

import io.datasage.charts.ArrowDatasets;
import io.datasage.charts.ChartEngine;
import io.datasage.charts.ChartOptions;
import io.datasage.dashboard.config.DashboardConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one chart engine and the one cache of open Arrow files of this service, closed at shutdown (singletons: both classes are final). */
public class ChartEngines {

    @Produces
    @Singleton
    ArrowDatasets arrowDatasets(DashboardConfig config) {
        return new ArrowDatasets(config.arrowCacheBytes());
    }

    void close(@Disposes ArrowDatasets datasets) {
        datasets.close();
    }

    @Produces
    @Singleton
    ChartEngine chartEngine(DashboardConfig config) {
        return new ChartEngine(ChartOptions.defaults()
                .withMaxRowsReturned(config.maxRowsReturned())
                .withScatterMaxPoints(config.scatterMaxPoints()));
    }
}
