import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausecheck.analyze.AnalysisOptions;
import org.clausecheck.analyze.ContractChecker;
import org.clausecheck.analyze.report.CheckReport;
import org.clausecheck.annotate.AnnotationResult;
import org.clausecheck.annotate.ContractAnnotator;
import org.clausecheck.annotate.ExtractedTextDocx;
import org.clausecheck.extract.ExtractedDocument;
import org.clausecheck.extract.ExtractionOptions;
import org.clausecheck.extract.Extractor;
import org.clausecheck.extract.RevisionView;

/**
 * What annotating adds to check: for each contract, the median of RUNS timed runs (after two warm-up runs, in one
 * JVM) of reading and reviewing it (extract + check), of writing its annotated copy (ContractAnnotator: the PDF
 * or DOCX read again, quotes found, notes written) and of writing it with --suggest's tracked insertions too (not
 * for a PDF), in elapsed time and in the JVM's CPU time (all its threads, the garbage collector's too), which other
 * processes on a shared machine disturb less. The three steps alternate within each run, so load falls on them alike. With --docx-of-pdf, a DOCX
 * of each PDF's extracted text (the same contract, as many pages) is written first and measured as well.
 * Run: java -cp cli/target/clausecheck.jar scripts/AnnotateBench.java [--docx-of-pdf] [--runs N] FILE...
 */
public class AnnotateBench {
    public static void main(String[] args) throws Exception {
        int runs = 5;
        boolean docxOfPdf = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--docx-of-pdf" -> docxOfPdf = true;
                default -> files.add(Path.of(args[i]));
            }
        }
        Path temp = Files.createTempDirectory("annotate-bench");
        List<Path> measured = new ArrayList<>(files);
        if (docxOfPdf) {
            for (Path file : files) {
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    Path docx = temp.resolve(file.getFileName() + ".docx");
                    try (XWPFDocument document = ExtractedTextDocx.of(new Extractor().extract(file));
                         OutputStream out = Files.newOutputStream(docx)) {
                        document.write(out);
                    }
                    measured.add(docx);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-64s %5s %8s %8s %6s %9s %8s %9s %6s %9s%n", "file", "pages", "check s",
                "annot s", "ratio", "+suggest", "check cpu", "annot cpu", "ratio", "+suggest");
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (Path file : measured) {
            List<Double> check = new ArrayList<>();
            List<Double> annotate = new ArrayList<>();
            List<Double> checkCpu = new ArrayList<>();
            List<Double> annotateCpu = new ArrayList<>();
            List<Double> suggest = new ArrayList<>();
            List<Double> suggestCpu = new ArrayList<>();
            boolean pdf = file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
            int inserted = 0;
            int pages = 0;
            int notes = 0;
            for (int run = -2; run < runs; run++) {
                long startCpu = process.getProcessCpuTime();
                long start = System.nanoTime();
                ExtractedDocument extracted = new Extractor().extract(file, ExtractionOptions.defaults());
                CheckReport report = new ContractChecker(AnalysisOptions.defaults()).check(List.of(extracted),
                        List.of());
                long checked = System.nanoTime();
                long checkedCpu = process.getProcessCpuTime();
                Path target = temp.resolve("annotated-" + file.getFileName());
                AnnotationResult result = new ContractAnnotator(RevisionView.ACCEPTED).write(report,
                        report.documents().get(0), extracted, file, target);
                long annotated = System.nanoTime();
                long annotatedCpu = process.getProcessCpuTime();
                if (!pdf) {
                    inserted = new ContractAnnotator(RevisionView.ACCEPTED, true).write(report,
                            report.documents().get(0), extracted, file, temp.resolve("suggested-" + file.getFileName()))
                            .suggested().size();
                }
                long suggested = System.nanoTime();
                long suggestedCpu = process.getProcessCpuTime();
                if (run >= 0) {
                    check.add((checked - start) / 1e9);
                    annotate.add((annotated - checked) / 1e9);
                    checkCpu.add((checkedCpu - startCpu) / 1e9);
                    annotateCpu.add((annotatedCpu - checkedCpu) / 1e9);
                    suggest.add((suggested - annotated) / 1e9);
                    suggestCpu.add((suggestedCpu - annotatedCpu) / 1e9);
                }
                pages = report.documents().get(0).pages();
                notes = result.anchored().size();
            }
            System.out.printf(Locale.ROOT, "%-64s %5d %8.3f %8.3f %6.2f %9s %8.3f %9.3f %6.2f %9s  (%d notes%s)%n",
                    file.getFileName(), pages, median(check), median(annotate), median(annotate) / median(check),
                    pdf ? "-" : String.format(Locale.ROOT, "%.3f", median(suggest)), median(checkCpu),
                    median(annotateCpu), median(annotateCpu) / median(checkCpu),
                    pdf ? "-" : String.format(Locale.ROOT, "%.3f", median(suggestCpu)), notes,
                    pdf ? "" : ", " + inserted + " insertions");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
