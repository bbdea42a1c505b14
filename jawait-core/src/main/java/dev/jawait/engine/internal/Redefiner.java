package dev.jawait.engine.internal;

import dev.jawait.agent.InstrumentationHolder;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Redefines already loaded snippet classes in place through {@link Instrumentation}, so that
 * static state (the values of session variables) survives when JShell recompiles a snippet
 * because something it depends on changed.
 *
 * <p>The instrumentation comes from the jawait agent ({@code -javaagent}, as the launcher starts
 * jawait), or else from attaching the agent to this very JVM (needs
 * {@code -Djdk.attach.allowAttachSelf=true}). Without either, redefinition is unavailable and
 * JShell falls back to reloading, which re-runs initializers.
 *
 * <p>Thread-safe.
 */
final class Redefiner {
    private static final Object LOCK = new Object();
    private static volatile boolean attachTried;

    private Redefiner() {}

    /** The instrumentation, attaching the agent to this JVM if needed; {@code null} if impossible. */
    static Instrumentation instrumentation() {
        Instrumentation inst = InstrumentationHolder.instrumentation();
        if (inst != null || attachTried) {
            return inst;
        }
        synchronized (LOCK) {
            if (!attachTried) {
                attachTried = true;
                selfAttach();
            }
        }
        return InstrumentationHolder.instrumentation();
    }

    static boolean available() {
        Instrumentation inst = instrumentation();
        return inst != null && inst.isRedefineClassesSupported();
    }

    /** Redefines the given classes all at once; throws if the JVM refuses (e.g. a schema change). */
    static void redefine(List<ClassDefinition> definitions) throws ClassNotFoundException, UnmodifiableClassException {
        instrumentation().redefineClasses(definitions.toArray(ClassDefinition[]::new));
    }

    private static void selfAttach() {
        if (!Boolean.getBoolean("jdk.attach.allowAttachSelf")) {
            return;
        }
        try {
            Path jar = Files.createTempFile("jawait-agent", ".jar");
            jar.toFile().deleteOnExit();
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            main.putValue("Agent-Class", InstrumentationHolder.class.getName());
            main.putValue("Can-Redefine-Classes", "true");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // a manifest-only jar: the agent class itself is already on the class path
            }
            var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(ProcessHandle.current().pid()));
            try {
                vm.loadAgent(jar.toString());
            } finally {
                vm.detach();
            }
        } catch (IOException | RuntimeException | LinkageError | com.sun.tools.attach.AttachNotSupportedException
                 | com.sun.tools.attach.AgentLoadException | com.sun.tools.attach.AgentInitializationException e) {
            // redefinition stays unavailable; JShell reloads classes instead
        }
    }
}
