package org.clausecheck.extract.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.clausecheck.extract.word.ListCounters;
import org.clausecheck.extract.word.ListLabel;
import org.clausecheck.extract.word.ListLevel;

/**
 * Reconstructs the list numbers Word prints, which are not in the text runs. Paragraphs are fed in
 * document order. Word's rules: every {@code w:num} that shares an abstract definition shares its
 * counters; a {@code w:num} with a {@code startOverride} restarts those levels when it is first used;
 * numbering may come from the paragraph or from its style (inherited along {@code basedOn}); numId 0
 * switches numbering off.
 */
final class NumberingResolver {

    /** A numbered paragraph: what Word prints and the paragraph's 0-based list level. */
    record Numbered(ListLabel label, int level) {
    }

    /** Numbering styles may point at each other; deeper chains are broken files. */
    private static final int MAX_STYLE_LINKS = 5;

    private final NumberingDefinitions definitions;
    private final StyleSheet styles;
    private final Map<String, ListCounters> countersByList = new HashMap<>();
    private final Set<String> usedInstances = new HashSet<>();

    NumberingResolver(NumberingDefinitions definitions, StyleSheet styles) {
        this.definitions = definitions;
        this.styles = styles;
    }

    /**
     * Counts a paragraph and returns its label, or empty when it is not numbered.
     *
     * @param styleId   the paragraph's effective style
     * @param paragraph the paragraph's own w:numPr, or null
     */
    Optional<Numbered> next(String styleId, StyleSheet.NumberingRef paragraph) {
        StyleSheet.NumberingRef fromStyle = styles.numbering(styleId);
        String numId = paragraph != null && paragraph.numId() != null ? paragraph.numId() : fromStyle.numId();
        if (numId == null || numId.equals("0")) {
            return Optional.empty();
        }
        Optional<NumberingDefinitions.ListInstance> instance = definitions.instance(numId);
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        Optional<NumberingDefinitions.AbstractList> list = resolveAbstract(instance.get().abstractId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        int level = level(paragraph, fromStyle, styleId, list.get());
        IntFunction<ListLevel> levels = levels(instance.get(), list.get());
        ListCounters counters = countersByList.computeIfAbsent(list.get().id(), id -> new ListCounters());
        if (usedInstances.add(numId)) {
            instance.get().startOverrides().keySet().forEach(counters::restart);
        }
        return Optional.of(new Numbered(counters.advance(level, levels), level));
    }

    private static int level(StyleSheet.NumberingRef paragraph, StyleSheet.NumberingRef fromStyle, String styleId,
                             NumberingDefinitions.AbstractList list) {
        if (paragraph != null && paragraph.level() != null) {
            return clamp(paragraph.level());
        }
        if (fromStyle.level() != null) {
            return clamp(fromStyle.level());
        }
        // A style linked to a level by the level's w:pStyle takes that level.
        return clamp(list.styleLevels().getOrDefault(styleId, 0));
    }

    /** Follows w:numStyleLink to the definition that holds the levels. */
    private Optional<NumberingDefinitions.AbstractList> resolveAbstract(String abstractId) {
        Optional<NumberingDefinitions.AbstractList> list = definitions.abstractList(abstractId);
        for (int hop = 0; hop < MAX_STYLE_LINKS && list.isPresent() && list.get().numStyleLink() != null; hop++) {
            String linkedNumId = styles.numbering(list.get().numStyleLink()).numId();
            list = definitions.instance(linkedNumId == null ? "" : linkedNumId)
                    .flatMap(linked -> definitions.abstractList(linked.abstractId()));
        }
        return list;
    }

    private static IntFunction<ListLevel> levels(NumberingDefinitions.ListInstance instance,
                                                NumberingDefinitions.AbstractList list) {
        return index -> {
            ListLevel level = instance.levelOverrides().getOrDefault(index, list.levels()[index]);
            Integer start = instance.startOverrides().get(index);
            return level != null && start != null ? level.withStart(start) : level;
        };
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(ListCounters.LEVELS - 1, level));
    }
}
