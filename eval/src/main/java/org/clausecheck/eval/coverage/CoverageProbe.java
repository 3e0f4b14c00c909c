package org.clausecheck.eval.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausecheck.analyze.finding.Finding;
import org.clausecheck.analyze.playbook.Playbook;
import org.clausecheck.eval.CorpusExtraction;
import org.clausecheck.eval.CorpusSource;
import org.clausecheck.eval.CorpusSplit;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * Which patterns, groups and vocabulary entries of a playbook the verdicts on a corpus rest on, by ablation: for
 * every unit, the contracts in which it FIRES (without it the evidence changes: a match that was evidence
 * disappears, or for an exception a match it cancelled comes back) and those it DECIDES (without it a rule's status
 * changes). A unit that fires in one contract only, or only in a few contracts of one kind, is a memory of those
 * contracts rather than a rule; one that never fires is untested by the corpus.
 *
 * <p>Contracts are read one at a time (extraction, structure, parties, one index), judged with the whole playbook
 * and then only for the units that can change something there.
 */
public final class CoverageProbe {

    /** A contract to probe and how to read it. */
    public interface Reader {
        ExtractedDocument read(ProbeContract contract) throws ExtractionException, IOException;
    }

    private final Playbook playbook;
    private final Ablations ablations;

    public CoverageProbe(Playbook playbook) {
        this.playbook = playbook;
        this.ablations = new Ablations(playbook);
    }

    /** Every unit the probe leaves out, in playbook order. */
    public List<ProbeUnit> units() {
        return ablations.units();
    }

    /**
     * Probes a corpus folder: the contracts a labels file names (all of the folder's ID.pdf and ID.txt without
     * one), in one half of the fixed split or both.
     */
    public CoverageResult run(Path corpus, Path labelsCsv, CorpusSplit split, CorpusSource source) throws IOException {
        CorpusContracts.Listing listing = CorpusContracts.list(corpus, labelsCsv);
        List<ProbeContract> contracts = listing.contracts().stream().filter(c -> split.contains(c.id())).toList();
        Extractor extractor = new Extractor();
        return run(contracts, contract -> {
            Optional<Path> file = source.locate(corpus, contract.id());
            if (file.isEmpty()) {
                throw new IOException("no " + contract.id() + ".pdf or " + contract.id() + ".txt in " + corpus);
            }
            return extractor.extract(file.get(), CorpusExtraction.OPTIONS);
        }, split, source, listing.typeSource() == null ? "" : listing.typeSource().toString());
    }

    /** Probes the given contracts, read by {@code reader}; a contract that cannot be read is an error line. */
    public CoverageResult run(List<ProbeContract> contracts, Reader reader, CorpusSplit split, CorpusSource source,
                              String typeSource) {
        Map<ProbeUnit, List<ProbeContract>> fires = new LinkedHashMap<>();
        Map<ProbeUnit, Map<ProbeContract, List<UnitCoverage.Change>>> decides = new LinkedHashMap<>();
        for (ProbeUnit unit : ablations.units()) {
            fires.put(unit, new ArrayList<>());
            decides.put(unit, new TreeMap<>(java.util.Comparator.comparing(ProbeContract::id)));
        }
        List<ProbeContract> read = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ProbeContract contract : contracts.stream().sorted(java.util.Comparator.comparing(ProbeContract::id)).toList()) {
            ExtractedDocument document;
            try {
                document = reader.read(contract);
            } catch (ExtractionException | IOException | RuntimeException e) {
                errors.add(contract.id() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                continue;
            }
            read.add(contract);
            for (Ablations.Outcome outcome : ablations.judge(PreparedDocument.of(document))) {
                if (outcome.fires()) {
                    fires.get(outcome.unit()).add(contract);
                }
                if (!outcome.changes().isEmpty()) {
                    decides.get(outcome.unit()).put(contract, outcome.changes().stream()
                            .map(c -> new UnitCoverage.Change(c.ruleId(), c.from(), c.to(),
                                    contract.labels().get(c.ruleId())))
                            .toList());
                }
            }
        }
        List<UnitCoverage> units = new ArrayList<>();
        for (ProbeUnit unit : ablations.units()) {
            List<ProbeContract> firing = fires.get(unit);
            units.add(new UnitCoverage(unit, firing, decides.get(unit), UnitCoverage.flag(firing)));
        }
        return new CoverageResult(playbook.name(), playbook.version(), read, units, errors, source, split, typeSource);
    }

    /** The whole playbook's findings on a document, as the probe judges it (for tests against the analyzer). */
    Map<String, Finding> findings(ExtractedDocument document) {
        return ablations.findings(PreparedDocument.of(document));
    }
}
