package io.datasage.ingest.pipeline;

import io.datasage.ingest.batch.ColumnConverter;
import io.datasage.ingest.infer.ColumnInference;
import io.datasage.ingest.profile.Problem;
import io.datasage.ingest.source.SourceDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects what was wrong with the file but tolerated, in the order a person would want to read it. */
final class Problems {

    private Problems() {}

    static List<Problem> collect(
            SourceDescription source, InferenceResult inference, List<ColumnConverter<?>> converters) {
        List<Problem> out = new ArrayList<>();
        if (source.fallbackBytes() > 0) {
            out.add(new Problem(
                    "encoding_fallback",
                    null,
                    source.fallbackBytes(),
                    String.format(
                            Locale.US,
                            "%,d bytes were not valid UTF-8 and were read as windows-1252",
                            source.fallbackBytes()),
                    List.of()));
        }
        if (inference.layout().preambleRows() > 0) {
            out.add(new Problem(
                    "preamble_rows",
                    null,
                    inference.layout().preambleRows(),
                    "lines above the table were skipped",
                    inference.layout().preamble()));
        }
        if (inference.raggedRows() > 0) {
            out.add(new Problem(
                    "ragged_rows",
                    null,
                    inference.raggedRows(),
                    String.format(
                            Locale.US,
                            "%,d rows have a different number of fields than expected: short rows"
                                    + " were padded with nulls, extra fields dropped",
                            inference.raggedRows()),
                    inference.raggedExamples()));
        }
        if (inference.outsideRows() > 0) {
            out.add(new Problem(
                    "cells_outside_columns",
                    null,
                    inference.outsideRows(),
                    String.format(
                            Locale.US,
                            "%,d rows have cells right of the table's columns; they were ignored",
                            inference.outsideRows()),
                    inference.outsideExamples()));
        }
        if (!inference.layout().renamed().isEmpty()) {
            List<String> renamed = inference.layout().renamed();
            out.add(new Problem(
                    "renamed_columns",
                    null,
                    renamed.size(),
                    "some header names were blank or repeated",
                    renamed.size() > 5 ? renamed.subList(0, 5) : renamed));
        }
        if (inference.emptyRows() > 0) {
            out.add(new Problem(
                    "empty_rows",
                    null,
                    inference.emptyRows(),
                    String.format(Locale.US, "%,d empty rows were skipped", inference.emptyRows()),
                    List.of()));
        }
        for (ColumnConverter<?> converter : converters) {
            addColumnProblems(
                    out, converter, inference.columns()[converter.spec().index()]);
        }
        return out;
    }

    private static void addColumnProblems(List<Problem> out, ColumnConverter<?> converter, ColumnInference inference) {
        String name = converter.spec().name();
        if (converter.invalid() > 0) {
            out.add(new Problem(
                    "invalid_values",
                    name,
                    converter.invalid(),
                    String.format(
                            Locale.US,
                            "%,d values of '%s' are not %s values; they were stored as nulls",
                            converter.invalid(),
                            name,
                            converter.spec().type().typeName()),
                    converter.invalidExamples()));
        }
        List<String> units = inference.units();
        if (units.size() > 1) {
            out.add(new Problem(
                    "mixed_units",
                    name,
                    units.size(),
                    "'" + name + "' mixes units " + String.join(", ", units) + "; the values were kept as numbers"
                            + " and the unit shown is " + units.get(0),
                    units));
        }
    }
}
