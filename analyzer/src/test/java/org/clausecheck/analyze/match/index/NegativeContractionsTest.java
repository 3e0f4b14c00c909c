package org.clausecheck.analyze.match.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeContractionsTest {

    private final LegalAnalyzer analyzer = new LegalAnalyzer();

    @Test
    void aNegativeContractionIsTheVerbAndNot() {
        assertEquals(List.of("we", "will", "not", "train", "on", "your", "data"),
                analyzer.terms("We won't train on your data"));
        assertEquals(List.of("supplier", "can", "not", "assign", "shall", "not", "sell", "do", "not", "use"),
                analyzer.terms("Supplier can\u2019t assign, shan't sell, DON'T use"));
        assertEquals(List.of("customer", "isn"), analyzer.terms("Customer's isn"), "no contraction without n't");
    }
}
