package org.clausecheck.analyze.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The contract every renderer must meet (after PMD's AbstractRendererTest): the same reports rendered to
 * the same bytes as reviewed golden files, deterministic output, and a writer left open for the caller.
 *
 * <p>Golden files live in {@code src/test/resources/report/<renderer name>/<case>.<extension>}. After a
 * deliberate change to a renderer, regenerate them and review the diff by eye before committing:
 * <pre>mvn -pl analyzer -am test -Dtest='*RendererTest' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dclausecheck.updateGolden=true</pre>
 * The property is passed to the forked test JVM by surefire's user-property propagation.
 */
abstract class AbstractRendererTest {

    /** Where golden files are read from and, when updating, written to; tests run in the module directory. */
    static final Path GOLDEN_ROOT = Path.of("src", "test", "resources", "report");

    static final String UPDATE_PROPERTY = "clausecheck.updateGolden";

    /** The renderer under test. */
    abstract ReportRenderer renderer();

    /** The options used for the golden cases: plain, as in a file. */
    RenderOptions options() {
        return RenderOptions.plain();
    }

    @Test
    void emptyReport() {
        assertGolden("empty", ReportFixtures.empty());
    }

    @Test
    void findingsOfEveryStatus() {
        assertGolden("findings", ReportFixtures.everyStatus());
    }

    @Test
    void processingErrors() {
        assertGolden("errors", ReportFixtures.withErrors());
    }

    @Test
    void hostileContractText() {
        assertGolden("hostile", ReportFixtures.hostile());
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        String first = render(ReportFixtures.everyStatus());
        String second = render(ReportFixtures.everyStatus());
        assertEquals(first, second);
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        String expected = render(ReportFixtures.everyStatus());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(expected, render(ReportFixtures.everyStatus()));
            Locale.setDefault(Locale.GERMANY);
            assertEquals(expected, render(ReportFixtures.everyStatus()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void outputHasNoAbsolutePathsOfThisMachine() {
        String output = render(ReportFixtures.everyStatus());
        assertFalse(output.contains(Path.of("").toAbsolutePath().toString()), "absolute working directory");
        assertFalse(output.contains(System.getProperty("user.home")), "home directory");
    }

    @Test
    void theCallerKeepsTheWriterOpen() throws IOException {
        ClosingAwareWriter out = new ClosingAwareWriter();
        renderer().render(ReportFixtures.everyStatus(), options(), out);
        assertFalse(out.closed, "the renderer closed the caller's writer");
        assertFalse(out.toString().isEmpty());
    }

    @Test
    void isChosenByItsName() {
        ReportRenderer renderer = renderer();
        assertTrue(renderer.name().matches("[a-z]+"), renderer.name());
        assertTrue(renderer.fileExtension().matches("[a-z]+"), renderer.fileExtension());
        assertSame(renderer.getClass(), RendererFactory.byName(renderer.name()).getClass());
    }

    String render(CheckReport report) {
        return render(report, options());
    }

    String render(CheckReport report, RenderOptions options) {
        StringWriter out = new StringWriter();
        try {
            renderer().render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Compares with the golden file of this case, or rewrites it when updating. */
    void assertGolden(String caseName, CheckReport report) {
        assertGolden(caseName, render(report));
    }

    void assertGolden(String caseName, String actual) {
        Path golden = GOLDEN_ROOT.resolve(renderer().name()).resolve(caseName + "." + renderer().fileExtension());
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; generate it with -D" + UPDATE_PROPERTY + "=true and review it");
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    "output differs from " + golden + " (regenerate with -D" + UPDATE_PROPERTY + "=true if intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer that remembers whether it was closed. */
    private static final class ClosingAwareWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean closed;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
