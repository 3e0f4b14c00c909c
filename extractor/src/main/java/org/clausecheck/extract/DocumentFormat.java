package org.clausecheck.extract;

/** File formats clausecheck reads, detected from content rather than file name. */
public enum DocumentFormat {
    PDF("application/pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
    DOC("application/msword", false),
    TXT("text/plain", false),
    MARKDOWN("text/markdown", false);

    private final String mediaType;
    private final boolean paged;

    DocumentFormat(String mediaType, boolean paged) {
        this.mediaType = mediaType;
        this.paged = paged;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True when blocks of this format carry page numbers. */
    public boolean paged() {
        return paged;
    }
}
