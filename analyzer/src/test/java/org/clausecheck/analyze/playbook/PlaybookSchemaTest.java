package org.clausecheck.analyze.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * docs/playbook.schema.json, which editors use to check a playbook as it is typed, accepts the playbooks in the
 * repository and refuses what the loader refuses: a key it does not know, a severity or status it does not read.
 */
class PlaybookSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "playbook.schema.json");
    private static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {PlaybookLoader.DEFAULT_RESOURCE,
            "../eval/src/main/resources/org/clausecheck/eval/cuad-signals.yaml"})
    void thePlaybooksOfTheRepositoryFollowTheSchema(String resource) throws IOException {
        String yaml = resource(resource);
        PlaybookLoader.load(yaml, resource); // the loader reads it too
        assertEquals(List.of(), messages(yaml), resource);
    }

    @Test
    void aPlaybookWithoutDescriptionsFollowsIt() {
        String yaml = MINIMAL.replace("        description: the vendor assigns\n", "");
        assertTrue(PlaybookLoader.load(yaml, "minimal").rules().get(0).satisfied().get(0).description().isEmpty());
        assertEquals(List.of(), messages(yaml));
        assertEquals(List.of(), messages(MINIMAL));
    }

    @Test
    void anUnknownKeyFailsTheSchemaAsItFailsTheLoader() {
        String misspelt = MINIMAL.replace("        unless: \"@feedback\"", "        unles: \"@feedback\"");
        List<String> messages = messages(misspelt);
        assertFalse(messages.isEmpty());
        assertTrue(messages.toString().contains("unles"), messages.toString());
        assertTrue(assertThrowsPlaybookException(misspelt).contains("unknown key 'unles'"));

        List<String> atTheTop = messages(MINIMAL + "extra: 1\n");
        assertTrue(atTheTop.toString().contains("extra"), atTheTop.toString());
        List<String> inARule = messages(MINIMAL.replace("    severity: required", "    severity: required\n    owner: legal"));
        assertTrue(inARule.toString().contains("owner"), inARule.toString());
    }

    @Test
    void aSeverityOrStatusTheLoaderDoesNotReadFailsTheSchema() {
        assertFalse(messages(MINIMAL.replace("severity: required", "severity: mandatory")).isEmpty());
        assertFalse(messages(MINIMAL.replace("expect: MET", "expect: PASSED")).isEmpty());
        assertEquals(List.of(), messages(MINIMAL.replace("severity: required", "severity: Required")));
    }

    private static String assertThrowsPlaybookException(String yaml) {
        return org.junit.jupiter.api.Assertions.assertThrows(PlaybookException.class,
                () -> PlaybookLoader.load(yaml, "misspelt")).getMessage();
    }

    private static List<String> messages(String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    /** A classpath resource, or a file of another module (the eval module's signals) by its path from here. */
    private static String resource(String name) throws IOException {
        if (!name.startsWith("/")) {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        }
        try (InputStream in = PlaybookSchemaTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String MINIMAL = """
            version: "1.0"
            name: minimal
            groups:
              feedback: any(feedback, suggestion*)
            rules:
              - id: ip-ownership
                title: The customer owns the work product
                category: core
                severity: required
                rationale: Work paid for belongs to the payer.
                satisfied:
                  - id: present-assignment
                    description: the vendor assigns
                    match: ordered(10, VENDOR, assigns, CUSTOMER)
                    unless: "@feedback"
                recommendation: Supplier assigns to Client all rights in the Deliverables.
                examples:
                  - text: Supplier assigns to Client all rights in the Deliverables.
                    expect: MET
                    decided-by: present-assignment
            """;
}
