package org.clausecheck.analyze.match.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

/**
 * A reader of one document with one indexed field, positions only: what the interval sources read. Everything
 * else a Lucene reader offers is empty.
 */
final class OneDocumentReader extends LeafReader {

    private final String field;
    private final Terms terms;

    /** @param terms the field's terms, or null when it has none */
    OneDocumentReader(String field, Terms terms) {
        this.field = field;
        this.terms = terms;
    }

    @Override
    public Terms terms(String name) {
        return field.equals(name) ? terms : null;
    }

    @Override
    public int numDocs() {
        return 1;
    }

    @Override
    public int maxDoc() {
        return 1;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public FieldInfos getFieldInfos() {
        return FieldInfos.EMPTY;
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    public NumericDocValues getNumericDocValues(String name) {
        return null;
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String name) {
        return null;
    }

    @Override
    public SortedDocValues getSortedDocValues(String name) {
        return null;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String name) {
        return null;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String name) {
        return null;
    }

    @Override
    public NumericDocValues getNormValues(String name) {
        return null;
    }

    @Override
    public FloatVectorValues getFloatVectorValues(String name) {
        return null;
    }

    @Override
    public ByteVectorValues getByteVectorValues(String name) {
        return null;
    }

    @Override
    public void searchNearestVectors(String name, float[] target, KnnCollector collector, Bits acceptDocs) {
    }

    @Override
    public void searchNearestVectors(String name, byte[] target, KnnCollector collector, Bits acceptDocs) {
    }

    @Override
    public PointValues getPointValues(String name) {
        return null;
    }

    @Override
    public void checkIntegrity() {
    }

    @Override
    public Fields getTermVectors(int doc) {
        return null;
    }

    @Override
    public TermVectors termVectors() {
        return TermVectors.EMPTY;
    }

    @Override
    public void document(int doc, StoredFieldVisitor visitor) {
    }

    @Override
    public StoredFields storedFields() {
        return new StoredFields() {
            @Override
            public void document(int doc, StoredFieldVisitor visitor) {
            }
        };
    }

    @Override
    protected void doClose() {
    }
}
