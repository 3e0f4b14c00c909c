package org.clausecheck.analyze.finding;

/** The overall risk of a contract for the customer, from its required protections. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
