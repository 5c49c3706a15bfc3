package io.datasage.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The most common field count decides a table's width and how consistent a delimiter is. */
class FieldCountsTest {

    private static FieldCounts counted(int... rows) {
        FieldCounts counts = new FieldCounts();
        for (int fields : rows) {
            counts.add(fields);
        }
        return counts;
    }

    @Test
    void theMostCommonCountWinsWhateverTheOrder() {
        FieldCounts counts = counted(7, 5, 5, 1, 5, 7);
        assertThat(counts.modal()).isEqualTo(5);
        assertThat(counts.modalRows()).isEqualTo(3);
    }

    @Test
    void tiesGoToTheWiderCount() {
        FieldCounts counts = counted(4, 4, 6, 2, 6, 2);
        assertThat(counts.modal()).isEqualTo(6);
        assertThat(counts.modalRows()).isEqualTo(2);
    }

    @Test
    void nothingCountedIsZeroWide() {
        FieldCounts counts = counted();
        assertThat(counts.modal()).isZero();
        assertThat(counts.modalRows()).isZero();
    }
}
