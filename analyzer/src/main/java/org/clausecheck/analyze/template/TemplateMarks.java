package org.clausecheck.analyze.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausecheck.analyze.parties.RoleMention;

/**
 * The marks of a template found in one document, in order, and the texts the analysis reads: the agreed text
 * (without notes, blanks standing alone, empty headings and options, only the chosen ones' text kept) and, where
 * elections are open, the same text with the open options' wording put back.
 *
 * @param marks every mark, in document order
 */
public record TemplateMarks(List<TemplateMark> marks) {

    public static final TemplateMarks NONE = new TemplateMarks(List.of());

    public TemplateMarks {
        marks = marks.stream().sorted(TemplateMark.ORDER).toList();
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    public boolean hasOpenOptions() {
        return marks.stream().anyMatch(mark -> mark.kind() == MarkKind.OPEN_OPTION);
    }

    /** How many marks of each kind, for a summary. */
    public Map<MarkKind, Integer> counts() {
        Map<MarkKind, Integer> counts = new EnumMap<>(MarkKind.class);
        for (TemplateMark mark : marks) {
            counts.merge(mark.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of open elections: groups of options of which none is ticked. */
    public int openElections() {
        return (int) marks.stream().filter(mark -> mark.kind() == MarkKind.OPEN_OPTION).mapToInt(TemplateMark::group)
                .distinct().count();
    }

    /** The open options that overlap a stretch of text, in order. */
    public List<TemplateMark> openOptionsIn(int start, int end) {
        return marks.stream().filter(mark -> mark.kind() == MarkKind.OPEN_OPTION && mark.overlaps(start, end)).toList();
    }

    /**
     * The text as the analysis reads it: what no reading agrees to, blanked out (offsets stay); the boxes of options
     * too; and the wording of open options unless {@code withOpenOptions}.
     */
    public String readableText(String text, boolean withOpenOptions) {
        if (marks.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int[] range : blanked(withOpenOptions)) {
            for (int i = range[0]; i < range[1]; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** The party mentions that stand in text the analysis still reads. */
    public List<RoleMention> readableMentions(List<RoleMention> mentions, boolean withOpenOptions) {
        if (marks.isEmpty()) {
            return mentions;
        }
        List<int[]> blanked = blanked(withOpenOptions);
        List<RoleMention> kept = new ArrayList<>(mentions.size());
        for (RoleMention mention : mentions) {
            if (blanked.stream().noneMatch(range -> range[0] < mention.end() && mention.start() < range[1])) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private List<int[]> blanked(boolean withOpenOptions) {
        List<int[]> ranges = new ArrayList<>();
        for (TemplateMark mark : marks) {
            if (mark.kind().isNoTerm() || mark.kind() == MarkKind.OPEN_OPTION && !withOpenOptions) {
                ranges.add(new int[] {mark.start(), mark.end()});
            } else if (mark.kind() == MarkKind.OPEN_OPTION || mark.kind() == MarkKind.CHOSEN_OPTION) {
                ranges.add(new int[] {mark.start(), mark.markerEnd()});
            }
        }
        return ranges;
    }
}
