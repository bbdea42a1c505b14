package dev.jawait.agent;

import java.lang.instrument.Instrumentation;

/**
 * Java agent entry point that keeps the JVM's {@link Instrumentation} so that jawait can
 * redefine snippet classes in place (keeping their static state) when a snippet they depend on
 * changes. The launcher passes this jar as {@code -javaagent}; embedders may load it the same way.
 *
 * <p>Thread-safe: the instance is published once, through a volatile field.
 */
public final class InstrumentationHolder {
    private static volatile Instrumentation instrumentation;

    private InstrumentationHolder() {}

    /** Called by the JVM for {@code -javaagent}. */
    public static void premain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** Called by the JVM when the agent is attached to a running VM. */
    public static void agentmain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** The instrumentation, or {@code null} when the agent was not loaded. */
    public static Instrumentation instrumentation() {
        return instrumentation;
    }
}
