package io.datasage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.ingest.profile.Profile;
import io.datasage.ingest.profile.ProfileJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile.json: snake_case with any ObjectMapper, and a faithful round trip. */
class ProfileJsonTest {

    @TempDir
    Path dir;

    @Test
    void snakeCaseWithAnyMapperAndAFaithfulRoundTrip() throws Exception {
        String csv = "order_date,unitPrice,paid,region\n2024-01-01,$1.50,yes,North\n2024-01-02,$2.50,no,South\n"
                + "2024-01-03,$3.50,yes,North\n";
        Profile profile = TestIngest.csv(dir, csv).profile();
        Path file = dir.resolve("profile.json");
        ProfileJson.write(profile, file);
        assertThat(dir.resolve("profile.json.tmp")).doesNotExist();

        // A plain ObjectMapper, configured by nobody, gives the same names.
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("rows").asLong()).isEqualTo(3);
        assertThat(json.has("column_profiles")).isTrue();
        assertThat(json.has("domain_hints")).isTrue();
        JsonNode price = json.get("column_profiles").get(1);
        assertThat(price.get("name").asText()).isEqualTo("unitPrice");
        assertThat(price.get("type").asText()).isEqualTo("decimal");
        assertThat(price.get("null_ratio").asDouble()).isZero();
        assertThat(price.get("numeric").get("quantiles_approximate").asBoolean())
                .isFalse();
        assertThat(price.get("numeric").get("quantiles").get("p50").asDouble()).isEqualTo(2.5);
        assertThat(json.get("column_profiles")
                        .get(2)
                        .get("boolean")
                        .get("true_count")
                        .asLong())
                .isEqualTo(2);
        assertThat(json.get("source").get("has_header").asBoolean()).isTrue();
        assertThat(json.get("quality").get("definitions").has("completeness")).isTrue();

        Profile read = ProfileJson.read(file);
        assertThat(read).isEqualTo(profile);
        assertThat(ProfileJson.toJson(read)).isEqualTo(Files.readString(file));
    }
}
