package org.clausecheck.analyze.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clausecheck.analyze.finding.Evidence;
import org.clausecheck.analyze.finding.EvidenceKind;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.finding.RecommendedLanguage;
import org.clausecheck.analyze.finding.Status;
import org.clausecheck.analyze.match.index.DocumentIndex;
import org.clausecheck.analyze.match.index.GuardedSource;
import org.clausecheck.analyze.match.index.PatternCompiler;
import org.clausecheck.analyze.match.index.PositionSpan;
import org.clausecheck.analyze.parties.DefinedTerm;
import org.clausecheck.analyze.parties.DefinedTermReader;
import org.clausecheck.analyze.parties.PartyResolution;
import org.clausecheck.analyze.playbook.NegationHandling;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.playbook.Rule;
import org.clausecheck.analyze.playbook.RulePattern;
import org.clausecheck.analyze.playbook.UnlessScope;
import org.clausecheck.analyze.structure.DocumentStructure;
import org.clausecheck.analyze.structure.Sentence;

/**
 * Evaluates one rule against one indexed document.
 *
 * <p>Each match is judged in its sentence: out of scope (definition, recital), cancelled by the pattern's
 * "unless", negated, weakened by a condition. Then the status:
 * <ul>
 *   <li>contrary evidence and no unweakened satisfying evidence: CONTRARY;</li>
 *   <li>contrary and unweakened satisfying evidence: WEAK (the contract grants and takes back; both shown). How
 *   many sentences say each is drafting style, not weight: a contract that assigns the work product once and
 *   restates twice that the vendor keeps its platform grants and takes back all the same;</li>
 *   <li>satisfying evidence, at least one sentence unweakened: MET, unless the rule's coverage applies to the
 *   contract (AI work) and no satisfying sentence reaches it, itself or through a defined term: WEAK;</li>
 *   <li>only weak or weakened evidence: WEAK;</li>
 *   <li>nothing: MISSING.</li>
 * </ul>
 * So MET is never reported while contrary evidence stands.
 */
public final class RuleEvaluator {

    /** Longest quote kept as evidence; longer sentences are cut at a word boundary. */
    static final int MAX_QUOTE = 600;

    private final Rule rule;
    private final List<CompiledPattern> satisfied;
    private final List<CompiledPattern> weak;
    private final List<CompiledPattern> contrary;
    private final List<CompiledPattern> weakening;
    private final GuardedSource coverageAppliesWhen;
    private final GuardedSource coverageReaches;

    public RuleEvaluator(Rule rule, Playbook playbook, PatternCompiler compiler) {
        this.rule = rule;
        this.satisfied = compileAll(compiler, rule.satisfied());
        this.weak = compileAll(compiler, rule.weak());
        this.contrary = compileAll(compiler, rule.contrary());
        List<RulePattern> allWeakening = new ArrayList<>(playbook.weakening());
        allWeakening.addAll(rule.weakening());
        this.weakening = compileAll(compiler, allWeakening);
        this.coverageAppliesWhen = rule.coverage() == null ? null : compiler.guarded(rule.coverage().appliesWhen());
        this.coverageReaches = rule.coverage() == null ? null : compiler.guarded(rule.coverage().reaches());
    }

    private static List<CompiledPattern> compileAll(PatternCompiler compiler, List<RulePattern> patterns) {
        return patterns.stream().map(p -> CompiledPattern.compile(compiler, p)).toList();
    }

    public Rule rule() {
        return rule;
    }

    public Finding evaluate(DocumentIndex index, DocumentStructure structure, PartyResolution parties) {
        return evaluate(index, structure, parties, null);
    }

    /**
     * @param definedTerms the document's defined terms, or null to read them when the rule needs them
     */
    public Finding evaluate(DocumentIndex index, DocumentStructure structure, PartyResolution parties,
                            Map<String, DefinedTerm> definedTerms) {
        return judge(new Judgement(index, structure, definedTerms, null), weakeners(index, structure), parties);
    }

    /**
     * The same finding as {@link #evaluate}, with every match of the rule's patterns and what became of it. Only
     * this call records them: the normal evaluation pays nothing for it.
     */
    public RuleTrace explain(DocumentIndex index, DocumentStructure structure, PartyResolution parties,
                             Map<String, DefinedTerm> definedTerms) {
        List<MatchTrace> trace = new ArrayList<>();
        Map<Integer, String> weakeners = weakeners(index, structure);
        Finding finding = judge(new Judgement(index, structure, definedTerms, trace), weakeners, parties);
        return new RuleTrace(finding, trace, weakeners);
    }

    private Finding judge(Judgement judgement, Map<Integer, String> weakeners, PartyResolution parties) {
        // Every satisfying match is weakened by a weakener of its sentence, also a negated contrary match that
        // counts as satisfying ("will endeavour not to use data to train").
        for (CompiledPattern pattern : satisfied) {
            judgement.collect(pattern, EvidenceKind.SATISFYING, EvidenceKind.CONTRARY, weakeners);
        }
        for (CompiledPattern pattern : weak) {
            judgement.collect(pattern, EvidenceKind.WEAK, EvidenceKind.CONTRARY, weakeners);
        }
        for (CompiledPattern pattern : contrary) {
            judgement.collect(pattern, EvidenceKind.CONTRARY, EvidenceKind.SATISFYING, weakeners);
        }
        return judgement.finding(parties);
    }

    /**
     * Sentence index to the first weakening pattern found in it. A weakener that is itself negated just before
     * it ("shall not treat documentation as optional", "not at its discretion") weakens nothing. A weakener in a
     * proviso also weakens the sentence the proviso qualifies ("Supplier assigns the Deliverables to Client.
     * Notwithstanding the foregoing, the assignment takes effect only upon payment in full.").
     */
    private Map<Integer, String> weakeners(DocumentIndex index, DocumentStructure structure) {
        Map<Integer, String> weakeners = new TreeMap<>();
        for (CompiledPattern pattern : weakening) {
            for (PositionSpan span : index.matches(pattern.match())) {
                if (!Negation.isNegatedJustBefore(index, span)) {
                    weakeners.putIfAbsent(span.sentence(), pattern.pattern().id());
                    if (structure.links().qualifiesPrevious(span.sentence())) {
                        weakeners.putIfAbsent(span.sentence() - 1, pattern.pattern().id() + " in the proviso after it");
                    }
                }
            }
        }
        return weakeners;
    }

    /** The evidence gathered for one rule in one document, one item per sentence and kind. */
    private final class Judgement {
        private final DocumentIndex index;
        private final DocumentStructure structure;
        private final Map<String, Evidence> evidence = new LinkedHashMap<>();
        private final List<String> reasons = new ArrayList<>();
        private final SentenceActs acts;
        private int negated;
        private int conditions;
        private int outOfScope;
        private int cancelled;
        private boolean underHeadingHint;

        private Map<String, DefinedTerm> definedTerms;
        /** Where each match goes, when an explanation is asked for; null on the normal path. */
        private final List<MatchTrace> trace;

        Judgement(DocumentIndex index, DocumentStructure structure, Map<String, DefinedTerm> definedTerms,
                  List<MatchTrace> trace) {
            this.index = index;
            this.structure = structure;
            this.acts = new SentenceActs(index, structure);
            this.definedTerms = definedTerms;
            this.trace = trace;
        }

        /**
         * True when coverage applies to this contract and no satisfying sentence reaches it, neither itself nor
         * through the definition of a term it uses.
         */
        private boolean missesCoverage(List<Evidence> items) {
            if (coverageAppliesWhen == null || index.matches(coverageAppliesWhen).isEmpty()) {
                return false;
            }
            BitSet reaching = sentencesOf(coverageReaches);
            if (definedTerms == null) {
                definedTerms = DefinedTermReader.read(structure);
            }
            for (Evidence item : items) {
                if (item.kind() != EvidenceKind.SATISFYING) {
                    continue;
                }
                Sentence sentence = structure.sentenceAt(item.start());
                if (sentence == null) {
                    continue;
                }
                if (reaching.get(sentence.index())) {
                    return false;
                }
                for (DefinedTerm term : definedTerms.values()) {
                    if (reaching.get(term.sentence()) && sentence.text().contains(term.term())) {
                        return false;
                    }
                }
            }
            return true;
        }

        void collect(CompiledPattern compiled, EvidenceKind kind, EvidenceKind inverted, Map<Integer, String> weakeners) {
            RulePattern pattern = compiled.pattern();
            SentenceScopes scopes = SentenceScopes.of(index);
            List<PositionSpan> spans = index.matches(compiled.match());
            // The exception is only looked for when the pattern matched; with unless-scope: object it must
            // also describe what the match is about (ExceptionScope).
            boolean lookForException = compiled.unless() != null && !spans.isEmpty();
            BitSet cancelling = lookForException ? sentencesOf(compiled.unless()) : new BitSet();
            List<PositionSpan> exceptions = lookForException && pattern.unlessScope() == UnlessScope.OBJECT
                    ? index.matches(compiled.unless()) : List.of();
            for (PositionSpan span : spans) {
                Sentence sentence = structure.sentences().get(span.sentence());
                Sentence leadIn = leadInOf(sentence);
                if (leadIn != null && index.withinLeadIn(span, sentence)) {
                    traced(pattern, kind, span, MatchOutcome.LEAD_IN_REPEAT, null, "");
                    continue; // the lead-in's own match, found again in each of its items
                }
                if (scopes.isHeadingOnly(sentence) || !pattern.definitions() && (scopes.outOfScope(sentence) != null
                        || leadIn != null && scopes.outOfScope(leadIn) != null)) {
                    outOfScope++;
                    if (trace != null) {
                        boolean title = Scope.isHeadingOnly(sentence);
                        String why = Scope.outOfScope(sentence);
                        traced(pattern, kind, span, title ? MatchOutcome.HEADING_ONLY : MatchOutcome.OUT_OF_SCOPE, null,
                                title ? "" : why != null ? why : "the lead-in of the list is " + Scope.outOfScope(leadIn));
                    }
                    continue;
                }
                if (!pattern.headings().isEmpty() && !mentionsAny(sentence.heading(), pattern.headings())) {
                    traced(pattern, kind, span, MatchOutcome.HEADING_NOT_NAMED, null, "");
                    continue;
                }
                if (cancelling.get(span.sentence())
                        && (exceptions.isEmpty() || ExceptionScope.cancels(index, span, exceptions))) {
                    cancelled++;
                    traced(pattern, kind, span, MatchOutcome.CANCELLED_BY_EXCEPTION, null, "");
                    continue;
                }
                if (acts.inLeadingCondition(span) || acts.negatedFromLeadingCondition(span)) {
                    conditions++;
                    traced(pattern, kind, span, MatchOutcome.IN_CONDITION, null, "");
                    continue; // "In the event that Supplier fails to deliver the documentation, Client may ...",
                              // "To the extent that the IP does not vest in Client, Supplier hereby assigns ..."
                }
                EvidenceKind found = kind;
                String negatedBy = null;
                // a "not" inside the condition that opens the sentence belongs to the condition, not to what follows it
                int conditionEnd = acts.leadingConditionEnd(span.sentence());
                int cuesFrom = conditionEnd >= 0 && span.startPosition() >= conditionEnd ? conditionEnd : -1;
                if (pattern.negation() != NegationHandling.IGNORE && Negation.isNegated(index, span, cuesFrom)) {
                    if (trace != null) {
                        negatedBy = "the cue \"" + Negation.negatingCue(index, span, cuesFrom).term() + "\"";
                    }
                    if (pattern.negation() == NegationHandling.DROP) {
                        negated++;
                        traced(pattern, kind, span, MatchOutcome.NEGATED, null, negatedBy);
                        continue;
                    }
                    found = inverted;
                }
                String note = "";
                if (found == EvidenceKind.SATISFYING && weakeners.containsKey(span.sentence())) {
                    found = EvidenceKind.WEAK;
                    note = "weakened by " + weakeners.get(span.sentence());
                } else if (found == EvidenceKind.SATISFYING && pattern.negation() == NegationHandling.DROP) {
                    // MET needs a sentence that obliges or grants: a warranty of a fact or a bare mention is not one
                    SentenceAct act = acts.act(span.sentence());
                    if (act == SentenceAct.REPRESENTATION || act == SentenceAct.MENTION) {
                        found = EvidenceKind.WEAK;
                        note = act == SentenceAct.REPRESENTATION ? "a representation, not a grant or a promise"
                                : "named without an operative verb";
                    }
                }
                if (mentionsAny(sentence.heading(), rule.headingHints())) {
                    underHeadingHint = true;
                }
                if (trace != null) {
                    String inversion = negatedBy == null ? "" : "negated by " + negatedBy + ", read as "
                            + found.name().toLowerCase(Locale.ROOT) + (note.isEmpty() ? "" : "; ");
                    traced(pattern, kind, span, MatchOutcome.EVIDENCE, found, inversion + note);
                }
                add(found, pattern.id(), sentence, index.startsInLeadIn(span, sentence) ? leadIn : null, note);
            }
        }

        private void traced(RulePattern pattern, EvidenceKind kind, PositionSpan span, MatchOutcome outcome,
                            EvidenceKind evidence, String detail) {
            if (trace != null) {
                trace.add(new MatchTrace(pattern.id(), kind, span.sentence(), outcome, evidence, detail));
            }
        }

        /** The lead-in that introduces this list item, or null. */
        private Sentence leadInOf(Sentence sentence) {
            int leadIn = structure.links().leadIn(sentence.index());
            return leadIn < 0 ? null : structure.sentences().get(leadIn);
        }

        private BitSet sentencesOf(GuardedSource source) {
            BitSet sentences = new BitSet();
            for (PositionSpan span : index.matches(source)) {
                sentences.set(span.sentence());
            }
            return sentences;
        }

        /**
         * @param leadIn the list item's lead-in when the match starts in it, named in the note (the quote stays the
         *               item's own text, so that its offsets cite it); or null
         */
        private void add(EvidenceKind kind, String patternId, Sentence sentence, Sentence leadIn, String note) {
            if (leadIn != null) {
                String carried = "read with its lead-in \"" + quote(leadIn.text().strip()) + "\"";
                note = note.isEmpty() ? carried : note + "; " + carried;
            }
            String key = sentence.index() + "/" + kind;
            Evidence existing = evidence.get(key);
            if (existing != null) {
                if (!existing.patternId().contains(patternId)) {
                    evidence.put(key, new Evidence(kind, existing.patternId() + "+" + patternId, existing.quote(),
                            existing.page(), existing.sectionNumber(), existing.heading(), existing.start(),
                            existing.end(), existing.note()));
                }
                return;
            }
            evidence.put(key, new Evidence(kind, patternId, quote(sentence.text()), sentence.page(),
                    sentence.sectionNumber(), sentence.heading(), sentence.start(), sentence.end(), note));
        }

        Finding finding(PartyResolution parties) {
            List<Evidence> items = new ArrayList<>(evidence.values());
            // A sentence that satisfies and is also weak or contrary is reported once per kind; a satisfying
            // sentence that was also weakened elsewhere stays satisfying.
            items.sort(Evidence.ORDER);
            long strong = items.stream().filter(e -> e.kind() == EvidenceKind.SATISFYING).count();
            long weakCount = items.stream().filter(e -> e.kind() == EvidenceKind.WEAK).count();
            long contraryCount = items.stream().filter(e -> e.kind() == EvidenceKind.CONTRARY).count();
            Status status;
            if (contraryCount > 0) {
                status = strong > 0 ? Status.WEAK : Status.CONTRARY;
            } else if (strong > 0 && missesCoverage(items)) {
                status = Status.WEAK;
                reasons.add("the grant does not reach " + rule.coverage().description()
                        + ", neither itself nor through the definitions of its terms: WEAK");
            } else if (strong > 0) {
                status = Status.MET;
            } else if (weakCount > 0) {
                status = Status.WEAK;
            } else {
                status = Status.MISSING;
            }
            for (Evidence item : items) {
                reasons.add(item.kind().name().toLowerCase(Locale.ROOT) + " evidence from pattern " + item.patternId()
                        + " in " + where(item) + (item.note().isEmpty() ? "" : " (" + item.note() + ")"));
            }
            if (negated > 0) {
                reasons.add(negated + " match" + (negated > 1 ? "es" : "") + " ignored as negated");
            }
            if (conditions > 0) {
                reasons.add(conditions + " match" + (conditions > 1 ? "es" : "")
                        + " ignored inside the condition that opens a sentence (it names a trigger, not a promise)");
            }
            if (outOfScope > 0) {
                reasons.add(outOfScope + " match" + (outOfScope > 1 ? "es" : "") + " ignored in definitions or recitals");
            }
            if (cancelled > 0) {
                reasons.add(cancelled + " match" + (cancelled > 1 ? "es" : "") + " cancelled by an exception in the same sentence");
            }
            if (status == Status.WEAK && contraryCount > 0) {
                reasons.add("satisfying and contrary evidence conflict: WEAK until a reviewer reconciles them");
            }
            items.sort(decisiveFirst(status));
            double confidence = confidence(status, strong, weakCount, contraryCount, parties);
            return new Finding(rule.id(), status, confidence, reasons, items,
                    status == Status.MET ? "" : RecommendedLanguage.forParties(rule.recommendation(), parties));
        }

        /**
         * The evidence that decides the status first, so that the quote a report leads with is the operative sentence
         * and not a neighbour (a permitted disclosure, a reservation of rights): the kind that gives the status, then
         * sentences that oblige or grant before those that permit, represent or mention, then document order.
         */
        private java.util.Comparator<Evidence> decisiveFirst(Status status) {
            EvidenceKind decisive = switch (status) {
                case MET -> EvidenceKind.SATISFYING;
                case CONTRARY -> EvidenceKind.CONTRARY;
                case WEAK, MISSING -> EvidenceKind.WEAK;
            };
            return java.util.Comparator.comparingInt((Evidence e) -> e.kind() == decisive ? 0 : 1)
                    .thenComparingInt(e -> actRank(e))
                    .thenComparing(Evidence.ORDER);
        }

        private int actRank(Evidence evidence) {
            Sentence sentence = structure.sentenceAt(evidence.start());
            if (sentence == null) {
                return 3;
            }
            return switch (acts.act(sentence.index())) {
                case OBLIGATION, GRANT, RESTRICTION -> 0;
                case PERMISSION -> 1;
                case REPRESENTATION, MENTION, DEFINITION -> 2;
            };
        }

        private double confidence(Status status, long strong, long weakCount, long contraryCount, PartyResolution parties) {
            double base = switch (status) {
                case MET -> 0.6 + 0.08 * Math.min(3, strong);
                case CONTRARY -> 0.6 + 0.08 * Math.min(3, contraryCount);
                case WEAK -> 0.5 + 0.05 * Math.min(3, weakCount + strong);
                case MISSING -> 0.7;
            };
            if (underHeadingHint && status != Status.MISSING) {
                base += 0.1;
            }
            double partyFactor = parties.decided() ? 0.75 + 0.25 * parties.confidence() : 0.6;
            if (status == Status.MISSING) {
                partyFactor = 1.0;
            }
            return Math.round(Math.min(0.97, base) * partyFactor * 100) / 100.0;
        }
    }

    static boolean mentionsAny(String heading, List<String> words) {
        if (heading.isEmpty() || words.isEmpty()) {
            return false;
        }
        String lower = heading.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String where(Evidence evidence) {
        StringBuilder where = new StringBuilder();
        if (evidence.sectionNumber() != null) {
            where.append("section ").append(evidence.sectionNumber());
        } else {
            where.append("offset ").append(evidence.start());
        }
        if (evidence.page() > 0) {
            where.append(", page ").append(evidence.page());
        }
        return where.toString();
    }

    static String quote(String sentence) {
        if (sentence.length() <= MAX_QUOTE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_QUOTE);
        return sentence.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + " ...";
    }
}
