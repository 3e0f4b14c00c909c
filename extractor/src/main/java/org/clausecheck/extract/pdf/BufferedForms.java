package org.clausecheck.extract.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;

/**
 * Form XObjects whose content the parser reads from a {@link ContentBuffer}: on the CUAD PDFs forms hold
 * more content than the pages themselves. The bytes are the form's own, decoded as PDFBox decodes them
 * (a decoding failure surfaces where PDFBox's would, when the parser asks for the content); everything
 * else, resources included, comes from the form itself. Subclasses of the two PDFBox types are left as
 * they are, since they may read their content differently.
 */
final class BufferedForms {

    private BufferedForms() {
    }

    static PDFormXObject of(PDFormXObject form) {
        return form.getClass() == PDFormXObject.class ? new Form(form) : form;
    }

    static PDTransparencyGroup of(PDTransparencyGroup group) {
        return group.getClass() == PDTransparencyGroup.class ? new Group(group) : group;
    }

    private static final class Form extends PDFormXObject {
        private final PDFormXObject form;

        Form(PDFormXObject form) {
            super(form.getStream());
            this.form = form;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return ContentBuffer.copyOf(form.getContentsForStreamParsing());
        }

        @Override
        public PDResources getResources() {
            return form.getResources();
        }
    }

    private static final class Group extends PDTransparencyGroup {
        private final PDTransparencyGroup group;

        Group(PDTransparencyGroup group) {
            super(group.getStream());
            this.group = group;
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            return ContentBuffer.copyOf(group.getContentsForStreamParsing());
        }

        @Override
        public PDResources getResources() {
            return group.getResources();
        }
    }
}
