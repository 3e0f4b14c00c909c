package org.clausecheck.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.annotate.Annotation;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.annotate.ContractAnnotator;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.Extractor;

/**
 * {@code audit --annotate-to DIR}: an annotated copy of every contract audited, under DIR with the path it has
 * below the folder named on the command line (a file named directly goes to DIR itself). A PDF gives a PDF with
 * highlights, a DOCX a DOCX with comments, any other format a DOCX of its text (its extension replaced; ".docx"
 * appended when that name is taken). Each contract is read and reviewed again, as {@code check --annotate} would:
 * the index keeps findings, not the text the notes stand on. A file that fails is one line and the others go on.
 */
public final class PortfolioAnnotator {

    /** What the annotation pass did: copies written, tracked insertions in them ({@code --suggest}), failures. */
    public record Outcome(int written, int suggested, List<String> failures) {

        public Outcome {
            failures = List.copyOf(failures);
        }
    }

    private final AuditSettings settings;
    private final boolean suggest;

    /** @param suggest also insert the requested language of required MISSING protections into DOCX copies */
    public PortfolioAnnotator(AuditSettings settings, boolean suggest) {
        this.settings = settings;
        this.suggest = suggest;
    }

    /** Annotates the audited contracts (the rows that did not fail) of a scan; {@code inputs} as the audit got them. */
    public Outcome annotate(ScanResult scan, AuditResult audit, List<Path> inputs, Path folder) {
        Set<String> audited = new HashSet<>();
        audit.rows().stream().filter(row -> !row.failed()).forEach(row -> audited.add(row.key()));
        Set<Path> taken = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int written = 0;
        int suggested = 0;
        Extractor extractor = new Extractor();
        ContractAnnotator annotator = new ContractAnnotator(settings.extraction().revisionView(), suggest);
        for (PortfolioFile file : scan.files()) {
            if (!audited.contains(file.key())) {
                continue;
            }
            try {
                ExtractedDocument extracted = extractor.extract(file.path(), settings.extraction());
                CheckReport report = new ContractChecker(settings.analysis()).check(List.of(extracted), List.of());
                if (report.documents().isEmpty()) {
                    failures.add(file.display() + ": cannot annotate: " + report.errors());
                    continue;
                }
                Path target = target(file, inputs, folder, extracted, taken);
                Files.createDirectories(target.getParent());
                AnnotationResult result = annotator.write(report, report.documents().get(0), extracted,
                        file.path(), target);
                for (Annotation missed : result.notFound()) {
                    failures.add(file.display() + ": the quote of " + missed.ruleId() + " was not found; no note");
                }
                written++;
                suggested += result.suggested().size();
            } catch (ExtractionException | IOException | RuntimeException e) {
                failures.add(file.display() + ": cannot annotate: " + e.getMessage());
            }
        }
        return new Outcome(written, suggested, failures);
    }

    private static Path target(PortfolioFile file, List<Path> inputs, Path folder, ExtractedDocument extracted,
                               Set<Path> taken) {
        Path absolute = file.path().toAbsolutePath().normalize();
        Path relative = absolute.getFileName();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (Files.isDirectory(root) && absolute.startsWith(root)) {
                relative = root.relativize(absolute);
                break;
            }
        }
        String name = relative.getFileName().toString();
        Path parent = relative.getParent() == null ? folder : folder.resolve(relative.getParent());
        Path target = parent.resolve(ContractAnnotator.copyName(name, extracted.format())).normalize();
        if (!taken.add(target)) {
            target = parent.resolve(name + ".docx").normalize();
            taken.add(target);
        }
        return target;
    }
}
