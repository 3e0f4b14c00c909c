package org.clausecheck.extract.doc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.poi.hwpf.model.ListData;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.clausecheck.extract.word.ListCounters;
import org.clausecheck.extract.word.ListLabel;
import org.clausecheck.extract.word.ListLevel;
import org.clausecheck.extract.word.NumberFormats;

/**
 * List numbers of Word 97-2003 paragraphs, rebuilt from the list tables as Word would print them.
 * Paragraphs of one list (lsid) share counters; a list format override (ilfo) with a start-at override
 * restarts those levels when it is first used; a level's restart limit (fNoRestart, ilvlRestartLim)
 * says after which levels it restarts, as {@code w:lvlRestart} does in DOCX.
 */
final class DocListNumbering {

    /** A numbered paragraph: its label and 0-based list level. */
    record Numbered(ListLabel label, int level) {
    }

    private final Map<Integer, ListCounters> countersByList = new HashMap<>();
    private final Set<Integer> usedOverrides = new HashSet<>();

    Optional<Numbered> next(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return Optional.empty();
        }
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (NoSuchElementException | IllegalArgumentException brokenListReference) {
            return Optional.empty();
        }
        if (list == null || list.getListData() == null) {
            return Optional.empty();
        }
        ListData data = list.getListData();
        int level = Math.max(0, Math.min(paragraph.getIlvl(), data.numLevels() - 1));
        ListCounters counters = countersByList.computeIfAbsent(list.getLsid(), id -> new ListCounters());
        if (usedOverrides.add(paragraph.getIlfo())) {
            for (int i = 0; i < data.numLevels(); i++) {
                if (list.isStartAtOverridden((char) i)) {
                    counters.restart(i);
                }
            }
        }
        return Optional.of(new Numbered(counters.advance(level, levels(list, data.numLevels())), level));
    }

    private static IntFunction<ListLevel> levels(HWPFList list, int count) {
        return index -> {
            if (index >= count) {
                return null;
            }
            org.apache.poi.hwpf.model.ListLevel level = list.getListData().getLevel(index + 1);
            char lvl = (char) index;
            // getRestart() is ilvlRestartLim when fNoRestart is set, else -1: the same scale as ListLevel's.
            return new ListLevel(list.getStartAt(lvl), format(list.getNumberFormat(lvl)),
                    template(list.getNumberText(lvl)), level != null && level.isLegalNumbering(),
                    level == null ? ListLevel.RESTART_AFTER_ANY : level.getRestart());
        };
    }

    /** The binary format marks "counter of level n" with the character n; WordprocessingML writes %n+1. */
    static String template(String numberText) {
        if (numberText == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : numberText.toCharArray()) {
            if (c < ListCounters.LEVELS) {
                out.append('%').append((char) ('1' + c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The binary number format codes (nfc) by their WordprocessingML names. */
    static String format(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 5 -> "ordinal";
            case 6 -> "cardinalText";
            case 7 -> "ordinalText";
            case 22 -> "decimalZero";
            case 23 -> NumberFormats.BULLET;
            case 255 -> NumberFormats.NONE;
            default -> NumberFormats.DECIMAL;
        };
    }
}
