import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausecheck.extract.ocr.SimulatedScan;

/**
 * Scans a digital PDF as the OCR tests and docs/ocr.md do (SimulatedScan.standard(): 200 dpi, 0.6 degrees, noise,
 * JPEG), every page, seeded by the file name as OcrCorpusCheckTest seeds it. Run by scripts/ocr-benchmark.sh:
 * {@code java -cp cli/target/clausecheck.jar scripts/SimulateScan.java IN.pdf OUT.pdf}
 */
public class SimulateScan {
    public static void main(String[] args) throws Exception {
        Path digital = Path.of(args[0]);
        try (PDDocument document = Loader.loadPDF(digital.toFile())) {
            byte[] scan = SimulatedScan.standard().scan(document,
                    IntStream.range(0, document.getNumberOfPages()).boxed().toList(), digital.getFileName().hashCode());
            Files.write(Path.of(args[1]), scan);
        }
    }
}
