package org.clausecheck.analyze.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.match.MatchTrace;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.structure.Sentence;

/** Writes a {@link RuleExplanation} as text for a person or as JSON (formatVersion 1) for a script. */
public final class ExplanationWriter {

    /** The output formats of {@code playbook explain}. */
    public enum Format {
        TEXT, JSON;

        /** @throws IllegalArgumentException naming the valid formats */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("--format " + name + " is not one of text, json");
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    /** Longest quote of a sentence in the text output. */
    private static final int QUOTE = 300;

    private ExplanationWriter() {
    }

    public static void write(RuleExplanation explanation, Format format, Writer out) throws IOException {
        if (format == Format.JSON) {
            writeJson(explanation, out);
        } else {
            writeText(explanation, out);
        }
        out.flush();
    }

    private static void writeText(RuleExplanation explanation, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        Map<String, RulePattern> patterns = patternsById(explanation);
        out.printf("%s: %s (%s)%n", explanation.source(), explanation.rule().id(), explanation.rule().title());
        out.printf("Parties: %s%n", parties(explanation));
        out.printf(Locale.ROOT, "Verdict: %s (confidence %.2f)%n", explanation.finding().status(), explanation.finding().confidence());
        Evidence decisive = explanation.decisive();
        if (decisive == null) {
            out.println("Decisive: nothing; no sentence gives evidence, so the protection is MISSING");
        } else {
            out.printf("Decisive: pattern %s (%s evidence) in %s: \"%s\"%n", decisive.patternId(),
                    lower(decisive.kind()), where(decisive.sectionNumber(), decisive.page(), decisive.heading()),
                    shortQuote(decisive.quote()));
        }
        out.println("Why:");
        for (String reason : explanation.finding().reasons()) {
            out.println("  - " + reason);
        }
        if (explanation.finding().reasons().isEmpty()) {
            out.println("  - no match of the rule's patterns is evidence");
        }
        List<String> silent = silentPatterns(explanation);
        if (!silent.isEmpty()) {
            out.println("Patterns that match nowhere in this contract: " + String.join(", ", silent));
        }
        out.println();
        out.printf("Sentences with a match of the rule's patterns: %d%n", explanation.sentences().size());
        for (SentenceMatches sentence : explanation.sentences()) {
            Sentence s = sentence.sentence();
            out.printf("%n  [%s] \"%s\"%n", where(s.sectionNumber(), s.page(), s.heading()), shortQuote(s.text()));
            String weakener = explanation.weakeners().get(s.index());
            if (weakener != null) {
                out.printf("    weakening in this sentence: %s%n", weakener);
            }
            for (MatchTrace match : sentence.matches()) {
                RulePattern pattern = patterns.get(match.patternKind() + "/" + match.patternId());
                out.printf("    %s (%s): %s%s%n", match.patternId(), patternKind(match.patternKind()), outcome(match),
                        match.detail().isEmpty() ? "" : "; " + match.detail());
                if (pattern != null && !pattern.description().isEmpty()) {
                    out.printf("      pattern: %s%n", pattern.description());
                }
            }
        }
        out.flush();
    }

    private static void writeJson(RuleExplanation explanation, Writer out) throws IOException {
        Map<String, RulePattern> patterns = patternsById(explanation);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", 1);
            json.writeStringField("file", explanation.source());
            json.writeStringField("rule", explanation.rule().id());
            json.writeStringField("title", explanation.rule().title());
            json.writeStringField("customer", explanation.parties().customer().map(Party::label).orElse(null));
            json.writeStringField("vendor", explanation.parties().vendor().map(Party::label).orElse(null));
            json.writeStringField("status", explanation.finding().status().name());
            json.writeNumberField("confidence", explanation.finding().confidence());
            Evidence decisive = explanation.decisive();
            if (decisive == null) {
                json.writeNullField("decisive");
            } else {
                json.writeObjectFieldStart("decisive");
                json.writeStringField("pattern", decisive.patternId());
                json.writeStringField("kind", lower(decisive.kind()));
                writePlace(json, decisive.page(), decisive.sectionNumber(), decisive.heading(), decisive.start(),
                        decisive.end());
                json.writeStringField("quote", decisive.quote());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("reasons");
            for (String reason : explanation.finding().reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("sentences");
            for (SentenceMatches sentence : explanation.sentences()) {
                Sentence s = sentence.sentence();
                json.writeStartObject();
                writePlace(json, s.page(), s.sectionNumber(), s.heading(), s.start(), s.end());
                json.writeStringField("text", s.text());
                json.writeStringField("weakening", explanation.weakeners().get(s.index()));
                json.writeArrayFieldStart("matches");
                for (MatchTrace match : sentence.matches()) {
                    RulePattern pattern = patterns.get(match.patternKind() + "/" + match.patternId());
                    json.writeStartObject();
                    json.writeStringField("pattern", match.patternId());
                    json.writeStringField("patternKind", patternKind(match.patternKind()));
                    json.writeStringField("description", pattern == null ? "" : pattern.description());
                    json.writeStringField("outcome", match.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    json.writeStringField("evidence", match.evidence() == null ? null : lower(match.evidence()));
                    json.writeStringField("detail", match.detail());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void writePlace(JsonGenerator json, int page, String section, String heading, int start, int end)
            throws IOException {
        json.writeNumberField("page", page);
        json.writeStringField("section", section);
        json.writeStringField("heading", heading);
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
    }

    /** The rule's patterns (satisfied, weak, contrary) with no match in any sentence, in playbook order. */
    static List<String> silentPatterns(RuleExplanation explanation) {
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (SentenceMatches sentence : explanation.sentences()) {
            sentence.matches().forEach(match -> matched.add(match.patternKind() + "/" + match.patternId()));
        }
        return patternsById(explanation).entrySet().stream()
                .filter(entry -> !matched.contains(entry.getKey()))
                .map(entry -> entry.getValue().id())
                .toList();
    }

    /** The rule's patterns by kind and id, in playbook order, for their descriptions. */
    private static Map<String, RulePattern> patternsById(RuleExplanation explanation) {
        Map<String, RulePattern> byId = new java.util.LinkedHashMap<>();
        put(byId, EvidenceKind.SATISFYING, explanation.rule().satisfied());
        put(byId, EvidenceKind.WEAK, explanation.rule().weak());
        put(byId, EvidenceKind.CONTRARY, explanation.rule().contrary());
        return byId;
    }

    private static void put(Map<String, RulePattern> byId, EvidenceKind kind, List<RulePattern> patterns) {
        for (RulePattern pattern : patterns) {
            byId.put(kind + "/" + pattern.id(), pattern);
        }
    }

    private static String outcome(MatchTrace match) {
        return match.evidence() == null ? match.outcome().label() : lower(match.evidence()) + " evidence";
    }

    /** The playbook's word for the list a pattern stands in. */
    private static String patternKind(EvidenceKind kind) {
        return switch (kind) {
            case SATISFYING -> "satisfied";
            case WEAK -> "weak";
            case CONTRARY -> "contrary";
        };
    }

    private static String parties(RuleExplanation explanation) {
        var parties = explanation.parties();
        String customer = parties.customer().map(Party::label).orElse("not found");
        String vendor = parties.vendor().map(Party::label).orElse("not found");
        return "customer " + customer + ", vendor " + vendor + (parties.decided()
                ? String.format(Locale.ROOT, " (confidence %.2f: %s)", parties.confidence(), parties.reason())
                : " (roles undecided: every party reads as either party; " + parties.reason() + ")");
    }

    private static String where(String section, int page, String heading) {
        StringBuilder where = new StringBuilder(section == null ? "no section" : "section " + section);
        if (page > 0) {
            where.append(", page ").append(page);
        }
        if (heading != null && !heading.isEmpty()) {
            where.append(", under \"").append(heading).append('"');
        }
        return where.toString();
    }

    private static String shortQuote(String text) {
        String quote = text.strip().replaceAll("\\s+", " ");
        if (quote.length() <= QUOTE) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', QUOTE);
        return quote.substring(0, cut > QUOTE / 2 ? cut : QUOTE) + " ...";
    }

    private static String lower(EvidenceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
