package org.clausecheck.analyze.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.match.index.LegalAnalyzer;

/** Words of a word list as the index reads them: lower case, singular, role tokens kept. */
final class Stems {

    private static final LegalAnalyzer ANALYZER = new LegalAnalyzer();

    private Stems() {
    }

    static Set<String> of(List<String> words) {
        return new HashSet<>(ANALYZER.terms(String.join(" ", words)));
    }
}
