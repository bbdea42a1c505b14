package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Reads request fields with the protocol's defaults, and builds the common reply shapes. A
 * required field that is missing or has the wrong type is a {@link BadRequest}.
 *
 * <p>Stateless and thread-safe.
 */
final class Fields {
    private Fields() {}

    static String text(ObjectNode content, String field) {
        JsonNode value = content.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadRequest("the request needs a string `" + field + "`");
        }
        return value.asText();
    }

    static String text(ObjectNode content, String field, String otherwise) {
        JsonNode value = content.get(field);
        return value == null || value.isNull() ? otherwise : value.asText(otherwise);
    }

    static int integer(ObjectNode content, String field, int otherwise) {
        JsonNode value = content.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.canConvertToInt()) {
            throw new BadRequest("`" + field + "` must be an integer");
        }
        return value.asInt();
    }

    static boolean bool(ObjectNode content, String field, boolean otherwise) {
        JsonNode value = content.get(field);
        return value == null || value.isNull() ? otherwise : value.asBoolean(otherwise);
    }

    /** A {@code status: ok} reply body. */
    static ObjectNode ok() {
        return Json.object().put("status", "ok");
    }

    /** A {@code status: error} reply body (also the body of an IOPub {@code error}, minus the status). */
    static ObjectNode error(String ename, String evalue, List<String> traceback) {
        ObjectNode content = Json.object().put("status", "error").put("ename", ename).put("evalue", evalue);
        ArrayNode lines = content.putArray("traceback");
        traceback.forEach(lines::add);
        return content;
    }

    /** A code-point offset (what Jupyter sends) as a char index into {@code text}, clamped. */
    static int charIndex(String text, int codePoints) {
        int total = text.codePointCount(0, text.length());
        int clamped = Math.max(0, Math.min(codePoints, total));
        return text.offsetByCodePoints(0, clamped);
    }

    /** A char index as a code-point offset. */
    static int codePoints(String text, int charIndex) {
        return text.codePointCount(0, Math.max(0, Math.min(charIndex, text.length())));
    }
}
