package org.clausecheck.analyze.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Reads the terms a contract defines, so that rules can see what a grant covers: ownership of
 * "Deliverables" reaches prompts and models only if the definition of "Deliverables" does.
 */
public final class DefinedTermReader {

    // '1.5 "Deliverables" means', '"Work Product" shall mean', 'the term "Services" includes'
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:[0-9A-Za-z.()]{1,10}\\s+)?(?:the\\s+term\\s+|the\\s+)?[\"\u201C]([^\"\u201D]{1,60})[\"\u201D]\\s*,?\\s*"
                    + "(?:\\([^)]{0,40}\\)\\s*)?(?:shall\\s+)?(?:means?|has\\s+the\\s+meaning|refers?\\s+to|includes?|shall\\s+include)\\b",
            Pattern.CASE_INSENSITIVE);
    // '(the "Work Product")', '(collectively, "Deliverables")', '(hereinafter "Materials")'
    private static final Pattern INLINE = Pattern.compile(
            "\\((?:the\\s+|collectively,?\\s+(?:the\\s+)?|each,?\\s+(?:a\\s+)?|hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?)?"
                    + "[\"\u201C]([^\"\u201D]{1,60})[\"\u201D]\\)");

    private DefinedTermReader() {
    }

    /** Defined terms by term, the first definition winning; a full definition beats an inline one. */
    public static Map<String, DefinedTerm> read(DocumentStructure structure) {
        Map<String, DefinedTerm> terms = new LinkedHashMap<>();
        List<DefinedTerm> inline = new ArrayList<>();
        for (Sentence sentence : structure.sentences()) {
            String text = sentence.text();
            if (text.indexOf('"') < 0 && text.indexOf('\u201C') < 0) {
                continue; // both expressions need an opening quote; most sentences have none
            }
            Matcher definition = DEFINITION.matcher(text);
            if (definition.lookingAt()) { // anchored: only the sentence start can match
                terms.putIfAbsent(definition.group(1).strip(),
                        new DefinedTerm(definition.group(1).strip(), false, sentence.index(), sentence.start(), sentence.end()));
                continue;
            }
            if (text.indexOf('(') < 0) {
                continue; // an inline definition is a parenthetical
            }
            Matcher parenthetical = INLINE.matcher(text);
            while (parenthetical.find()) {
                inline.add(new DefinedTerm(parenthetical.group(1).strip(), true, sentence.index(), sentence.start(),
                        sentence.end()));
            }
        }
        for (DefinedTerm term : inline) {
            terms.putIfAbsent(term.term(), term);
        }
        return terms;
    }
}
