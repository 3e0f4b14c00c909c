package org.clausecheck.analyze.doctype;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The document types of {@code document-types.yaml}: data, like the playbook. Read once; immutable.
 *
 * @param types the types, in the order of the file
 */
public record DocumentTypes(List<DocumentType> types) {

    public static final String RESOURCE = "/org/clausecheck/analyze/doctype/document-types.yaml";
    private static final Set<String> KEYS = Set.of("id", "name", "names", "content", "min-content", "supplements",
            "not-expected");

    public DocumentTypes {
        types = List.copyOf(types);
    }

    public static DocumentTypes loadDefault() {
        return Holder.DEFAULT;
    }

    public Optional<DocumentType> type(String id) {
        if (DocumentType.OTHER.id().equals(id)) {
            return Optional.of(DocumentType.OTHER);
        }
        return types.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    private static final class Holder {
        static final DocumentTypes DEFAULT = read();
    }

    private static DocumentTypes read() {
        try (InputStream in = DocumentTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                Object root = new Yaml(new SafeConstructor(options)).load(reader);
                return parse(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The types of a parsed YAML document; a malformed file is a programming error of the resource. */
    static DocumentTypes parse(Object root) {
        if (!(root instanceof Map<?, ?> map) || !(map.get("types") instanceof List<?> list)) {
            throw new IllegalStateException(RESOURCE + ": a list 'types' is required");
        }
        List<DocumentType> types = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> type)) {
                throw new IllegalStateException(RESOURCE + ": every type is a map");
            }
            for (Object key : type.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    throw new IllegalStateException(RESOURCE + ": unknown key '" + key + "'");
                }
            }
            String id = String.valueOf(type.get("id"));
            if (!ids.add(id) || DocumentType.OTHER.id().equals(id)) {
                throw new IllegalStateException(RESOURCE + ": type id '" + id + "' twice or reserved");
            }
            Object min = type.get("min-content");
            types.add(new DocumentType(id, String.valueOf(type.get("name")), strings(type.get("names")),
                    strings(type.get("content")), min instanceof Integer n ? n : 0,
                    Boolean.TRUE.equals(type.get("supplements")), new LinkedHashSet<>(strings(type.get("not-expected")))));
        }
        return new DocumentTypes(types);
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(RESOURCE + ": expected a list, found " + value);
        }
        return list.stream().map(String::valueOf).toList();
    }
}
