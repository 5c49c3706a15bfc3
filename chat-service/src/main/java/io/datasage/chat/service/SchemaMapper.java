package io.datasage.chat.service;

import io.datasage.ai.schema.ColumnSchema;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.ai.schema.ProfileSchemas;
import io.datasage.charts.Dataset;
import io.datasage.platform.datasets.DatasetInfo;
import java.util.ArrayList;
import java.util.List;

/** Describes a dataset to the planner from its stored profile: columns, types, frequent values and ranges. */
final class SchemaMapper {

    private static final int MAX_CATEGORY_VALUES = 2000;

    private SchemaMapper() {}

    /**
     * The planner's view of a dataset: the profile's columns, with every value of each category column (from the
     * Arrow dictionary) after the most frequent ones, so that "for Technology" is recognised as a filter value.
     */
    static DatasetSchema from(DatasetInfo dataset, Dataset data) {
        DatasetSchema fromProfile = from(dataset);
        List<ColumnSchema> columns = new ArrayList<>(fromProfile.columns().size());
        for (ColumnSchema c : fromProfile.columns()) {
            if (!"category".equals(c.type())) {
                columns.add(c);
                continue;
            }
            java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>(c.topValues());
            for (String v : data.categoryValues(c.name())) {
                if (values.size() >= MAX_CATEGORY_VALUES) {
                    break;
                }
                values.add(v);
            }
            columns.add(new ColumnSchema(
                    c.name(), c.type(), c.unit(), c.distinct(), c.nulls(), List.copyOf(values), c.min(), c.max()));
        }
        return new DatasetSchema(fromProfile.name(), fromProfile.rowCount(), columns);
    }

    static DatasetSchema from(DatasetInfo dataset) {
        DatasetSchema fromProfile = ProfileSchemas.from(dataset.name(), dataset.rowCount(), dataset.profile());
        if (!fromProfile.columns().isEmpty() || dataset.columns() == null) {
            return fromProfile;
        }
        List<ColumnSchema> columns = new ArrayList<>();
        for (DatasetInfo.Column c : dataset.columns()) {
            columns.add(new ColumnSchema(
                    c.name(), c.type(), null, c.distinctCount(), c.nullCount(), c.samples(), null, null));
        }
        return new DatasetSchema(dataset.name(), fromProfile.rowCount(), columns);
    }
}
