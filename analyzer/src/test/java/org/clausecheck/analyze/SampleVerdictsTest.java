package org.clausecheck.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The analyzer against the verdicts the team intends for its own sample contracts
 * ({@code samples/expected/verdicts.csv}), in every format. The rules were written with these samples in view, so
 * this guards intended behaviour; it says nothing about generalisation, which docs/evaluation.md measures on the
 * corpus half the rules were not written from.
 */
class SampleVerdictsTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final ContractAnalyzer ANALYZER = new ContractAnalyzer();

    @TestFactory
    Stream<DynamicTest> eachSampleReadsAsItsAuthorsIntend() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("expected/verdicts.csv"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        List<String> ruleIds = Arrays.asList(lines.get(0).split(",")).subList(1, lines.get(0).split(",").length);
        assertEquals(11, ruleIds.size(), "every protection of the default playbook has a column");
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(",");
            return DynamicTest.dynamicTest(cells[0], () -> {
                AnalysisReport report = ANALYZER.analyze(new Extractor().extract(SAMPLES.resolve(cells[0])),
                        AnalysisOptions.defaults());
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < ruleIds.size(); i++) {
                    Set<Status> acceptable = Arrays.stream(cells[i + 1].split("\\|")).map(Status::valueOf)
                            .collect(Collectors.toSet());
                    Finding finding = report.finding(ruleIds.get(i)).orElseThrow();
                    if (!acceptable.contains(finding.status())) {
                        mismatches.add(ruleIds.get(i) + ": expected " + cells[i + 1] + ", got " + finding.status()
                                + " " + finding.reasons());
                    }
                }
                assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
            });
        });
    }
}
