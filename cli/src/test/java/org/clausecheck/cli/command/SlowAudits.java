package org.clausecheck.cli.command;

import java.nio.file.Path;
import java.time.Duration;
import org.clausecheck.portfolio.ContractSource;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import picocli.CommandLine;

/** Makes audit commands whose every extraction first waits: a file then takes as long as a test needs. */
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
        return command;
    }
}
