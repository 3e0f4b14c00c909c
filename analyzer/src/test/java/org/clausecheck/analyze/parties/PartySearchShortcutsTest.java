package org.clausecheck.analyze.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shortcuts taken when reading parties give the answers of the plain searches they replace. */
class PartySearchShortcutsTest {

    private static final String[] WORDS = {"by", "and", "between", "among", "with", "By", "AND", "Between", "WITH",
        "abandon", "band", "sandwich", ":", ";", ")", "),", "payable", "Paid", "invoiced", "invoice", "pay",
        "prepaid", "compensate", "Reimburse", "to", "the", "The", "for", "services", "Deliverables", "work",
        "product", "Support", "software", "it", "is", "hereby", "agreed", "Now,", "therefore", "agree", "as",
        "follows", "parties", "that", "IT IS AGREED", "x", "Acme", "Inc.", "Beta Labs", "LLC", "Co", "Company",
        "AGREEMENT", "S.A.", "Holdings", "of", "Trust", "Bank", "GmbH", "Ltd", "shall", "will", "agrees", "must",
        "undertakes", "perform", "provide", "pay", "remit", "not", "promptly", "Client", "performed", "provided", "Rendered",
        "delivered", "supplied", "by"};
    private static final String[] SEPARATORS = {" ", " ", " ", "  ", "\n", ", ", "(", "\t"};

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return text.toString();
    }

    @Test
    void successiveMatchesAreThoseOfFind() {
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            assertEquals(plainMatches(PreambleReader.NAME_START.matcher(text), text.length()),
                    scannedMatches(PreambleReader.NAME_START.matcher(text).useTransparentBounds(true), text,
                            text.length(), PreambleReader.NAME_START_SEARCH), text);
            int limit = random.nextInt(text.length() + 1);
            assertEquals(plainMatches(PreambleReader.OPERATIVE_START.matcher(text).region(0, limit), limit),
                    scannedMatches(PreambleReader.OPERATIVE_START.matcher(text), text, limit,
                            PreambleReader.OPERATIVE_START_SEARCH), text);
        }
    }

    @Test
    void windowsEndingAtAMentionMatchAsFindOnTheRegion() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            int end = random.nextInt(text.length() + 1);
            int start = Math.max(0, end - random.nextInt(90));
            check(BehaviourEvidence.PAID_BY_BEFORE, BehaviourEvidence.PAID_BY_SEARCH, text, start, end);
            check(BehaviourEvidence.PAID_TO_BEFORE, BehaviourEvidence.PAID_TO_SEARCH, text, start, end);
            check(BehaviourEvidence.RECEIVES_BEFORE, BehaviourEvidence.RECEIVES_SEARCH, text, start, end);
            check(BehaviourEvidence.PERFORMED_BY_BEFORE, BehaviourEvidence.PERFORMED_BY_SEARCH, text, start, end);
        }
    }

    private static void check(Pattern pattern, LiteralStartSearch starts, String text, int start, int end) {
        assertEquals(pattern.matcher(text).region(start, end).find(),
                starts.find(pattern.matcher(text), text, start, end), text + " " + start + "-" + end);
    }

    private static List<String> plainMatches(Matcher matcher, int end) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    private static List<String> scannedMatches(Matcher matcher, String text, int end, LiteralStartSearch starts) {
        List<String> found = new ArrayList<>();
        for (int from = 0; starts.find(matcher, text, from, end); from = matcher.end()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    @Test
    void anchoredMatchesAreThoseOfFind() {
        String[] words = {"\"Supplier\"", "\u201CClient\u201D", "means", "shall", "mean", "refers", "to", "Beta", "LLC",
            "hereinafter", "herein", "referred", "as", "the", "called", "between", "Between", "BETWEEN", "and", "AND",
            "Acme", "Bank", "you", "You", "your", "we", "We", "us", "business", "(", "(\"you\")", "(the \"we\")", ",",
            "Customer", "Provider", "a", "our", "customer", "were", "answer", "Quill", ".", ";"};
        String[] separators = {" ", " ", "  ", "\n", ", ", ""};
        Random random = new Random(11);
        int matches = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i >= 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(separators[random.nextInt(separators.length)]);
            }
            matches += sameAsFind(PartyBinder.DEFINITION, text.toString(), "\"", "\u201C");
            matches += sameAsFind(PartyBinder.HEREINAFTER, text.toString(), "herein");
            matches += sameAsFind(PartyBinder.BETWEEN, text.toString(), "between", "BETWEEN", "Between");
            matches += sameAsFind(PronounBinder.PRONOUN_DEFINED, text.toString(), "(");
            matches += sameAsFind(PronounBinder.YOU_ARE, text.toString(), "you", "You");
            matches += sameAsFind(PronounBinder.WE_ARE, text.toString(), "we", "We", "us");
        }
        assertEquals(true, matches > 1000, "too few matches: " + matches);
    }

    private static int sameAsFind(Pattern pattern, String text, String... literals) {
        List<String> anchored = AnchoredMatches.of(text, pattern, literals).stream()
                .map(m -> m.start() + "-" + m.end()).toList();
        assertEquals(plainMatches(pattern.matcher(text), text.length()), anchored, pattern + " in " + text);
        return anchored.size();
    }

    @Test
    void everyEntityNameEndsWithTheSuffixLookedForFirst() {
        Random random = new Random(7);
        int names = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            if (PreambleReader.ENTITY_NAME.matcher(text).find()) {
                names++;
                assertEquals(true, PreambleReader.ENTITY_SUFFIX.matcher(text).find(), text);
            }
        }
        assertEquals(true, names > 1000, "too few entity names: " + names);
    }

    @Test
    void behaviourAfterAMentionNeedsAModalAmongItsFirstWords() {
        String[] words = {"shall", "will", "agrees", "agree", "to", "must", "is", "undertakes", "perform", "provide",
            "performs", "pay", "remit", "not", "promptly", "x", "Client", ",", "the", "shall,", "is_to"};
        String[] separators = {" ", " ", "  ", "\n", ", ", ""};
        Random random = new Random(9);
        int behaviours = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sentence = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                sentence.append(separators[random.nextInt(separators.length)]).append(words[random.nextInt(words.length)]);
            }
            String text = sentence.toString();
            int from = random.nextInt(Math.min(3, text.length()));
            int to = Math.min(text.length(), from + 30 + random.nextInt(60));
            boolean performs = BehaviourEvidence.PERFORMS_AFTER.matcher(text).region(from, to).lookingAt();
            boolean pays = BehaviourEvidence.PAYS_AFTER.matcher(text).region(from, to).lookingAt();
            if (performs || pays) {
                behaviours++;
                assertEquals(true, BehaviourEvidence.modalInFirstWords(text, from, to), text.substring(from, to));
            }
        }
        assertEquals(true, behaviours > 500, "too few behaviours: " + behaviours);
    }
}
