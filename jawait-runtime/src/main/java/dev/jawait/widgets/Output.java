package dev.jawait.widgets;

import dev.jawait.comm.Comms;
import java.util.List;
import java.util.Map;

/**
 * An area that shows output ({@code OutputModel}): what a cell prints or displays inside
 * {@link #capture(Runnable)} appears in the widget instead of below the cell. In protocol 2 the
 * front end captures the output of the request named by {@code msg_id}, so capture works for code
 * run by a cell (not for a background task after its cell ended). Thread-safe as {@link Widget} is.
 */
public final class Output extends Widget {
    /** An empty output area. */
    public Output() {
        super("OutputModel", "OutputView", Map.of("msg_id", ""), true);
    }

    /**
     * Runs {@code body}, showing what it prints and displays in this widget; outside Jupyter the
     * output goes where it would anyway.
     */
    public void capture(Runnable body) {
        set("msg_id", Comms.currentRequestId());
        try {
            body.run();
            System.out.flush();
            System.err.flush();
        } finally {
            set("msg_id", "");
        }
    }

    @Override
    List<String> shownKeys() {
        return List.of("msg_id");
    }

    @Override
    public String toString() {
        return "Output()";
    }
}
