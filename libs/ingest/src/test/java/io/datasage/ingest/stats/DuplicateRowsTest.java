package io.datasage.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Duplicate counting, whether it was started in the background or asked for at the end. */
class DuplicateRowsTest {

    @Test
    void counts_rows_equal_to_an_earlier_row_in_the_background() {
        DuplicateRows rows = new DuplicateRows(1_000);
        for (int i = 0; i < 500; i++) {
            rows.add(Hashing.of("row " + (i % 400)));
        }
        rows.countInBackground();
        assertThat(rows.duplicates()).isEqualTo(100);
        assertThat(rows.duplicates()).isEqualTo(100);
        assertThat(rows.estimated()).isFalse();
    }

    @Test
    void counts_on_demand_and_refuses_rows_after_counting() {
        DuplicateRows rows = new DuplicateRows(1_000);
        rows.add(Hashing.of("a"));
        rows.add(Hashing.of("b"));
        rows.add(Hashing.of("a"));
        assertThat(rows.duplicates()).isEqualTo(1);
        assertThatThrownBy(() -> rows.add(Hashing.of("c"))).isInstanceOf(IllegalStateException.class);
    }
}
