package dev.jawait.widgets;

import dev.jawait.comm.Comm;
import dev.jawait.comm.Comms;
import dev.jawait.comm.FrontEndView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A widget: a model whose state is kept in step with the front end's copy over a Jupyter comm,
 * speaking the ipywidgets protocol version 2 of {@code jupyter-js-widgets} 2.1 (ipywidgets 6,
 * what Debian's Notebook 6 renders). State changes made in Java are sent as {@code update}
 * messages; changes from the front end arrive as {@code backbone} messages and are not echoed
 * back (a listener that sets another value, or the same key to another value, is sent).
 * {@code display(widget)} shows it in Jupyter; elsewhere its text is shown and it works locally.
 *
 * <p>Thread-safe: state is guarded by the widget; listeners run on the thread that made the
 * change (the kernel's comm thread for changes from the front end).
 */
public abstract class Widget implements FrontEndView {
    static final String MODULE = "jupyter-js-widgets";
    static final String MODULE_VERSION = "~2.1.4";
    /** The comm target of widget models. */
    public static final String TARGET = "jupyter.widget";
    private static final ThreadLocal<Map<String, Object>> FROM_FRONT_END = new ThreadLocal<>();

    /** Set once a widget front end (Notebook's widget manager) opened the version comm: it draws views. */
    private static volatile boolean frontEndDrawsWidgets;

    static {
        Comms.registerTarget("jupyter.widget.version", (comm, data) -> {
            frontEndDrawsWidgets = true;
            comm.send(Map.of("version", MODULE_VERSION));
        });
    }

    /**
     * For the kernel, when it starts: registers the {@code jupyter.widget.version} target, so that
     * a widget front end's version check (sent when it connects, before any widget exists) is
     * answered and the kernel learns that views will be drawn. Calling it again does nothing.
     */
    public static void answerFrontEnds() {
        // the static initialiser has registered the target
    }

    private final Map<String, Object> state = new LinkedHashMap<>();
    private final List<BiConsumer<String, Object>> listeners = new CopyOnWriteArrayList<>();
    private final Comm comm;

    /**
     * Opens the model on the front end.
     *
     * @param model the model's name in {@code jupyter-js-widgets}
     * @param view  the view's name, or null for a model without a view
     * @param own   the widget's own state (its defaults)
     * @param dom   true for a widget shown on the page (it gets a layout model)
     */
    Widget(String model, String view, Map<String, Object> own, boolean dom) {
        state.put("_model_module", MODULE);
        state.put("_model_module_version", MODULE_VERSION);
        state.put("_model_name", model);
        state.put("_view_module", MODULE);
        state.put("_view_module_version", MODULE_VERSION);
        state.put("_view_name", view);
        state.put("msg_throttle", 1);
        if (dom) {
            state.put("_dom_classes", List.of());
            state.put("layout", reference(new Layout()));
        }
        state.putAll(own);
        comm = Comms.open(TARGET, openData(state()));
        comm.onMessage(this::received);
    }

    /**
     * The {@code comm_open} data: the state itself, as ipywidgets 6 sends it (what Notebook 6's
     * widgets read), and again under {@code state} with {@code buffer_paths}, as protocol 2.x of
     * ipywidgets 7 has it (what nbclient reads when it executes a notebook with widgets).
     */
    private static Map<String, Object> openData(Map<String, Object> state) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(state);
        data.put("state", state);
        data.put("buffer_paths", List.of());
        return data;
    }

    /** {@code "IPY_MODEL_" + id}: how a widget's state refers to another widget. */
    static String reference(Widget widget) {
        return "IPY_MODEL_" + widget.modelId();
    }

    /** The model's id (its comm's id). */
    public final String modelId() {
        return comm.id();
    }

    /** A copy of the whole state, as the front end sees it. */
    public final synchronized Map<String, Object> state() {
        return new LinkedHashMap<>(state);
    }

    /** The value of state key {@code key} (null if none). */
    public final synchronized Object get(String key) {
        return state.get(key);
    }

    /**
     * Sets state key {@code key}: the front end is sent the change and the listeners are told,
     * unless the value is unchanged.
     */
    public final void set(String key, Object value) {
        Object old;
        synchronized (this) {
            old = state.put(Objects.requireNonNull(key, "key"), value);
        }
        if (Objects.equals(old, value)) {
            return;
        }
        Map<String, Object> incoming = FROM_FRONT_END.get();
        boolean echo = incoming != null && incoming.containsKey(key) && Objects.equals(incoming.get(key), value);
        if (!echo && comm.isOpen()) {
            comm.send(update(Map.of(key, value)));
        }
        changed(key, value);
    }

    /** Calls {@code listener} with the key and new value of each change, from Java or the front end. */
    public final Widget onAnyChange(BiConsumer<String, Object> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** A future of the next value of {@code key}, converted by {@code convert}. */
    final <T> CompletableFuture<T> nextChangeOf(String key, Function<Object, T> convert) {
        CompletableFuture<T> next = new CompletableFuture<>();
        BiConsumer<String, Object> once = new BiConsumer<>() {
            @Override
            public void accept(String changed, Object value) {
                if (changed.equals(key)) {
                    listeners.remove(this);
                    next.complete(convert.apply(value));
                }
            }
        };
        listeners.add(once);
        return next;
    }

    final void onChangeOf(String key, java.util.function.Consumer<Object> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add((changed, value) -> {
            if (changed.equals(key)) {
                listener.accept(value);
            }
        });
    }

    /** Tells the listeners of {@code key} of an event that is not state (a click). */
    final void fire(String key, Object value) {
        changed(key, value);
    }

    private void changed(String key, Object value) {
        for (BiConsumer<String, Object> listener : listeners) {
            try {
                listener.accept(key, value);
            } catch (RuntimeException e) {
                System.err.println("A listener of " + getClass().getSimpleName() + "." + key + " failed: " + e);
            }
        }
    }

    /** Converts a value the front end sent for {@code key} to the type Java keeps (numbers vary in JSON). */
    Object fromFrontEnd(String key, Object value) {
        return value;
    }

    /** A custom message from the front end (a button's click). */
    void custom(Map<?, ?> content) { }

    @SuppressWarnings("unchecked")
    private void received(Map<String, Object> data) {
        Object method = data.get("method");
        if ("backbone".equals(method) && data.get("sync_data") instanceof Map<?, ?> sync) {
            Map<String, Object> incoming = new LinkedHashMap<>();
            ((Map<String, Object>) sync).forEach((key, value) -> incoming.put(key, fromFrontEnd(key, value)));
            FROM_FRONT_END.set(incoming);
            try {
                incoming.forEach(this::set);
            } finally {
                FROM_FRONT_END.remove();
            }
        } else if ("request_state".equals(method)) {
            comm.send(update(state()));
        } else if ("custom".equals(method) && data.get("content") instanceof Map<?, ?> content) {
            custom(content);
        }
    }

    private static Map<String, Object> update(Map<String, Object> changes) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("method", "update");
        message.put("state", changes);
        message.put("buffers", List.of());
        return message;
    }

    /** Closes the model: its views disappear from the front end. */
    public void close() {
        comm.close();
    }

    /** ipywidgets 6's display: the comm message {@code display} (Notebook 6 renders on it) and the view bundle. */
    @Override
    public void beforeShown() {
        if (comm.isOpen()) {
            comm.send(Map.of("method", "display"));
        }
    }

    /**
     * The view, and the widget's text for front ends that draw no widgets ({@code jupyter console},
     * nbconvert): ipywidgets 7 always sends both, but Notebook 6's widgets register no renderer
     * for the view type, so there the text would show under the widget. The text is left out
     * once a widget front end has checked the version (ipywidgets 6 likewise complains when none has).
     */
    @Override
    public Map<String, Object> viewBundle() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("model_id", modelId());
        view.put("version_major", 2);
        view.put("version_minor", 0);
        Map<String, Object> bundle = new LinkedHashMap<>();
        if (!frontEndDrawsWidgets) {
            bundle.put("text/plain", toString());
        }
        bundle.put("application/vnd.jupyter.widget-view+json", view);
        return bundle;
    }

    /** The keys shown by {@link #toString()}, in order. */
    abstract List<String> shownKeys();

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (String key : shownKeys()) {
            Object value = get(key);
            parts.add(key + "=" + (value instanceof String text ? "\"" + text + "\"" : value));
        }
        return getClass().getSimpleName() + "(" + String.join(", ", parts) + ")";
    }
}
