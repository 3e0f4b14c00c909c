package org.clausecheck.extract.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.clausecheck.extract.word.ListCounters;
import org.clausecheck.extract.word.ListLevel;
import org.w3c.dom.Element;

/**
 * The lists of numbering.xml: abstract definitions ({@code w:abstractNum}) with their levels, and the
 * list instances ({@code w:num}) paragraphs point at, with their level overrides.
 */
final class NumberingDefinitions {

    /**
     * A {@code w:abstractNum}.
     *
     * @param levels        levels by index; null where undefined
     * @param styleLevels   paragraph style id to the level linked to it by {@code w:pStyle}
     * @param numStyleLink  the numbering style this definition takes its levels from, or null
     */
    record AbstractList(String id, ListLevel[] levels, Map<String, Integer> styleLevels, String numStyleLink) {
    }

    /**
     * A {@code w:num}.
     *
     * @param startOverrides level to the value it restarts at when this instance is first used
     * @param levelOverrides level to a whole replacement definition
     */
    record ListInstance(String numId, String abstractId, Map<Integer, Integer> startOverrides,
                        Map<Integer, ListLevel> levelOverrides) {
    }

    private final Map<String, AbstractList> abstracts;
    private final Map<String, ListInstance> instances;

    private NumberingDefinitions(Map<String, AbstractList> abstracts, Map<String, ListInstance> instances) {
        this.abstracts = abstracts;
        this.instances = instances;
    }

    static NumberingDefinitions read(XWPFNumbering numbering) {
        Map<String, AbstractList> abstracts = new HashMap<>();
        Map<String, ListInstance> instances = new HashMap<>();
        if (numbering != null) {
            for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
                Element element = WordXml.element(abstractNum.getCTAbstractNum());
                String id = element == null ? null : WordXml.attr(element, "abstractNumId");
                if (id != null) {
                    abstracts.put(id, abstractList(id, element));
                }
            }
            for (XWPFNum num : numbering.getNums()) {
                Element element = WordXml.element(num.getCTNum());
                String id = element == null ? null : WordXml.attr(element, "numId");
                if (id != null) {
                    instances.put(id, instance(id, element));
                }
            }
        }
        return new NumberingDefinitions(abstracts, instances);
    }

    Optional<ListInstance> instance(String numId) {
        return Optional.ofNullable(instances.get(numId));
    }

    Optional<AbstractList> abstractList(String abstractId) {
        return Optional.ofNullable(abstracts.get(abstractId));
    }

    private static AbstractList abstractList(String id, Element element) {
        ListLevel[] levels = new ListLevel[ListCounters.LEVELS];
        Map<String, Integer> styleLevels = new HashMap<>();
        for (Element lvl : WordXml.children(element, "lvl")) {
            Optional<Integer> index = WordXml.parseInt(WordXml.attr(lvl, "ilvl"));
            if (index.isPresent() && index.get() >= 0 && index.get() < ListCounters.LEVELS) {
                levels[index.get()] = level(lvl);
                WordXml.childVal(lvl, "pStyle").ifPresent(style -> styleLevels.putIfAbsent(style, index.get()));
            }
        }
        return new AbstractList(id, levels, styleLevels, WordXml.childVal(element, "numStyleLink").orElse(null));
    }

    private static ListInstance instance(String id, Element element) {
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, ListLevel> replacements = new HashMap<>();
        for (Element override : WordXml.children(element, "lvlOverride")) {
            Optional<Integer> index = WordXml.parseInt(WordXml.attr(override, "ilvl"));
            if (index.isEmpty() || index.get() < 0 || index.get() >= ListCounters.LEVELS) {
                continue;
            }
            WordXml.childInt(override, "startOverride").ifPresent(start -> starts.put(index.get(), start));
            WordXml.child(override, "lvl").ifPresent(lvl -> replacements.put(index.get(), level(lvl)));
        }
        return new ListInstance(id, WordXml.childVal(element, "abstractNumId").orElse(null), starts, replacements);
    }

    private static ListLevel level(Element lvl) {
        // Word's default start is 0 when w:start is absent.
        int start = WordXml.childInt(lvl, "start").orElse(0);
        String format = WordXml.childVal(lvl, "numFmt").orElse(null);
        String text = WordXml.child(lvl, "lvlText").map(WordXml::val).orElse("");
        int restart = WordXml.childInt(lvl, "lvlRestart").orElse(ListLevel.RESTART_AFTER_ANY);
        return new ListLevel(start, format, text, WordXml.isOn(lvl, "isLgl"), restart);
    }
}
