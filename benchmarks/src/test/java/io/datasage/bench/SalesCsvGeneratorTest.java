package io.datasage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark data is the same bytes on every run, with the promised shape. */
class SalesCsvGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameRowsSameBytes() throws Exception {
        Path a = SalesCsvGenerator.write(dir.resolve("a.csv"), 2000);
        Path b = SalesCsvGenerator.write(dir.resolve("b.csv"), 2000);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(2001);
        assertThat(lines.get(0).split(",")).hasSize(12);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(12));
        assertThat(lines).anyMatch(l -> l.contains(",,"));
    }
}
