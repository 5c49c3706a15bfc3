package io.datasage.chat.service;

import io.datasage.charts.ChartResult;
import io.datasage.contracts.chart.ChartSpec;
import java.util.List;

/**
 * What answering one question produced: the rendered chart (null when none could be built), the spec behind it,
 * the confidence word, where the spec came from ({@code planner} or {@code llm:<model>}) and what was assumed.
 */
record Answer(ChartResult chart, ChartSpec spec, String confidence, String source, List<String> notes, String text) {}
