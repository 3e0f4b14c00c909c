package org.clausecheck.analyze.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausecheck.analyze.doctype.DocumentProfile;
import org.clausecheck.analyze.doctype.IncorporatedTerms;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.RelatedPassage;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.parties.Party;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.Severity;

/**
 * Wording and ordering shared by the human-readable renderers, so that text, Markdown, CSV and HTML say
 * the same thing in the same order.
 */
final class ReportText {

    /** About this many characters of a quote are shown in the text and Markdown reports. */
    static final int QUOTE_LIMIT = 300;

    static final String ELLIPSIS = "\u2026";

    /** Shown for a protection that nothing in the contract provides and no pattern came close to. */
    static final String NO_EVIDENCE = "No clause in the contract provides this protection.";

    private ReportText() {
    }

    /** The symbol before a status: one character, plain UTF-8, the same in every format. */
    static String symbol(Status status) {
        return switch (status) {
            case MET -> "\u2713";
            case WEAK -> "~";
            case CONTRARY -> "\u2717";
            case MISSING -> "!";
        };
    }

    /** "✓ MET". */
    static String statusLabel(Status status) {
        return symbol(status) + " " + status.name();
    }

    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    /** Two decimals, rounded like the JSON report, so that floating-point noise never shows. */
    static String confidence(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The report's findings for a document in playbook order: the analyzer already emits them so, but a
     * report built elsewhere (or from an older playbook) must not change the order of rows.
     */
    static List<Finding> findings(CheckReport report, DocumentReport document) {
        List<Rule> rules = report.playbook().rules();
        List<Finding> findings = new ArrayList<>(document.analysis().findings());
        findings.sort(Comparator.comparingInt(finding -> indexOf(rules, finding.ruleId())));
        return findings;
    }

    private static int indexOf(List<Rule> rules, String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A finding's evidence in document order. */
    static List<Evidence> evidence(Finding finding) {
        return finding.evidence().stream().sorted(Evidence.ORDER).toList();
    }

    /** The evidence a one-line summary points at: the first in document order, or null. */
    static Evidence firstEvidence(Finding finding) {
        return finding.evidence().stream().min(Evidence.ORDER).orElse(null);
    }

    /** "page 3, section 4.1 (Documentation)"; parts that are unknown are left out. */
    static String location(Evidence evidence) {
        return location(evidence.page(), evidence.sectionNumber(), evidence.heading());
    }

    /** Where a related passage stands, as {@link #location(Evidence)} says it. */
    static String location(RelatedPassage passage) {
        return location(passage.page(), passage.sectionNumber(), passage.heading());
    }

    /** The title every format gives the passages of a MISSING finding. */
    static final String RELATED_TITLE = "Related, not judged";
    /** What the title means, for the formats that explain it. */
    static final String RELATED_NOTE = "the closest passages the candidate finder ranks for this protection; no rule"
            + " found evidence in them: read them before relying on the gap";

    /** "score 0.81, classifier:ip-ownership-assignment". */
    static String relatedBasis(RelatedPassage passage) {
        return "score " + confidence(passage.score()) + ", " + passage.basis();
    }

    private static String location(int page, String sectionNumber, String headingContext) {
        List<String> parts = new ArrayList<>();
        if (page > 0) {
            parts.add("page " + page);
        }
        if (sectionNumber != null && !sectionNumber.isBlank()) {
            parts.add("section " + sectionNumber.strip());
        }
        String location = String.join(", ", parts);
        String heading = oneLine(headingContext);
        if (!heading.isEmpty()) {
            location = location.isEmpty() ? heading : location + " (" + heading + ")";
        }
        return location.isEmpty() ? "no page or section" : location;
    }

    /**
     * "not found in the pages read" for a MISSING finding of a document read in part, else empty: the status
     * stays MISSING, but the reader must know the protection may stand on a page that was not read.
     */
    static String incompleteNote(DocumentReport document, Finding finding) {
        return finding.status() == Status.MISSING && ReadCoverage.of(document).partial()
                ? ReadCoverage.MISSING_IN_PART : "";
    }

    /**
     * "waived until 2027-06-30 by J. Smith: reason" or "waiver expired on ...", else empty: a waiver is shown beside
     * the verdict, which stays as the analyzer gave it.
     */
    static String waiverNote(CheckReport report, DocumentReport document, Finding finding) {
        return report.waiver(document, finding).map(waiver -> oneLine(waiver.describe())).orElse("");
    }

    /** "waived" or "waiver expired" for the one-line views, else empty. */
    static String waiverLabel(CheckReport report, DocumentReport document, Finding finding) {
        return report.waiver(document, finding).map(waiver -> waiver.label()).orElse("");
    }

    /** The reasons to show: the analyzer's, or a plain statement for a protection with none. */
    static List<String> reasons(Finding finding) {
        if (!finding.reasons().isEmpty()) {
            return finding.reasons();
        }
        return finding.status() == Status.MISSING ? List.of(NO_EVIDENCE) : List.of();
    }

    /** 'Acme Corp. ("Client"): customer; Beta Ltd ("Supplier"): vendor'. */
    static String parties(PartyResolution resolution) {
        if (resolution.parties().isEmpty()) {
            return "none found";
        }
        return resolution.parties().stream()
                .map(ReportText::party)
                .collect(Collectors.joining("; "));
    }

    static String party(Party party) {
        return oneLine(party.label()) + ": " + party.role().name().toLowerCase(Locale.ROOT);
    }

    /** Who is the vendor and who the customer, in words: "Cobalt is the vendor: it performs the services ...". */
    static String roleDecision(PartyResolution resolution) {
        return RolesInWords.describe(resolution);
    }

    /**
     * True for a gap to fix before signing: a required protection that is not MET in a document whose type is
     * expected to carry it (a "not expected" protection is no gap, as for the risk and {@code --fail-on}), and that
     * no waiver in force accepts.
     */
    static boolean fixFirst(CheckReport report, DocumentReport document, Finding finding) {
        return finding.status() != Status.MET
                && report.rule(finding.ruleId()).severity() == Severity.REQUIRED
                && document.analysis().profile().expects(finding.ruleId())
                && !report.waived(document, finding);
    }

    /** "data processing agreement (title “Data Processing Agreement”; calls itself “this DPA” 36 times)". */
    static String documentType(DocumentReport document) {
        DocumentProfile profile = document.analysis().profile();
        return oneLine(profile.typeName()) + (profile.reason().isBlank() ? "" : " (" + oneLine(profile.reason()) + ")");
    }

    /** "" for a rule the document's type is expected to carry, else "not expected in a data processing agreement". */
    static String expectation(DocumentReport document, Finding finding) {
        DocumentProfile profile = document.analysis().profile();
        return profile.expects(finding.ruleId()) ? "" : profile.notExpectedLabel();
    }

    /** "operative terms not in this file: the Master Services Agreement dated ...; ...", or "" when there are none. */
    static String termsNotInFile(DocumentReport document) {
        List<IncorporatedTerms> terms = document.analysis().profile().termsNotInFile();
        if (terms.isEmpty()) {
            return "";
        }
        return "operative terms not in this file: "
                + terms.stream().map(term -> oneLine(term.name())).collect(Collectors.joining("; "));
    }

    /** "3 open elections, 12 blanks to fill in, ...", or "" for a document that is no unfinished form. */
    static String template(DocumentReport document) {
        return document.analysis().profile().template().describe();
    }

    /** "PDF, 12 pages", or just the format when it has no pages. */
    static String format(DocumentReport document) {
        String format = document.format().name();
        if (document.pages() > 0) {
            return format + ", " + document.pages() + (document.pages() == 1 ? " page" : " pages");
        }
        return format;
    }

    /** Control characters (C0, C1) and bidirectional overrides, after whitespace has been collapsed. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069]");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2028\u2029]+");

    /**
     * Contract text on one line: runs of whitespace (line breaks of a PDF) become one space, and control
     * characters are dropped, so that a contract cannot send escape sequences to a terminal or reorder
     * what a reader sees.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String spaced = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return INVISIBLE.matcher(spaced).replaceAll("");
    }

    /**
     * A quote on one line, shortened to about {@code limit} characters at a word boundary with an
     * ellipsis, so that a long clause never floods a terminal and a word is never cut in half.
     */
    static String shorten(String quote, int limit) {
        String text = oneLine(quote);
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        if (cut <= limit / 2) {
            // One enormous word (a URL, a hash): cutting it is better than showing nothing.
            cut = limit;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
        }
        return stripTrailingPunctuation(text.substring(0, cut)) + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
