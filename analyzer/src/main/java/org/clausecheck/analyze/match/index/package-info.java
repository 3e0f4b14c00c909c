/**
 * Lucene plumbing for matching, deciding nothing: the analysis chain, the in-memory one-document index with its reader
 * and postings, and the compilation of playbook patterns to interval sources, with their term requirements.
 */
package org.clausecheck.analyze.match.index;
