package io.datasage.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.datasage.ingest.infer.BooleanParser;
import io.datasage.ingest.infer.NumberParser;
import io.datasage.ingest.infer.TemporalParser;
import io.datasage.ingest.infer.Whitespace;
import java.util.List;

/**
 * Picks the delimiter of a text file among {@code , ; TAB |} from its first lines.
 *
 * <p>Each candidate parses the sample (quote-aware, through FastCSV); the winner has the most records with the same
 * field count, then the most fields that read as numbers/dates/booleans (this separates {@code a;1,5;2,5} from a
 * comma split of it), then more fields, then the order above.
 */
public final class DialectSniffer {

    private static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');
    private static final int MAX_RECORDS = 100;

    private DialectSniffer() {}

    /**
     * @param sample the first characters of the file
     * @param truncated whether the sample stops before the end of the file (its last record is then ignored)
     */
    public static char sniff(String sample, boolean truncated) {
        Score best = null;
        for (char candidate : CANDIDATES) {
            Score score = score(sample, candidate, truncated);
            if (best == null || score.beats(best)) {
                best = score;
            }
        }
        return best == null || best.modalCount < 2 ? ',' : best.delimiter;
    }

    private static Score score(String sample, char delimiter, boolean truncated) {
        FieldCounts counts = new FieldCounts();
        NumberParser numbers = new NumberParser();
        TemporalParser dates = new TemporalParser();
        int records = 0;
        long fields = 0;
        long typed = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(sample)) {
            CsvRecord previous = null;
            for (CsvRecord record : reader) {
                if (previous != null) {
                    counts.add(previous.getFieldCount());
                    records++;
                    for (String field : previous.getFields()) {
                        String value = Whitespace.trim(field);
                        if (!value.isEmpty()) {
                            fields++;
                            if (numbers.parse(value)
                                    || dates.parse(value) != 0
                                    || BooleanParser.parse(value) != BooleanParser.NOT_BOOLEAN) {
                                typed++;
                            }
                        }
                    }
                }
                if (records >= MAX_RECORDS) {
                    previous = null;
                    break;
                }
                previous = record;
            }
            if (previous != null && !truncated) {
                counts.add(previous.getFieldCount());
                records++;
            }
        } catch (RuntimeException | java.io.IOException e) {
            return new Score(delimiter, 0, 0, 0);
        }
        int modal = counts.modal();
        double consistency = records == 0 ? 0 : (double) counts.modalRows() / records;
        double typedShare = fields == 0 ? 0 : (double) typed / fields;
        return new Score(delimiter, modal, modal < 2 ? 0 : consistency, typedShare);
    }

    private record Score(char delimiter, int modalCount, double consistency, double typedShare) {

        boolean beats(Score other) {
            if (Math.abs(consistency - other.consistency) > 0.02) {
                return consistency > other.consistency;
            }
            if (Math.abs(typedShare - other.typedShare) > 0.05) {
                return typedShare > other.typedShare;
            }
            return modalCount > other.modalCount;
        }
    }
}
