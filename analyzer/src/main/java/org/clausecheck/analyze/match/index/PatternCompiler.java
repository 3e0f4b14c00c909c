package org.clausecheck.analyze.match.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.parties.Role;

/**
 * Compiles the playbook's pattern language to Lucene interval sources. The language, for people who do
 * not write Java (docs/playbook.md has the full reference):
 * <pre>
 *   word               a word, singular or plural: deliverable matches Deliverables
 *   assign*  lic?nse   a prefix or wildcard on stems
 *   "hereby assign"    a phrase: these words next to each other, in order ("the", "a", "an" are ignored)
 *   CUSTOMER VENDOR    the customer's or the vendor's names, defined terms and pronouns; PARTY is either
 *   any(a, b, ...)             any one of them
 *   ordered(a, b, ...)         all of them in this order, within 30 words (ordered(12, a, b) within 12)
 *   unordered(a, b, ...)       all of them in any order, within 30 words
 *   within(N, a, b, ...)       all of them in any order, within N words
 *   notnear(N, a, b)           a, unless b is within N words of it
 *   notcontaining(a, b)        a, when b does not occur inside the match of a
 *   @name                      the playbook's named group 'name'
 * </pre>
 * No pattern reaches across two sentences.
 */
public final class PatternCompiler {

    /** The widest window a pattern may ask for: narrower than the gap between sentences, so no match spans two. */
    static final int MAX_WINDOW = 200;
    /** The window of ordered() and unordered() without a number. */
    public static final int DEFAULT_WIDTH = 30;
    private static final int MAX_EXPANSIONS = 512;

    private static final Pattern GROUP_REFERENCE = Pattern.compile("@([A-Za-z0-9_'*?-]+)");

    private final LegalAnalyzer analyzer = new LegalAnalyzer();
    private final Map<String, String> groups;
    private final Map<String, GuardedSource> compiledGroups = new HashMap<>();
    /**
     * The same pattern text gives the same source object, so that a document's match cache (keyed by identity)
     * serves the playbook-wide weakeners and repeated patterns once per document, not once per rule.
     */
    private final Map<String, GuardedSource> compiledPatterns = new HashMap<>();
    private final Set<String> compiling = new HashSet<>();
    /**
     * One requirement object per term, prefix and role word: a document works out the sentences of each
     * requirement once (keyed by identity), however many patterns share it.
     */
    private final Map<String, TermRequirement> termRequirements;
    private final Map<String, TermRequirement> prefixRequirements;
    private final Map<String, TermRequirement> roleRequirements;
    /** For a {@link #variant}: the compiler whose objects it reuses for what it leaves as it was; else null. */
    private final PatternCompiler base;
    /** For a variant: the groups that read differently than in {@link #base}, also through another group. */
    private final Set<String> changedGroups;
    /** For a variant: the groups that match nothing. */
    private final Set<String> removedGroups;

    public PatternCompiler() {
        this(Map.of());
    }

    /** @param groups named patterns a pattern refers to as {@code @name} */
    public PatternCompiler(Map<String, String> groups) {
        this.groups = Map.copyOf(groups);
        this.termRequirements = new HashMap<>();
        this.prefixRequirements = new HashMap<>();
        this.roleRequirements = new HashMap<>();
        this.base = null;
        this.changedGroups = Set.of();
        this.removedGroups = Set.of();
    }

    private PatternCompiler(PatternCompiler base, Map<String, String> groups, Set<String> changed, Set<String> removed) {
        this.groups = Map.copyOf(groups);
        this.termRequirements = base.termRequirements;
        this.prefixRequirements = base.prefixRequirements;
        this.roleRequirements = base.roleRequirements;
        this.base = base;
        this.changedGroups = Set.copyOf(changed);
        this.removedGroups = Set.copyOf(removed);
    }

    /**
     * A compiler for a variant of the playbook in which some groups read differently or match nothing, as the
     * coverage probe asks (what a contract's verdicts lose without one group or one word of it). A pattern that uses
     * none of them, neither directly nor through another group, is this compiler's own object, so that a
     * document's caches, keyed by identity, serve it; terms, prefixes and role words share their requirements with
     * this compiler. Not thread-safe, like the compiler itself.
     *
     * @param redefined groups with another definition
     * @param removed   groups that match nothing
     */
    public PatternCompiler variant(Map<String, String> redefined, Set<String> removed) {
        Map<String, String> variantGroups = new HashMap<>(groups);
        variantGroups.putAll(redefined);
        Set<String> changed = new HashSet<>(redefined.keySet());
        changed.addAll(removed);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Map.Entry<String, String> group : variantGroups.entrySet()) {
                if (!changed.contains(group.getKey()) && refersTo(group.getValue(), changed)) {
                    changed.add(group.getKey());
                    grew = true;
                }
            }
        }
        return new PatternCompiler(this, variantGroups, changed, removed);
    }

    private static boolean refersTo(String pattern, Set<String> groupNames) {
        if (groupNames.isEmpty() || pattern.indexOf('@') < 0) {
            return false;
        }
        Matcher reference = GROUP_REFERENCE.matcher(pattern);
        while (reference.find()) {
            if (groupNames.contains(reference.group(1))) {
                return true;
            }
        }
        return false;
    }

    public IntervalsSource compile(String pattern) {
        return guarded(pattern).source();
    }

    /** The compiled pattern with the terms it needs, so that a document lacking them is not searched. */
    public GuardedSource guarded(String pattern) {
        GuardedSource compiled = compiledPatterns.get(pattern);
        if (compiled == null) {
            compiled = base != null && !refersTo(pattern, changedGroups) ? base.guarded(pattern) : parse(pattern);
            compiledPatterns.put(pattern, compiled);
        }
        return compiled;
    }

    private TermRequirement termRequirement(String term) {
        return termRequirements.computeIfAbsent(term, TermRequirement::term);
    }

    private TermRequirement prefixRequirement(String prefix) {
        return prefixRequirements.computeIfAbsent(prefix, TermRequirement::prefix);
    }

    private GuardedSource parse(String pattern) {
        Parser parser = new Parser(pattern);
        GuardedSource source = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new PatternSyntaxException(pattern, parser.at, "unexpected '" + parser.peek() + "'");
        }
        return source;
    }

    private final class Parser {
        private final String pattern;
        private int at;

        Parser(String pattern) {
            this.pattern = pattern;
        }

        GuardedSource expression() {
            skipSpaces();
            if (atEnd()) {
                throw error("a word, phrase or function expected");
            }
            char c = peek();
            if (c == '"' || c == '\u201C') {
                return phrase();
            }
            if (c == '@') {
                at++;
                return group(word());
            }
            String word = word();
            skipSpaces();
            if (!atEnd() && peek() == '(') {
                return function(word);
            }
            return term(word);
        }

        private GuardedSource function(String name) {
            at++; // (
            List<Object> arguments = new ArrayList<>();
            skipSpaces();
            while (true) {
                skipSpaces();
                if (!atEnd() && Character.isDigit(peek()) && arguments.isEmpty() && takesWidth(name)) {
                    arguments.add(number());
                } else {
                    arguments.add(expression());
                }
                skipSpaces();
                if (atEnd()) {
                    throw error("')' expected");
                }
                if (peek() == ',') {
                    at++;
                    continue;
                }
                if (peek() == ')') {
                    at++;
                    break;
                }
                throw error("',' or ')' expected");
            }
            return apply(name.toLowerCase(Locale.ROOT), arguments);
        }

        private boolean takesWidth(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "ordered", "unordered", "within", "near", "notnear" -> true;
                default -> false;
            };
        }

        private GuardedSource apply(String name, List<Object> arguments) {
            Integer width = arguments.get(0) instanceof Integer n ? n : null;
            List<GuardedSource> parts = new ArrayList<>();
            List<IntervalsSource> sources = new ArrayList<>();
            List<TermRequirement> requirements = new ArrayList<>();
            for (Object argument : width == null ? arguments : arguments.subList(1, arguments.size())) {
                GuardedSource guarded = (GuardedSource) argument;
                parts.add(guarded);
                sources.add(guarded.source());
                requirements.add(guarded.requirement());
            }
            IntervalsSource[] array = sources.toArray(IntervalsSource[]::new);
            TermRequirement all = TermRequirement.allOf(requirements);
            switch (name) {
                case "any":
                    requireCount(name, sources, 1);
                    return sources.size() == 1 ? parts.get(0)
                            : GuardedSource.anyOf(Intervals.or(array), TermRequirement.anyOf(requirements), parts);
                case "ordered":
                    requireCount(name, sources, 2);
                    int orderedWidth = width == null ? DEFAULT_WIDTH : width;
                    return GuardedSource.combined(Intervals.maxwidth(orderedWidth, Intervals.ordered(array)), all,
                            parts, kept -> Intervals.maxwidth(orderedWidth, Intervals.ordered(kept)));
                case "unordered":
                    requireCount(name, sources, 2);
                    int unorderedWidth = width == null ? DEFAULT_WIDTH : width;
                    return GuardedSource.combined(Intervals.maxwidth(unorderedWidth, Intervals.unordered(array)), all,
                            parts, kept -> Intervals.maxwidth(unorderedWidth, Intervals.unordered(kept)));
                case "within":
                case "near":
                    if (width == null) {
                        throw error(name + "() needs a number of words first");
                    }
                    requireCount(name, sources, 2);
                    int within = width;
                    return GuardedSource.combined(Intervals.maxwidth(within, Intervals.unordered(array)), all,
                            parts, kept -> Intervals.maxwidth(within, Intervals.unordered(kept)));
                case "notcontaining":
                    if (width != null || sources.size() != 2) {
                        throw error("notcontaining(pattern, excluded) takes two patterns");
                    }
                    // Lucene returns the first pattern's intervals when the excluded one has none.
                    return GuardedSource.combined(Intervals.notContaining(sources.get(0), sources.get(1)),
                            requirements.get(0), parts, kept -> Intervals.notContaining(kept[0], kept[1]));
                case "notcontainedby":
                    if (width != null || sources.size() != 2) {
                        throw error("notcontainedby(pattern, enclosing) takes two patterns");
                    }
                    // "technical specifications" except inside "in accordance with the technical specifications".
                    // Against a disjunction Lucene compares only its minimal intervals, which may be shorter than the
                    // one that contains the match: each alternative excludes in turn.
                    IntervalsSource notContained = sources.get(0);
                    for (GuardedSource enclosing : parts.get(1).alternatives() ? parts.get(1).parts() : List.of(parts.get(1))) {
                        notContained = Intervals.notContainedBy(notContained, enclosing.source());
                    }
                    IntervalsSource whole = notContained;
                    return GuardedSource.combined(whole, requirements.get(0), parts, kept -> whole);
                case "notnear":
                    if (width == null || sources.size() != 2) {
                        throw error("notnear(N, pattern, excluded) takes a number and two patterns");
                    }
                    int distance = width;
                    return GuardedSource.combined(Intervals.notWithin(sources.get(0), distance, sources.get(1)),
                            requirements.get(0), parts, kept -> Intervals.notWithin(kept[0], distance, kept[1]));
                default:
                    throw error("unknown function " + name
                            + "(); use any, ordered, unordered, within, notnear, notcontaining, notcontainedby");
            }
        }

        private void requireCount(String name, List<IntervalsSource> sources, int minimum) {
            if (sources.size() < minimum) {
                throw error(name + "() needs at least " + minimum + " pattern" + (minimum > 1 ? "s" : ""));
            }
        }

        private GuardedSource group(String name) {
            GuardedSource compiled = compiledGroups.get(name);
            if (compiled != null) {
                return compiled;
            }
            String definition = groups.get(name);
            if (definition == null) {
                throw error("unknown group @" + name);
            }
            if (removedGroups.contains(name) || base != null && !changedGroups.contains(name)) {
                compiled = removedGroups.contains(name)
                        ? GuardedSource.leaf(Intervals.noIntervals("group @" + name + " left out"), TermRequirement.UNKNOWN)
                        : base.guarded("@" + name);
                compiledGroups.put(name, compiled);
                return compiled;
            }
            if (!compiling.add(name)) {
                throw error("group @" + name + " refers to itself");
            }
            try {
                compiled = guarded(definition);
            } finally {
                compiling.remove(name);
            }
            compiledGroups.put(name, compiled);
            return compiled;
        }

        private GuardedSource phrase() {
            char close = peek() == '"' ? '"' : '\u201D';
            int start = ++at;
            int end = pattern.indexOf(close, start);
            if (end < 0) {
                throw error("unclosed phrase");
            }
            at = end + 1;
            List<GuardedSource> guardedParts = new ArrayList<>();
            List<IntervalsSource> parts = new ArrayList<>();
            List<TermRequirement> requirements = new ArrayList<>();
            String phrase = pattern.substring(start, end).strip();
            for (String word : phrase.split("[\\s,;:]+")) {
                if (!word.isEmpty()) {
                    GuardedSource part = termOrNull(word);
                    if (part != null) {
                        guardedParts.add(part);
                        parts.add(part.source());
                        requirements.add(part.requirement());
                    }
                }
            }
            if (parts.isEmpty()) {
                throw error("empty phrase");
            }
            if (parts.size() == 1) {
                return guardedParts.get(0);
            }
            TermRequirement all = TermRequirement.allOf(requirements);
            if (phrase.matches(".*[,;:].*")) {
                // The index leaves a gap at punctuation; "right, title and interest" allows one per comma.
                int gaps = phrase.replaceAll("[^,;:]", "").length();
                return GuardedSource.combined(Intervals.maxgaps(gaps,
                        Intervals.ordered(parts.toArray(IntervalsSource[]::new))), all, guardedParts,
                        kept -> Intervals.maxgaps(gaps, Intervals.ordered(kept)));
            }
            return GuardedSource.combined(Intervals.phrase(parts.toArray(IntervalsSource[]::new)), all, guardedParts,
                    Intervals::phrase);
        }

        private GuardedSource term(String word) {
            GuardedSource source = termOrNull(word);
            if (source == null) {
                throw error("'" + word + "' is ignored by the analysis (an article); leave it out");
            }
            return source;
        }

        private GuardedSource termOrNull(String word) {
            switch (word) {
                case "CUSTOMER":
                    return roles(Role.CUSTOMER, Role.UNKNOWN);
                case "VENDOR":
                    return roles(Role.VENDOR, Role.UNKNOWN);
                case "PARTY":
                    return roles(Role.CUSTOMER, Role.VENDOR, Role.UNKNOWN);
                default:
                    break;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int joint = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('/'));
            if (joint > 0 && (lower.indexOf('*') > joint || lower.indexOf('?') > joint)) {
                // "fine-tun*": the tokenizer splits at the hyphen, so match the parts as a phrase
                List<GuardedSource> guardedParts = new ArrayList<>();
                List<IntervalsSource> parts = new ArrayList<>();
                List<TermRequirement> requirements = new ArrayList<>();
                for (String head : analyzer.terms(lower.substring(0, joint))) {
                    GuardedSource part = GuardedSource.leaf(Intervals.term(head), termRequirement(head));
                    guardedParts.add(part);
                    parts.add(part.source());
                    requirements.add(part.requirement());
                }
                GuardedSource tail = termOrNull(lower.substring(joint + 1));
                guardedParts.add(tail);
                parts.add(tail.source());
                requirements.add(tail.requirement());
                return parts.size() == 1 ? tail : GuardedSource.combined(
                        Intervals.phrase(parts.toArray(IntervalsSource[]::new)), TermRequirement.allOf(requirements),
                        guardedParts, Intervals::phrase);
            }
            if (lower.endsWith("*") && lower.indexOf('*') == lower.length() - 1 && lower.indexOf('?') < 0) {
                String prefix = lower.substring(0, lower.length() - 1);
                if (prefix.length() < 3) {
                    throw error("prefix '" + word + "' is too short; give at least three letters");
                }
                return GuardedSource.leaf(Intervals.prefix(new BytesRef(prefix), MAX_EXPANSIONS),
                        prefixRequirement(prefix));
            }
            int wildcard = firstWildcard(lower);
            if (wildcard >= 0) {
                return GuardedSource.leaf(Intervals.wildcard(new BytesRef(lower), MAX_EXPANSIONS),
                        prefixRequirement(lower.substring(0, wildcard)));
            }
            List<String> terms = analyzer.terms(word);
            if (terms.isEmpty()) {
                return null;
            }
            if (terms.size() == 1) {
                return GuardedSource.leaf(Intervals.term(terms.get(0)), termRequirement(terms.get(0)));
            }
            return GuardedSource.leaf(Intervals.phrase(terms.toArray(String[]::new)),
                    TermRequirement.allOf(terms.stream().map(PatternCompiler.this::termRequirement).toList()));
        }

        private int firstWildcard(String word) {
            int star = word.indexOf('*');
            int question = word.indexOf('?');
            return star < 0 ? question : question < 0 ? star : Math.min(star, question);
        }

        /** A role word: any of the role tokens. */
        private GuardedSource roles(Role... roles) {
            IntervalsSource[] sources = new IntervalsSource[roles.length];
            List<GuardedSource> parts = new ArrayList<>();
            List<TermRequirement> requirements = new ArrayList<>();
            for (int i = 0; i < roles.length; i++) {
                sources[i] = Intervals.term(roles[i].token());
                requirements.add(termRequirement(roles[i].token()));
                parts.add(GuardedSource.leaf(sources[i], requirements.get(i)));
            }
            String key = Arrays.toString(roles);
            TermRequirement requirement = roleRequirements.get(key);
            if (requirement == null) {
                requirement = TermRequirement.anyOf(requirements);
                roleRequirements.put(key, requirement);
            }
            return GuardedSource.anyOf(Intervals.or(sources), requirement, parts);
        }

        private String word() {
            int start = at;
            while (!atEnd() && isWordChar(peek())) {
                at++;
            }
            if (start == at) {
                throw error("a word, phrase or function expected, found '" + peek() + "'");
            }
            return pattern.substring(start, at);
        }

        private int number() {
            int start = at;
            while (!atEnd() && Character.isDigit(peek())) {
                at++;
            }
            int value = Integer.parseInt(pattern.substring(start, at));
            if (value < 1 || value > MAX_WINDOW) {
                throw error("a window of 1 to " + MAX_WINDOW + " words expected");
            }
            return value;
        }

        private boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '*' || c == '?' || c == '-' || c == '\'' || c == '_';
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= pattern.length();
        }

        char peek() {
            return pattern.charAt(at);
        }

        private PatternSyntaxException error(String problem) {
            return new PatternSyntaxException(pattern, at, problem);
        }
    }
}
