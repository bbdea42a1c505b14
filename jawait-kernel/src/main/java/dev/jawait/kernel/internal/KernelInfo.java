package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code kernel_info_reply} body: protocol version, implementation, Java language info,
 * banner and help links. Answered without waiting for the session.
 *
 * <p>Stateless and thread-safe.
 */
final class KernelInfo {
    static final String VERSION = dev.jawait.config.BuildInfo.version();

    private KernelInfo() {}

    static ObjectNode content() {
        ObjectNode reply = Fields.ok();
        reply.put("protocol_version", WireCodec.PROTOCOL_VERSION);
        reply.put("implementation", "jawait");
        reply.put("implementation_version", VERSION);
        ObjectNode language = reply.putObject("language_info");
        language.put("name", "java");
        language.put("version", Runtime.version().toString());
        language.put("mimetype", "text/x-java");
        language.put("file_extension", ".jsh");
        language.put("pygments_lexer", "java");
        language.put("codemirror_mode", "text/x-java");
        reply.put("banner", "jawait " + VERSION + " (Java " + Runtime.version().feature()
                + "): top-level await for Java. `await f`, `for await (var x : publisher)`, %autoawait.");
        reply.put("debugger", false);
        ArrayNode links = reply.putArray("help_links");
        links.addObject().put("text", "jawait").put("url", "https://github.com/jawait/jawait#readme");
        links.addObject().put("text", "Java " + Runtime.version().feature() + " API")
                .put("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
        return reply;
    }
}
