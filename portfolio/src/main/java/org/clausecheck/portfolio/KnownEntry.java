package org.clausecheck.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.clausecheck.analyze.finding.RiskLevel;
import org.clausecheck.analyze.finding.Status;

/**
 * What the index already holds for one file: enough to decide whether to analyse it again and, when
 * not, to make its matrix row without reading anything else. It is kept as a doc value of the file's
 * head entry ({@link #encode}), so that a re-audit reads it without decompressing stored text.
 *
 * @param sha256      content hash when it was indexed
 * @param analysisKey playbook and options it was analysed with
 * @param format      format name, "" for an error entry
 * @param pages       page count
 * @param risk        risk, null for an error entry
 * @param statuses    statuses in playbook order, empty for an error entry
 * @param error       the stored failure reason, or null
 * @param stamp       size and modification time of the file when it was read, or null when not settled
 * @param unread      which part could not be read ("pages 4-11 could not be read"), "" for a file read whole, or
 *                    null for an entry written before this was recorded (such a file is read again)
 * @param inventory   the inventory's columns, or null when the inventory was not read
 */
record KnownEntry(String sha256, String analysisKey, String format, int pages, RiskLevel risk,
                  List<Status> statuses, String error, FileStamp stamp, String unread, InventoryColumns inventory) {

    /** An entry of a file read whole, without an inventory. */
    KnownEntry(String sha256, String analysisKey, String format, int pages, RiskLevel risk, List<Status> statuses,
               String error, FileStamp stamp) {
        this(sha256, analysisKey, format, pages, risk, statuses, error, stamp, "", null);
    }

    boolean matches(String currentSha256, String currentAnalysisKey) {
        return unread != null && sha256.equals(currentSha256) && analysisKey.equals(currentAnalysisKey);
    }

    /** Whether the file still has the stamp it had when it was read, under the same analysis. */
    boolean stampMatches(FileStamp current, String currentAnalysisKey) {
        return unread != null && stamp != null && stamp.equals(current) && analysisKey.equals(currentAnalysisKey);
    }

    /** The file key and this entry as bytes: strings and numbers in a fixed order. */
    BytesRef encode(String key) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(key);
            out.writeString(sha256);
            out.writeString(analysisKey);
            out.writeString(format);
            out.writeVInt(pages);
            out.writeString(risk == null ? "" : risk.name());
            out.writeVInt(statuses.size());
            for (Status status : statuses) {
                out.writeString(status.name());
            }
            out.writeByte((byte) (error == null ? 0 : 1));
            out.writeString(error == null ? "" : error);
            out.writeByte((byte) (stamp == null ? 0 : 1));
            if (stamp != null) {
                out.writeVLong(stamp.size());
                out.writeZLong(stamp.modifiedNanos());
            }
            out.writeByte((byte) (unread == null ? 0 : 1));
            out.writeString(unread == null ? "" : unread);
            if (inventory != null) { // without one the entry ends as it did before the inventory existed
                out.writeByte((byte) 1);
                writeInventory(out, inventory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** What {@link #encode} wrote: the file key, then the entry. */
    record Keyed(String key, KnownEntry entry) {
    }

    static Keyed decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String key = in.readString();
        String sha256 = in.readString();
        String analysisKey = in.readString();
        String format = in.readString();
        int pages = in.readVInt();
        String risk = in.readString();
        int count = in.readVInt();
        List<Status> statuses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statuses.add(Status.valueOf(in.readString()));
        }
        boolean failed = in.readByte() == 1;
        String error = in.readString();
        // Entries written before stamps were recorded end here: their files are hashed.
        FileStamp stamp = !in.eof() && in.readByte() == 1 ? new FileStamp(in.readVLong(), in.readZLong()) : null;
        // Entries written before read coverage was recorded end here: unknown, so their files are read again.
        String unread = null;
        if (!in.eof()) {
            boolean known = in.readByte() == 1;
            String text = in.readString();
            unread = known ? text : null;
        }
        // Entries written before the inventory was indexed end here; their analysis key differs, so they are read again.
        InventoryColumns inventory = !in.eof() && in.readByte() == 1 ? readInventory(in) : null;
        return new Keyed(key, new KnownEntry(sha256, analysisKey, format, pages,
                risk.isEmpty() ? null : RiskLevel.valueOf(risk), List.copyOf(statuses), failed ? error : null,
                stamp, unread, inventory));
    }

    private static void writeInventory(ByteBuffersDataOutput out, InventoryColumns inventory) throws IOException {
        writeStrings(out, inventory.parties());
        for (String term : List.of(inventory.agreementDate(), inventory.effectiveDate(), inventory.expirationDate(),
                inventory.renewalTerm(), inventory.noticePeriod(), inventory.governingLaw())) {
            out.writeString(term);
        }
        writeStrings(out, inventory.categories());
    }

    private static InventoryColumns readInventory(ByteArrayDataInput in) throws IOException {
        List<String> parties = readStrings(in);
        return new InventoryColumns(parties, in.readString(), in.readString(), in.readString(), in.readString(),
                in.readString(), in.readString(), readStrings(in));
    }

    private static void writeStrings(ByteBuffersDataOutput out, List<String> values) throws IOException {
        out.writeVInt(values.size());
        for (String value : values) {
            out.writeString(value);
        }
    }

    private static List<String> readStrings(ByteArrayDataInput in) throws IOException {
        int count = in.readVInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readString());
        }
        return values;
    }

    AuditRow toRow(PortfolioFile file) {
        if (error != null) {
            return AuditRow.failed(file, sha256, error, true);
        }
        return new AuditRow(file.display(), file.key(), sha256, format, pages, risk, statuses, null, true,
                unread == null ? "" : unread, inventory);
    }
}
