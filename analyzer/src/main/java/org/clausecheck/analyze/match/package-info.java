/**
 * The judgement of a rule against one document: what its pattern matches mean (negation, exceptions, scope, sentence acts)
 * and the outcome and trace of each rule. The Lucene plumbing it reads matches through lives in {@code match.index}.
 */
package org.clausecheck.analyze.match;
