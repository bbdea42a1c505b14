package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.CellOptions;
import dev.jawait.OutputListener;
import dev.jawait.Session;
import dev.jawait.comm.FrontEndView;
import dev.jawait.runtime.DisplaySink;

/**
 * Sends what cells print and display to IOPub under the right cell. A cell's output tag is its
 * request's header, and the session hands it back with everything the cell and the tasks it
 * spawned print, so background output lands under the cell that started it even while a later
 * cell runs. {@code display()} calls are attributed the same way, through the output tag of the
 * cell the calling thread runs code of ({@link CellOptions#currentOutputTag()}: a cell's thread, or a
 * task it spawned). Output nobody can attribute goes
 * to the running cell, or else to the last one. Printed text is coalesced and everything is
 * back-pressured by {@link Iopub}. A {@link FrontEndView} (a widget) is published as its view
 * bundle, after its {@code beforeShown()}, instead of its MIME bundle: a cell that prints faster than the front end reads waits.
 *
 * <p>Thread-safe: called from any thread that snippet code runs on.
 */
public final class CellOutput implements OutputListener, DisplaySink {
    private final Iopub iopub;
    private volatile ObjectNode current;
    private volatile ObjectNode last;

    public CellOutput(Iopub iopub) {
        this.iopub = iopub;
    }

    /** The cell of {@code header} runs (its output tag is {@code header}). */
    public void enter(ObjectNode header) {
        current = header;
        last = header;
    }

    /** The running cell is over. */
    public void leave() {
        current = null;
    }

    private static ObjectNode cellOfThisThread() {
        return CellOptions.currentOutputTag().orElse(null) instanceof ObjectNode header ? header : null;
    }

    /** The running cell's header, or else the last cell's (null before the first). */
    ObjectNode fallbackParent() {
        return fallback();
    }

    private ObjectNode fallback() {
        ObjectNode running = current;
        return running != null ? running : last;
    }

    @Override
    public void output(Object tag, boolean stderr, String text) {
        iopub.stream(tag instanceof ObjectNode header ? header : fallback(), stderr, text);
    }

    @Override
    public void display(Object value, String displayId, boolean update) {
        ObjectNode parent = cellOfThisThread();
        ObjectNode content = Json.object();
        if (value instanceof FrontEndView view) {
            view.beforeShown();
            content.set("data", Json.MAPPER.valueToTree(view.viewBundle()));
        } else {
            content.set("data", MimeBundles.of(value, Session.valueText(value)));
        }
        content.set("metadata", Json.object());
        ObjectNode transientPart = Json.object();
        if (displayId != null) {
            transientPart.put("display_id", displayId);
        }
        content.set("transient", transientPart);
        iopub.publishOutput(update ? "update_display_data" : "display_data", parent != null ? parent : fallback(), content);
    }

    @Override
    public java.util.Map<String, Object> render(Object value) {
        return MimeBundles.asMap(MimeBundles.of(value, Session.valueText(value)));
    }

    @Override
    public void clearOutput(boolean wait) {
        ObjectNode parent = cellOfThisThread();
        iopub.publishOutput("clear_output", parent != null ? parent : fallback(), Json.object().put("wait", wait));
    }
}
