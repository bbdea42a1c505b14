package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jawait.JawaitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jupyter connection file: where to bind the five sockets and how to sign messages.
 *
 * <p>Immutable and thread-safe.
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme) {

    /** Reads a connection file; a missing file or field is a {@link JawaitException} that says which. */
    public static ConnectionInfo read(Path file) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new JawaitException("cannot read the connection file " + file + ": " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new JawaitException("the connection file " + file + " is not a JSON object");
        }
        return new ConnectionInfo(text(json, "transport", "tcp"), text(json, "ip", "127.0.0.1"),
                port(json, "shell_port", file), port(json, "iopub_port", file), port(json, "stdin_port", file),
                port(json, "control_port", file), port(json, "hb_port", file), text(json, "key", ""),
                text(json, "signature_scheme", "hmac-sha256"));
    }

    private static String text(JsonNode json, String field, String otherwise) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? otherwise : value.asText();
    }

    private static int port(JsonNode json, String field, Path file) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new JawaitException("the connection file " + file + " has no " + field);
        }
        return value.asInt();
    }

    /** The ZeroMQ endpoint for {@code port}: {@code tcp://ip:port}, or {@code ipc://ip-port}. */
    public String endpoint(int port) {
        return "ipc".equals(transport) ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
