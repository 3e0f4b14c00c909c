package org.clausecheck.eval.candidates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausecheck.eval.Csv;

/**
 * The clause texts CUAD's experts marked, per contract and category, read from its labels.csv: each category
 * column holds a Python-style list of strings ({@code ['first span', "second 'span'"]}).
 *
 * @param id    the contract's id (its file name without extension)
 * @param spans per category column, the marked texts in file order
 */
public record CuadSpans(String id, Map<String, List<String>> spans) {

    public CuadSpans {
        spans = Map.copyOf(spans);
    }

    public List<String> of(String column) {
        return spans.getOrDefault(column, List.of());
    }

    /** Every contract of the file, with the spans of the given columns. */
    public static List<CuadSpans> read(Path labelsCsv, List<String> columns) throws IOException {
        List<CuadSpans> contracts = new ArrayList<>();
        for (Map<String, String> row : Csv.parse(Files.readString(labelsCsv, StandardCharsets.UTF_8))) {
            Map<String, List<String>> spans = new LinkedHashMap<>();
            for (String column : columns) {
                if (!row.containsKey(column)) {
                    throw new IOException(labelsCsv + ": no column '" + column + "'");
                }
                spans.put(column, parseList(row.get(column)));
            }
            contracts.add(new CuadSpans(row.get("id").strip(), spans));
        }
        return contracts;
    }

    /** The strings of a Python list literal of string literals; empty for an empty cell or "[]". */
    static List<String> parseList(String literal) {
        List<String> strings = new ArrayList<>();
        String text = literal.strip();
        int i = text.startsWith("[") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\'' && c != '"') {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != c) {
                char d = text.charAt(j);
                if (d == '\\' && j + 1 < text.length()) {
                    char escaped = text.charAt(++j);
                    int hexDigits = escaped == 'x' ? 2 : escaped == 'u' ? 4 : 0;
                    if (hexDigits > 0 && j + hexDigits < text.length()) {
                        value.append((char) Integer.parseInt(text.substring(j + 1, j + 1 + hexDigits), 16));
                        j += hexDigits;
                    } else {
                        value.append(switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> escaped;
                        });
                    }
                } else {
                    value.append(d);
                }
                j++;
            }
            strings.add(value.toString());
            i = j + 1;
        }
        return strings;
    }
}
