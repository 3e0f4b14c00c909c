package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.parties.PartyResolver;
import org.clausecheck.analyze.parties.RoleNormalizer;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.PlaybookLoader;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.StructureBuilder;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * A pattern is searched over the positions of the sentences its terms allow only ({@link DocumentIndex#matches}):
 * on real contracts, every pattern of the default playbook has the same matches as when searched over all positions.
 */
class RestrictedSearchTest {

    @Test
    void everyPlaybookPatternMatchesTheSameInTheSamplesAsOverAllPositions() throws Exception {
        Playbook playbook = PlaybookLoader.loadDefault();
        PatternCompiler compiler = new PatternCompiler(playbook.groups());
        List<GuardedSource> patterns = new ArrayList<>();
        for (Rule rule : playbook.rules()) {
            for (List<RulePattern> kind : List.of(rule.satisfied(), rule.weak(), rule.contrary(), rule.weakening())) {
                for (RulePattern pattern : kind) {
                    patterns.add(compiler.guarded(pattern.match()));
                    if (pattern.unless() != null) {
                        patterns.add(compiler.guarded(pattern.unless()));
                    }
                }
            }
        }
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(samples.size() >= 8, samples.toString());
        int matched = 0;
        int restricted = 0;
        for (Path sample : samples) {
            ExtractedDocument document = new Extractor().extract(sample);
            DocumentStructure structure = StructureBuilder.build(document);
            PartyResolution parties = PartyResolver.resolve(document.text(), null);
            DocumentIndex index = DocumentIndex.build(document.text(), structure,
                    RoleNormalizer.mentions(document.text(), parties));
            for (GuardedSource pattern : patterns) {
                List<PositionSpan> everywhere = index.matchesEverywhere(pattern);
                assertEquals(everywhere, index.matches(pattern), pattern.source() + " in " + sample);
                matched += everywhere.isEmpty() ? 0 : 1;
                restricted += index.sentencesOf(pattern.requirement()) != null ? 1 : 0;
            }
        }
        assertTrue(matched > 200, matched + " pattern matches");
        assertTrue(restricted > matched, restricted + " searches restricted");
    }

    @Test
    void noWindowReachesAcrossTheGapBetweenSentences() {
        assertTrue(PatternCompiler.MAX_WINDOW < DocumentIndex.SENTENCE_GAP);
        PatternCompiler compiler = new PatternCompiler();
        compiler.guarded("within(" + PatternCompiler.MAX_WINDOW + ", assign*, deliverable*)");
        assertThrows(PatternSyntaxException.class,
                () -> compiler.guarded("within(" + (PatternCompiler.MAX_WINDOW + 1) + ", assign*, deliverable*)"));
    }
}
