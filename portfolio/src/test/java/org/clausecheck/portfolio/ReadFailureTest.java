package org.clausecheck.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * An unreadable file's row says why. Tests run as root here and in CI, where a file without read
 * permission is still read, so the reasons are checked on the exceptions the JDK throws.
 */
class ReadFailureTest {

    @Test
    void permissionAndDisappearanceAreNamedNotJustThePath() {
        assertEquals("cannot be read: permission denied",
                AuditRunner.readFailure(new AccessDeniedException("/p/locked.pdf")));
        assertEquals("cannot be read: the file disappeared during the audit",
                AuditRunner.readFailure(new NoSuchFileException("/p/gone.pdf")));
        assertEquals("cannot be read: Input/output error", AuditRunner.readFailure(new IOException("Input/output error")));
    }
}
