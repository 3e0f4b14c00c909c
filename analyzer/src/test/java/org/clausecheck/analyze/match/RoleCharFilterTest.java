package org.clausecheck.analyze.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clausecheck.analyze.parties.Role;
import org.clausecheck.analyze.parties.RoleMention;
import org.junit.jupiter.api.Test;

class RoleCharFilterTest {

    @Test
    void rewritesMentionsAndMapsOffsetsBack() {
        String text = "Acme Corp. shall pay Beta's invoices.";
        RoleCharFilter filter = new RoleCharFilter(text,
                List.of(new RoleMention(0, 10, Role.CUSTOMER), new RoleMention(21, 27, Role.VENDOR)));
        String rewritten = filter.rewritten();
        assertEquals(" xcustomerx  shall pay  xvendorx  invoices.", rewritten);
        int customer = rewritten.indexOf("xcustomerx");
        assertEquals(0, filter.correctOffset(customer));
        assertEquals(10, filter.correctOffset(customer + "xcustomerx".length()));
        int vendor = rewritten.indexOf("xvendorx");
        assertEquals(21, filter.correctOffset(vendor));
        assertEquals(27, filter.correctOffset(vendor + "xvendorx".length()));
        int invoices = rewritten.indexOf("invoices");
        assertEquals(text.indexOf("invoices"), filter.correctOffset(invoices));
    }
}
