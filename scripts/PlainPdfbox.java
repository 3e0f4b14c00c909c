import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The baseline of scripts/bench-audit.sh: plain PDFBox text extraction of every PDF in a folder, one
 * thread, in a fresh JVM as the audit runs. Prints the seconds from the first file to the last.
 * Run with the jar on the class path: java -cp cli/target/clausecheck.jar scripts/PlainPdfbox.java DIR
 */
public class PlainPdfbox {
    public static void main(String[] args) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            pdfs = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        long start = System.nanoTime();
        long chars = 0;
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(new File(pdf.toString()))) {
                chars += new PDFTextStripper().getText(document).length();
            } catch (Exception e) {
                System.err.println(pdf + ": " + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%.2f%n", chars < 0 ? -seconds : seconds);
    }
}
