package org.clausecheck.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The layout of the job's tables. {@code contracts}: one row per file, with the reason in {@code error} when it could
 * not be audited; {@code findings}: one row per finding (per rule of the playbook and contract), with the first piece
 * of evidence in {@code quote}, {@code page} and {@code section} and all of it in {@code evidence}. Both carry the
 * file's path and SHA-256, which join them and identify a content across runs.
 */
public final class AuditTables {

    public static final String CONTRACTS = "contracts";
    public static final String FINDINGS = "findings";
    public static final String MATRIX = "matrix";

    /** One piece of evidence: SATISFYING, WEAK or CONTRARY; the sentence; 1-based page (0 without pages); section. */
    public static final StructType EVIDENCE = createStructType(List.of(
            createStructField("kind", StringType, false),
            createStructField("quote", StringType, false),
            createStructField("page", IntegerType, false),
            createStructField("section", StringType, false)));

    /** A finding inside an audited file's row, before it is exploded into the findings table. */
    public static final StructType FINDING = createStructType(List.of(
            createStructField("rule", StringType, false),
            createStructField("status", StringType, false),
            createStructField("confidence", DoubleType, false),
            createStructField("evidence", createArrayType(EVIDENCE, false), false)));

    /** The contracts table's columns; key terms are null when the inventory was not read or the file failed. */
    private static final List<StructField> CONTRACT_COLUMNS = List.of(
            createStructField("file", StringType, false),
            createStructField("sha256", StringType, false),
            createStructField("format", StringType, true),
            createStructField("pages", IntegerType, true),
            createStructField("risk", StringType, true),
            createStructField("parties", createArrayType(StringType, false), true),
            createStructField("roles", createArrayType(StringType, false), true),
            createStructField("unread", StringType, true),
            createStructField("agreement_date", StringType, true),
            createStructField("effective_date", StringType, true),
            createStructField("expiration_date", StringType, true),
            createStructField("renewal_term", StringType, true),
            createStructField("notice_period", StringType, true),
            createStructField("governing_law", StringType, true),
            createStructField("categories", createArrayType(StringType, false), true),
            createStructField("error", StringType, true));

    /** What the executors return for a file: the contract's columns and its findings, in playbook order. */
    public static final StructType AUDITED_FILE = createStructType(concat(CONTRACT_COLUMNS,
            createStructField("findings", createArrayType(FINDING, false), false)));

    /** The contracts table's column names, in order. */
    public static final List<String> CONTRACT_COLUMN_NAMES = CONTRACT_COLUMNS.stream().map(StructField::name).toList();

    private AuditTables() {
    }

    private static List<StructField> concat(List<StructField> fields, StructField last) {
        return java.util.stream.Stream.concat(fields.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
