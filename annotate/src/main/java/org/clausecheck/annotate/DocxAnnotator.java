package org.clausecheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.extract.RevisionView;
import org.clausecheck.extract.docx.WordXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a copy of a DOCX with a Word comment per annotation, anchored on its quote: comment range start and end
 * around the runs that hold the quote (split at the quote's first and last character when they stand inside a
 * run), and a comment reference run after the range. Nothing else in the document changes.
 */
public final class DocxAnnotator {

    private final RevisionView view;

    /** @param view the revision view the document was extracted in, so quotes are found in the same text */
    public DocxAnnotator(RevisionView view) {
        this.view = view;
    }

    /** Reads {@code source}, adds the comments and writes {@code target}; the source is never written. */
    public AnnotationResult annotate(Path source, Path target, String extractedText, List<Annotation> annotations)
            throws IOException {
        try (InputStream in = Files.newInputStream(source); XWPFDocument document = new XWPFDocument(in)) {
            AnnotationResult result = annotate(document, extractedText, annotations);
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
            return result;
        }
    }

    /** Adds the comments to an open document. */
    public AnnotationResult annotate(XWPFDocument document, String extractedText, List<Annotation> annotations) {
        Element body = (Element) document.getDocument().getBody().getDomNode();
        XWPFComments comments = document.getDocComments() != null ? document.getDocComments()
                : document.createComments();
        long nextId = nextCommentId(comments);
        WordText text = WordText.read(body, view);
        List<Optional<Range>> ranges = annotations.stream().map(a -> find(text, extractedText, a)).toList();
        // Anchored from the last quote to the first: splitting a run keeps the text before the split where it was,
        // so the places found of the quotes before it stay good and the runs are read again only when quotes overlap.
        WordText current = text;
        String[] ids = new String[annotations.size()];
        for (int i = 0; i < annotations.size(); i++) {
            ids[i] = ranges.get(i).isPresent() ? Long.toString(nextId++) : null;
        }
        for (int i = annotations.size() - 1; i >= 0; i--) {
            if (ids[i] == null) {
                continue;
            }
            Optional<Range> range = current == text ? ranges.get(i) : find(current, extractedText, annotations.get(i));
            if (range.isPresent() && (stale(range.get().first()) || stale(range.get().last()))) {
                current = WordText.read(body, view);
                range = find(current, extractedText, annotations.get(i));
            }
            if (range.isEmpty()) {
                ids[i] = null; // the text does not change when runs are split: not expected
                continue;
            }
            anchor(range.get(), ids[i]);
        }
        List<Annotation> anchored = new ArrayList<>();
        List<Annotation> notFound = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            Annotation annotation = annotations.get(i);
            if (ids[i] == null) {
                notFound.add(annotation);
                continue;
            }
            XWPFComment comment = comments.createComment(new BigInteger(ids[i]));
            comment.setAuthor(AnnotationPlanner.AUTHOR);
            comment.setInitials(AnnotationPlanner.INITIALS);
            comment.createParagraph().createRun().setText(annotation.comment());
            anchored.add(annotation);
        }
        return new AnnotationResult(anchored, notFound);
    }

    private static Optional<Range> find(WordText text, String extractedText, Annotation annotation) {
        return annotation.atTitle() ? title(text)
                : QuoteFinder.find(text, extractedText, annotation.quote(), annotation.start());
    }

    /** The first and last place of a quote found in the text. */
    record Range(WordText.Place first, WordText.Place last) {
    }

    private static Optional<Range> title(WordText text) {
        List<WordText.Place> title = text.firstParagraph();
        return title.isEmpty() ? Optional.empty() : Optional.of(new Range(title.get(0), title.get(title.size() - 1)));
    }

    private static long nextCommentId(XWPFComments comments) {
        long max = -1;
        for (XWPFComment comment : comments.getComments()) {
            try {
                max = Math.max(max, Long.parseLong(comment.getId()));
            } catch (NumberFormatException ignored) {
                // an id Word would not write; ours stay numeric and above every numeric one
            }
        }
        return max + 1;
    }

    /**
     * True when a place no longer holds its character: a split moved it out of its run (the run keeps what stands
     * before the split, its w:t cut short).
     */
    private static boolean stale(WordText.Place place) {
        return place.child().getParentNode() != place.run()
                || place.offset() >= 0 && place.offset() >= WordText.textOf(place.child()).length();
    }

    /** Marks the range, splitting the runs it starts or ends inside. */
    private static void anchor(Range range, String id) {
        Element endRun = range.last().run();
        if (RunSplitter.hasContentAfter(range.last())) {
            RunSplitter.splitAfter(range.last()); // the original run now ends with the quote's last character
        }
        Element startRun = range.first().run();
        if (RunSplitter.hasContentBefore(range.first())) {
            boolean sameRun = startRun == endRun;
            startRun = RunSplitter.splitBefore(startRun, range.first().child(), Math.max(range.first().offset(), 0));
            if (sameRun) {
                endRun = startRun;
            }
        }
        Element start = markup(startRun, "commentRangeStart", id);
        startRun.getParentNode().insertBefore(start, startRun);
        Element end = markup(endRun, "commentRangeEnd", id);
        endRun.getParentNode().insertBefore(end, endRun.getNextSibling());
        // The reference run stands in the paragraph itself, after whatever (hyperlink, insertion) holds the end.
        Node at = end;
        while (at.getParentNode() != null && !WordXml.is(at.getParentNode(), "p")) {
            at = at.getParentNode();
        }
        Element reference = endRun.getOwnerDocument().createElementNS(WordText.W, "w:r");
        reference.appendChild(markup(endRun, "commentReference", id));
        at.getParentNode().insertBefore(reference, at.getNextSibling());
    }

    private static Element markup(Element near, String name, String id) {
        Element element = near.getOwnerDocument().createElementNS(WordText.W, "w:" + name);
        element.setAttributeNS(WordText.W, "w:id", id);
        return element;
    }
}
