package org.clausecheck.analyze.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a check report in one output format. Implementations are stateless. */
public interface ReportRenderer {

    /** The name users pass to {@code --format}. */
    String name();

    /** The usual file extension of this format, without the dot. */
    String fileExtension();

    /** Writes the whole report; the caller owns and closes the writer. */
    void render(CheckReport report, RenderOptions options, Writer out) throws IOException;
}
