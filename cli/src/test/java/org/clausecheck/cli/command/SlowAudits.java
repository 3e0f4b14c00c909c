package org.clausecheck.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clausecheck.portfolio.ContractSource;
import org.clausecheck.extract.DocumentFormat;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionException;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.FormatExtractor;
import org.clausecheck.extract.SourceFile;
import picocli.CommandLine;

/**
 * Makes audit and check commands whose every extraction first waits: a file then takes as long as a test needs
 * (their --timeout).
 */
public final class SlowAudits implements CommandLine.IFactory {

    private final Duration wait;

    public SlowAudits(Duration wait) {
        this.wait = wait;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        K command = CommandLine.defaultFactory().create(type);
        if (command instanceof AuditCommand audit) {
            Extractor extractor = new Extractor();
            audit.source = (file, bytes) -> {
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // given up on by the audit: its row is already written
                }
                return extractor.extract(Path.of(file.display()), bytes, ExtractionOptions.defaults());
            };
        }
        if (command instanceof CheckCommand check) {
            Extractor extractor = new Extractor();
            check.extractor = new Extractor(List.of(new FormatExtractor() {
                @Override
                public boolean supports(DocumentFormat format) {
                    return true;
                }

                @Override
                public ExtractedDocument extract(SourceFile source, ExtractionOptions options)
                        throws ExtractionException {
                    try {
                        Thread.sleep(wait.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // given up on by check: its error is already written
                    }
                    return extractor.extract(source.path(), source.bytes(), options);
                }
            }));
        }
        return command;
    }
}
