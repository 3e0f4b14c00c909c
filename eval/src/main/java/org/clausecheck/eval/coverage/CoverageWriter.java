package org.clausecheck.eval.coverage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.analyze.report.FormulaGuard;
import org.clausecheck.eval.CorpusSplit;

/** Writes a {@link CoverageResult} as text for people, CSV for spreadsheets or JSON for scripts; same input, same bytes. */
public final class CoverageWriter {

    /** The output formats. */
    public enum Format {
        TEXT, CSV, JSON;

        /** A format by name, in any case. */
        public static Format parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The JSON schema's version: changes when a field is removed or changes meaning. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private CoverageWriter() {
    }

    public static void write(CoverageResult result, Format format, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(result, new PrintWriter(out));
            case CSV -> csv(result, new PrintWriter(out));
            case JSON -> json(result, out);
            default -> throw new IllegalArgumentException(format.toString());
        }
        out.flush();
    }

    private static void text(CoverageResult result, PrintWriter out) {
        long write = result.contracts().stream().filter(c -> c.half() == CorpusSplit.WRITE).count();
        out.printf(Locale.ROOT, "clausecheck playbook coverage: %s %s over %d contracts (%d in the write half, %d in the"
                        + " check half), split %s, reading %s%n", result.playbookName(), result.playbookVersion(),
                result.contracts().size(), write, result.contracts().size() - write, result.split().label(),
                result.source().name());
        out.printf(Locale.ROOT, "kinds of agreement: %s%n", result.typeSource().isEmpty()
                ? "unknown (no agreement_type column in the labels file or the corpus's labels.csv)"
                : "agreement_type of " + result.typeSource());
        for (String error : result.errors()) {
            out.println("error: " + error);
        }
        out.println("A unit FIRES in a contract when without it the evidence there changes (a match that was evidence"
                + " goes, or one its exception cancelled comes back); it DECIDES when without it a rule's status changes."
                + " Copies and parts of one agreement count as one contract for the flags.");
        Map<ProbeUnit.Kind, Integer> kinds = new LinkedHashMap<>();
        result.units().forEach(u -> kinds.merge(u.unit().kind(), 1, Integer::sum));
        out.printf(Locale.ROOT, "units: %d patterns, %d groups, %d vocabulary entries; %d fire in one contract, %d only"
                        + " in contracts of one kind (at most %d), %d never fire%n%n", kinds.getOrDefault(ProbeUnit.Kind.PATTERN, 0),
                kinds.getOrDefault(ProbeUnit.Kind.GROUP, 0), kinds.getOrDefault(ProbeUnit.Kind.ENTRY, 0),
                result.flagged(UnitCoverage.Flag.ONE_CONTRACT).size(), result.flagged(UnitCoverage.Flag.ONE_KIND).size(),
                UnitCoverage.FEW, result.flagged(UnitCoverage.Flag.NEVER_FIRES).size());
        out.println("== patterns and groups");
        out.printf(Locale.ROOT, "  %5s %7s  %s%n", "fires", "decides", "unit");
        for (UnitCoverage unit : result.units()) {
            if (unit.unit().kind() != ProbeUnit.Kind.ENTRY) {
                out.printf(Locale.ROOT, "  %5d %7d  %s%s%n", unit.fires().size(), unit.decides().size(), unit.unit().key(),
                        unit.flag() == UnitCoverage.Flag.NONE ? "" : "  [" + unit.flag().description() + "]");
            }
        }
        for (UnitCoverage.Flag flag : List.of(UnitCoverage.Flag.ONE_CONTRACT, UnitCoverage.Flag.ONE_KIND)) {
            List<UnitCoverage> flagged = result.flagged(flag);
            out.printf(Locale.ROOT, "%n== %s (%d)%n", flag.description(), flagged.size());
            for (UnitCoverage unit : flagged) {
                out.printf(Locale.ROOT, "  %s%s%n", unit.unit().key(), flag == UnitCoverage.Flag.ONE_KIND
                        ? " (" + unit.fires().get(0).type() + ")" : "");
                out.printf(Locale.ROOT, "      fires in %s%n", String.join(", ", unit.fires().stream()
                        .map(CoverageWriter::contract).toList()));
                unit.decides().forEach((contract, changes) -> out.printf(Locale.ROOT, "      decides %s: %s%n",
                        contract(contract), String.join("; ", changes.stream().map(Object::toString).toList())));
            }
        }
        List<UnitCoverage> never = result.flagged(UnitCoverage.Flag.NEVER_FIRES);
        out.printf(Locale.ROOT, "%n== %s (%d)%n", UnitCoverage.Flag.NEVER_FIRES.description(), never.size());
        Map<String, List<String>> entriesByList = new LinkedHashMap<>();
        for (UnitCoverage unit : never) {
            ProbeUnit u = unit.unit();
            if (u.kind() == ProbeUnit.Kind.ENTRY) {
                String list = u.owner() + (u.part().equals("unless") ? "/unless" : "") + " any#" + u.anyList();
                entriesByList.computeIfAbsent(list, k -> new ArrayList<>()).add(u.entry());
            } else {
                out.printf(Locale.ROOT, "  %s%n", u.key());
            }
        }
        entriesByList.forEach((list, entries) -> out.printf(Locale.ROOT, "  %s: %s%n", list, String.join(" | ", entries)));
        out.flush();
    }

    /** The kinds of agreement of the contracts a unit fires in, sorted, without the unknown. */
    private static List<String> kinds(UnitCoverage unit) {
        return unit.fires().stream().map(ProbeContract::type).filter(type -> !type.isEmpty()).distinct().sorted().toList();
    }

    private static String contract(ProbeContract contract) {
        return contract.id() + " [" + contract.half().label() + "]";
    }

    private static void csv(CoverageResult result, PrintWriter out) {
        out.print(String.join(",", "unit", "kind", "rule", "list", "name", "part", "any_list", "entry", "role", "fires",
                "decides", "flag", "keeps_right", "keeps_wrong", "kinds", "fires_in", "decides_in") + "\r\n");
        for (UnitCoverage unit : result.units()) {
            ProbeUnit u = unit.unit();
            List<String> decides = new ArrayList<>();
            unit.decides().forEach((contract, changes) -> decides.add(contract(contract) + ": "
                    + String.join("; ", changes.stream().map(Object::toString).toList())));
            out.print(String.join(",", cell(u.key()), u.kind().label(), cell(u.rule()), cell(u.list()), cell(u.name()),
                    cell(u.part()), u.kind() == ProbeUnit.Kind.ENTRY ? String.valueOf(u.anyList()) : "", cell(u.entry()),
                    cell(u.role()), String.valueOf(unit.fires().size()), String.valueOf(unit.decides().size()),
                    unit.flag() == UnitCoverage.Flag.NONE ? "" : unit.flag().label(), String.valueOf(unit.keepsRight()),
                    String.valueOf(unit.keepsWrong()), cell(String.join(" | ", kinds(unit))),
                    cell(FormulaGuard.neutralise(String.join(" | ", unit.fires().stream()
                            .map(CoverageWriter::contract).toList()))),
                    cell(FormulaGuard.neutralise(String.join(" | ", decides)))) + "\r\n");
        }
        out.flush();
    }

    /**
     * RFC 4180 quoting. Playbook text (a group starts with '@') is the user's own and kept as written; contract
     * ids, file names from the corpus, are made inert where a spreadsheet would run them as a formula.
     */
    private static String cell(String safe) {
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void json(CoverageResult result, Writer writer) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(writer)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeObjectFieldStart("playbook");
            json.writeStringField("name", result.playbookName());
            json.writeStringField("version", result.playbookVersion());
            json.writeEndObject();
            json.writeObjectFieldStart("corpus");
            json.writeNumberField("contracts", result.contracts().size());
            json.writeStringField("split", result.split().label());
            json.writeStringField("source", result.source().name().toLowerCase(Locale.ROOT));
            json.writeStringField("kindsFrom", result.typeSource());
            json.writeArrayFieldStart("errors");
            for (String error : result.errors()) {
                json.writeString(error);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("units");
            for (UnitCoverage unit : result.units()) {
                ProbeUnit u = unit.unit();
                json.writeStartObject();
                json.writeStringField("unit", u.key());
                json.writeStringField("kind", u.kind().label());
                json.writeStringField("rule", u.rule());
                json.writeStringField("list", u.list());
                json.writeStringField("name", u.name());
                if (u.kind() == ProbeUnit.Kind.ENTRY) {
                    json.writeStringField("part", u.part());
                    json.writeNumberField("anyList", u.anyList());
                    json.writeStringField("entry", u.entry());
                    json.writeStringField("role", u.role());
                }
                json.writeNumberField("fires", unit.fires().size());
                json.writeNumberField("decides", unit.decides().size());
                json.writeStringField("flag", unit.flag() == UnitCoverage.Flag.NONE ? "" : unit.flag().label());
                json.writeNumberField("keepsRight", unit.keepsRight());
                json.writeNumberField("keepsWrong", unit.keepsWrong());
                json.writeArrayFieldStart("firesIn");
                for (ProbeContract contract : unit.fires()) {
                    json.writeStartObject();
                    json.writeStringField("id", contract.id());
                    json.writeStringField("half", contract.half().label());
                    json.writeStringField("type", contract.type());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("decidesIn");
                for (Map.Entry<ProbeContract, List<UnitCoverage.Change>> decided : unit.decides().entrySet()) {
                    for (UnitCoverage.Change change : decided.getValue()) {
                        json.writeStartObject();
                        json.writeStringField("id", decided.getKey().id());
                        json.writeStringField("half", decided.getKey().half().label());
                        json.writeStringField("rule", change.ruleId());
                        json.writeStringField("with", change.with().name());
                        json.writeStringField("without", change.without().name());
                        json.writeStringField("label", change.label() == null ? "" : change.label().name());
                        json.writeEndObject();
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
