package org.clausecheck.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;

/** Real files for audit tests: the sample contracts and the extractor's broken fixtures. */
public final class Portfolios {

    public static final Path SAMPLES = Path.of("..", "samples");
    public static final Path FIXTURES = Path.of("..", "extractor", "src", "test", "resources", "documents");

    private Portfolios() {
    }

    /** Copies the eight sample contracts (TXT, DOCX, DOC, PDF) into {@code folder}. */
    public static List<Path> copySamples(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path sample : files.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, folder.resolve(sample.getFileName()));
            }
        }
        try (Stream<Path> copied = Files.list(folder)) {
            return copied.sorted().toList();
        }
    }

    public static Path copyFixture(String name, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(FIXTURES.resolve(name), folder.resolve(name));
    }

    public static AuditSettings settings(int jobs, Duration limit) {
        return new AuditSettings(jobs, limit, ExtractionOptions.defaults(), AnalysisOptions.defaults());
    }

    /** The real extractor, counting how many files it was asked to extract. */
    public static ContractSource counting(AtomicInteger extractions) {
        ContractSource real = ContractSource.of(new Extractor(), ExtractionOptions.defaults());
        return (file, bytes) -> {
            extractions.incrementAndGet();
            return real.extract(file, bytes);
        };
    }

    /** Audits {@code folder} into {@code index} with the real extractor counted. */
    public static AuditResult audit(Path folder, Path index, AtomicInteger extractions) {
        return audit(folder, index, extractions, settings(2, Duration.ofSeconds(60)));
    }

    public static AuditResult audit(Path folder, Path index, AtomicInteger extractions, AuditSettings settings) {
        try (PortfolioIndex portfolio = PortfolioIndex.open(index)) {
            ScanResult scan = new PortfolioScanner().scan(List.of(folder));
            return new AuditRunner(settings, counting(extractions))
                    .run(scan, portfolio, ProgressListener.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
