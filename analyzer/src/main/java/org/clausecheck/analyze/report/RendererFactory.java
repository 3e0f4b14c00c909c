package org.clausecheck.analyze.report;

import java.util.List;
import java.util.stream.Collectors;

/** The report formats, chosen by name. An unknown name is an error that lists the valid ones. */
public final class RendererFactory {

    private static final List<ReportRenderer> RENDERERS = List.of(
            new TextReportRenderer(),
            new JsonReportRenderer(),
            new MarkdownReportRenderer(),
            new CsvReportRenderer(),
            new HtmlReportRenderer(),
            new SarifReportRenderer());

    private RendererFactory() {
    }

    public static ReportRenderer byName(String name) {
        return RENDERERS.stream()
                .filter(renderer -> renderer.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown report format '" + name + "'; valid formats: " + String.join(", ", names())));
    }

    /** Every format's name, in the order shown to users. */
    public static List<String> names() {
        return RENDERERS.stream().map(ReportRenderer::name).collect(Collectors.toList());
    }
}
