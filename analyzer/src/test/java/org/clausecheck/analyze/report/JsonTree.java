package org.clausecheck.analyze.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON parsed into maps, lists, strings, numbers, booleans and nulls with jackson-core's streaming parser,
 * so that tests can check the structure of JSON output without a data-binding library. Rejects trailing
 * content and duplicate keys.
 */
final class JsonTree {

    private JsonTree() {
    }

    static Object parse(String json) {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            Object value = read(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("content after the JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String... path) {
        return (Map<String, Object>) at(value, path);
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value, String... path) {
        return (List<Object>) at(value, path);
    }

    /** Follows object keys and array indexes ("runs", "0", "tool"). */
    static Object at(Object value, String... path) {
        Object current = value;
        for (String step : path) {
            if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(step)) {
                    throw new AssertionError("no key '" + step + "' in " + map.keySet());
                }
                current = map.get(step);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(step));
            } else {
                throw new AssertionError("cannot step into " + current + " with " + step);
            }
        }
        return current;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IllegalArgumentException("no JSON value");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(read(parser, next));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalArgumentException("unexpected " + token);
        }
    }
}
