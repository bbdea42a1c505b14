package dev.jawait.session.internal;

import dev.jawait.Completion;
import dev.jawait.SessionVariable;
import dev.jawait.config.Settings;
import dev.jawait.history.HistoryStore;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.SessionControl;
import dev.jawait.runtime.SessionEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@link SessionControl} magics of one session see: made from the session's parts, not the
 * session, so that nothing a magic does goes back through {@code Session}.
 *
 * <p>Thread-safe for the use its interface describes (a magic's thread, under the cell lock).
 */
final class MagicControl implements SessionControl {
    private final EngineSlot engines;
    private final RunnerSettings runners;
    private final HistoryRecorder history;
    private final MagicRegistry magics;
    private final Settings settings;
    private final SessionEnvironment environment;
    private final Map<Class<?>, Object> attributes = new ConcurrentHashMap<>();
    private final dev.jawait.SessionTasks tasks;

    MagicControl(EngineSlot engines, RunnerSettings runners, HistoryRecorder history, MagicRegistry magics,
                 Settings settings, SessionEnvironment environment, dev.jawait.SessionTasks tasks) {
        this.tasks = tasks;
        this.settings = settings;
        this.environment = environment;
        this.engines = engines;
        this.runners = runners;
        this.history = history;
        this.magics = magics;
    }

    @Override
    public boolean autoawait() {
        return runners.autoawait();
    }

    @Override
    public void setAutoawait(boolean on) {
        runners.setAutoawait(on);
    }

    @Override
    public String runnerName() {
        return runners.choice().name();
    }

    @Override
    public void useRunner(String name) {
        runners.use(name, engines.get()::variable, engines.get().classLoader());
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public SessionEnvironment environment() {
        return environment;
    }

    @Override
    public java.util.Optional<String> whereInCell(StackTraceElement frame) {
        return engines.get().whereInCell(frame);
    }

    @Override
    public List<SessionVariable> variables() {
        return engines.get().variables();
    }

    @Override
    public void addToClasspath(String path) {
        engines.addToClasspath(path);
    }

    @Override
    public HistoryStore history() {
        history.flush();
        return history.store();
    }

    @Override
    public long historySession() {
        return history.session();
    }

    @Override
    public MagicRegistry magics() {
        return magics;
    }

    @Override
    public Completion complete(String code, int cursor) {
        return engines.get().complete(code, cursor);
    }

    @Override
    public <T> T attribute(Class<T> type, Supplier<? extends T> initial) {
        return type.cast(attributes.computeIfAbsent(type, key -> initial.get()));
    }

    @Override
    public dev.jawait.SessionTasks tasks() {
        return tasks;
    }
}
