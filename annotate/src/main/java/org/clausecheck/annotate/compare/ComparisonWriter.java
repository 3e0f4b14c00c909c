package org.clausecheck.annotate.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * The comparison as text (one line per protection, then the clauses with their word diff in git's word-diff
 * notation, [-deleted-]{+inserted+}, then the key terms) or JSON ({@code protections}: ruleId, before, after,
 * change; {@code clauses}; {@code keyTerms}).
 */
public final class ComparisonWriter {

    private ComparisonWriter() {
    }

    public static void text(DraftComparison comparison, Writer out) throws IOException {
        out.write("Compared " + comparison.before() + " (before) with " + comparison.after() + " (after)\n\n");
        int width = comparison.protections().stream().mapToInt(p -> p.ruleId().length()).max().orElse(0);
        for (ProtectionChange p : comparison.protections()) {
            out.write(String.format("  %-" + width + "s  %-8s -> %-8s  %s%s%n", p.ruleId(), p.before(), p.after(),
                    p.change().label(), p.required() || p.change() == Change.UNCHANGED ? "" : " (recommended)"));
            if (p.change() != Change.UNCHANGED) {
                quote(out, "before", p.evidenceBefore());
                quote(out, "after", p.evidenceAfter());
            }
        }
        long worse = comparison.protections().stream().filter(p -> p.change().worse()).count();
        long better = comparison.protections().stream()
                .filter(p -> p.change() == Change.CLOSED || p.change() == Change.STRENGTHENED).count();
        out.write("\n" + better + " better, " + worse + " worse, "
                + (comparison.protections().size() - better - worse) + " unchanged\n");
        out.write("\nClauses: " + ComparisonMarkup.clauseCounts(comparison) + "\n");
        for (ClauseChange clause : comparison.clauses()) {
            out.write("  " + clause.kind().label() + (clause.section().isEmpty() ? "" : " " + clause.section())
                    + ": " + wordDiff(clause) + "\n");
        }
        out.write("\nKey terms:" + (comparison.keyTerms().isEmpty() ? " none changed" : "") + "\n");
        for (KeyTermChange term : comparison.keyTerms()) {
            out.write("  " + term.term() + ": " + shown(term.before()) + " -> " + shown(term.after()) + "\n");
        }
        out.flush();
    }

    private static String wordDiff(ClauseChange clause) {
        StringBuilder text = new StringBuilder();
        for (WordDiff.Piece piece : clause.words().pieces()) {
            text.append(text.length() == 0 ? "" : " ").append(switch (piece.kind()) {
                case KEPT -> piece.text();
                case DELETED -> "[-" + piece.text() + "-]";
                case INSERTED -> "{+" + piece.text() + "+}";
            });
        }
        return text.toString();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(not stated)" : value;
    }

    private static void quote(Writer out, String side, String quote) throws IOException {
        if (!quote.isEmpty()) {
            out.write("      " + side + ": \"" + quote.replace('\n', ' ') + "\"\n");
        }
    }

    public static void json(DraftComparison comparison, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("before", comparison.before());
            json.writeStringField("after", comparison.after());
            json.writeBooleanField("requiredGotWorse", comparison.requiredGotWorse());
            json.writeArrayFieldStart("protections");
            for (ProtectionChange p : comparison.protections()) {
                json.writeStartObject();
                json.writeStringField("ruleId", p.ruleId());
                json.writeStringField("before", p.before().name());
                json.writeStringField("after", p.after().name());
                json.writeStringField("change", p.change().label());
                json.writeBooleanField("required", p.required());
                json.writeStringField("evidenceBefore", p.evidenceBefore());
                json.writeStringField("evidenceAfter", p.evidenceAfter());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("clauses");
            for (ClauseChange clause : comparison.clauses()) {
                json.writeStartObject();
                json.writeStringField("change", clause.kind().label());
                json.writeStringField("section", clause.section());
                json.writeStringField("before", clause.before());
                json.writeStringField("after", clause.after());
                json.writeArrayFieldStart("words");
                for (WordDiff.Piece piece : clause.words().pieces()) {
                    json.writeStartObject();
                    json.writeStringField("kind", piece.kind().name().toLowerCase(java.util.Locale.ROOT));
                    json.writeStringField("text", piece.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("keyTerms");
            for (KeyTermChange term : comparison.keyTerms()) {
                json.writeStartObject();
                json.writeStringField("term", term.term());
                json.writeStringField("before", term.before());
                json.writeStringField("after", term.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }
}
