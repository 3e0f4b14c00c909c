package org.clausecheck.analyze.playbook;

/** How much a missing protection matters to the customer. */
public enum Severity {
    REQUIRED,
    RECOMMENDED
}
