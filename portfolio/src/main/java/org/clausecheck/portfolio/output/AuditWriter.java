package org.clausecheck.portfolio.output;

import java.io.IOException;
import java.io.Writer;

/** Writes an audit in one text format. The caller owns and closes the writer. */
interface AuditWriter {

    void write(AuditOutput audit, Writer out) throws IOException;
}
