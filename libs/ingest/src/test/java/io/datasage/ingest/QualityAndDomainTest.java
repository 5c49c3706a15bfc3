package io.datasage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datasage.ingest.profile.DomainHint;
import io.datasage.ingest.profile.Quality;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality scores by their stated formulas and domain hints from column names. */
class QualityAndDomainTest {

    @TempDir
    Path dir;

    @Test
    void qualityScoresFollowTheirDefinitions() throws Exception {
        String csv = "region,amount,day\n"
                + "West,10,2024-01-01\n"
                + "West,10,2024-01-01\n"
                + "west ,,2024-1-2\n"
                + "East,abc,2024-01-03\n"
                + "East,12,2024-01-04\n"
                + "West,13,\n";
        Quality quality =
                TestIngest.csv(dir, csv.replace("abc", "14")).profile().quality();
        // 18 cells, 2 empty.
        assertThat(quality.completeness()).isCloseTo(16 / 18.0, within(1e-12));
        assertThat(quality.validity()).isEqualTo(1.0);
        assertThat(quality.duplicateRows()).isEqualTo(1);
        assertThat(quality.uniqueness()).isCloseTo(1 - 1 / 6.0, within(1e-12));
        // "west " collides with "West"; "2024-1-2" is not in the dominant 9999-99-99 shape: 9 of 11 checked values.
        assertThat(quality.consistency()).isCloseTo(9 / 11.0, within(1e-12));
        assertThat(quality.overall())
                .isCloseTo(
                        0.3 * quality.completeness()
                                + 0.3 * quality.validity()
                                + 0.2 * quality.consistency()
                                + 0.2 * quality.uniqueness(),
                        within(1e-12));
        assertThat(quality.definitions())
                .containsKeys("completeness", "consistency", "uniqueness", "validity", "overall");
    }

    @Test
    void carColumnsPointToAutomotive() throws Exception {
        StringBuilder csv =
                new StringBuilder("mpg,cylinders,displacement,horsepower,weight,acceleration,model_year,name\n");
        for (int i = 0; i < 30; i++) {
            csv.append(18 + i % 10)
                    .append(',')
                    .append(4 + 2 * (i % 3))
                    .append(',')
                    .append(300 - i)
                    .append(',')
                    .append(130 - i)
                    .append(',')
                    .append(3500 - 10 * i)
                    .append(',')
                    .append(12 + i % 5)
                    .append(',')
                    .append(70 + i % 12)
                    .append(",car ")
                    .append(i)
                    .append('\n');
        }
        DomainHint top =
                TestIngest.csv(dir, csv.toString()).profile().domainHints().get(0);
        assertThat(top.domain()).isEqualTo("automotive");
        assertThat(top.score()).isEqualTo(1.0);
        assertThat(top.evidence()).contains("mpg", "horsepower", "cylinder", "weight");
    }

    @Test
    void columnNamesAreSplitOnCaseUnderscoresAndSpaces() throws Exception {
        String csv =
                "EmployeeID,Department Name,annual_salary,HireDate\n1,Sales,50000,2020-01-01\n2,IT,60000,2021-03-04\n";
        DomainHint top = TestIngest.csv(dir, csv).profile().domainHints().get(0);
        assertThat(top.domain()).isEqualTo("hr");
        assertThat(top.evidence()).contains("employee", "department", "salary", "hire");
    }
}
