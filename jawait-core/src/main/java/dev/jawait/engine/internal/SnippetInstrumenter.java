package dev.jawait.engine.internal;

import java.io.ByteArrayInputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.MonitorInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites the bytecode of snippet classes before they are defined:
 * <ul>
 *   <li>a stop check at every method entry ({@link Hooks#poll()}) and before every backward
 *       branch ({@link Hooks#loop()}), so loops and recursion can be stopped;</li>
 *   <li>each {@code catch} handler first tells {@link Hooks#caught} what it caught, so that
 *       catching a stop does not end it;</li>
 *   <li>after entering a {@code synchronized} block, a thread whose cell was stopped while it
 *       waited for the monitor leaves it again and stops ({@link Hooks#mustStopInMonitor()});</li>
 *   <li>{@code CompletableFuture.join()} becomes {@link Hooks#join}, and {@code lock()} of a
 *       {@code Lock} becomes {@link Hooks#lock}: waits a stop can end;</li>
 *   <li>{@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} become
 *       {@link Hooks#exit} and friends.</li>
 * </ul>
 * Stack maps are regenerated with a class hierarchy resolver that knows the session's snippet
 * classes (the stock JDK 25 local engine does not, JDK-8366926).
 *
 * <p>Thread-safe: instances are immutable apart from the snippet byte lookup they are given.
 */
public final class SnippetInstrumenter {
    private static final ClassDesc HOOKS = ClassDesc.of(Hooks.class.getName());
    private static final ClassDesc SYSTEM = ClassDesc.of("java.lang.System");
    private static final ClassDesc RUNTIME = ClassDesc.of("java.lang.Runtime");
    private static final ClassDesc COMPLETABLE_FUTURE = ClassDesc.of("java.util.concurrent.CompletableFuture");
    private static final ClassDesc LOCK = ClassDesc.of("java.util.concurrent.locks.Lock");
    private static final Set<ClassDesc> LOCK_CLASSES = Set.of(ClassDesc.of("java.util.concurrent.locks.ReentrantLock"),
            ClassDesc.of("java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock"),
            ClassDesc.of("java.util.concurrent.locks.ReentrantReadWriteLock$WriteLock"));
    private static final MethodTypeDesc VOID = MethodTypeDesc.ofDescriptor("()V");
    private static final MethodTypeDesc THROWABLE_TO_VOID = MethodTypeDesc.ofDescriptor("(Ljava/lang/Throwable;)V");
    private static final MethodTypeDesc TO_BOOLEAN = MethodTypeDesc.ofDescriptor("()Z");
    private static final MethodTypeDesc TO_ERROR = MethodTypeDesc.ofDescriptor("()Ljava/lang/Error;");
    private static final MethodTypeDesc LOCK_TO_VOID = MethodTypeDesc.ofDescriptor("(Ljava/util/concurrent/locks/Lock;)V");
    private static final MethodTypeDesc INT_TO_VOID = MethodTypeDesc.ofDescriptor("(I)V");
    private static final MethodTypeDesc TO_OBJECT = MethodTypeDesc.ofDescriptor("()Ljava/lang/Object;");
    private static final MethodTypeDesc RUNTIME_INT_TO_VOID =
            MethodTypeDesc.ofDescriptor("(Ljava/lang/Runtime;I)V");
    private static final MethodTypeDesc JOIN =
            MethodTypeDesc.ofDescriptor("(Ljava/util/concurrent/CompletableFuture;)Ljava/lang/Object;");

    private final ClassFile classFile;

    /**
     * @param snippetBytes the bytes of snippet classes by binary name ({@code REPL.$JShell$12$A}),
     *                     consulted first when stack maps need a class's super type
     * @param loader the session's class loader, for every other class
     */
    public SnippetInstrumenter(Function<String, byte[]> snippetBytes, ClassLoader loader) {
        ClassHierarchyResolver snippets = ClassHierarchyResolver.ofResourceParsing(desc -> {
            byte[] bytes = snippetBytes.apply(binaryName(desc));
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        });
        ClassHierarchyResolver resolver = snippets
                .orElse(ClassHierarchyResolver.ofResourceParsing(loader))
                .orElse(ClassHierarchyResolver.defaultResolver())
                .cached();
        this.classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
    }

    /** The instrumented bytes of one class. */
    public byte[] instrument(byte[] classBytes) {
        return classFile.transformClass(classFile.parse(classBytes),
                ClassTransform.transformingMethodBodies(CodeTransform.ofStateful(StopCheckWeaver::new)));
    }

    private static String binaryName(ClassDesc desc) {
        String descriptor = desc.descriptorString();
        return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
    }

    /** Weaves one method body; a fresh instance per method. */
    private static final class StopCheckWeaver implements CodeTransform {
        private final Set<Label> boundLabels = new HashSet<>();
        /** Handlers of typed {@code catch} clauses ({@code finally} handlers catch any and are cleanup). */
        private final Set<Label> catchHandlers = new HashSet<>();

        @Override
        public void atStart(CodeBuilder builder) {
            builder.invokestatic(HOOKS, "poll", VOID);
        }

        @Override
        public void accept(CodeBuilder builder, CodeElement element) {
            switch (element) {
                case ExceptionCatch handler -> { // the API gives these before the code
                    handler.catchType().ifPresent(type -> catchHandlers.add(handler.handler()));
                    builder.with(element);
                }
                case LabelTarget target -> {
                    boundLabels.add(target.label());
                    builder.with(element);
                    if (catchHandlers.contains(target.label())) {
                        builder.dup(); // the caught exception, on the stack at a handler's start
                        builder.invokestatic(HOOKS, "caught", THROWABLE_TO_VOID);
                    }
                }
                case MonitorInstruction monitor when monitor.opcode() == Opcode.MONITORENTER -> {
                    Label entered = builder.newLabel();
                    builder.dup();
                    builder.with(element);
                    builder.invokestatic(HOOKS, "mustStopInMonitor", TO_BOOLEAN);
                    builder.ifeq(entered);
                    builder.monitorexit();
                    builder.invokestatic(HOOKS, "stopped", TO_ERROR);
                    builder.athrow();
                    builder.labelBinding(entered);
                    builder.pop();
                }
                case BranchInstruction branch when boundLabels.contains(branch.target()) -> {
                    builder.invokestatic(HOOKS, "loop", VOID);
                    builder.with(element);
                }
                case InvokeInstruction invoke when redirect(builder, invoke) -> { }
                default -> builder.with(element);
            }
        }

        private static boolean redirect(CodeBuilder builder, InvokeInstruction invoke) {
            ClassDesc owner = invoke.owner().asSymbol();
            String name = invoke.name().stringValue();
            MethodTypeDesc type = invoke.typeSymbol();
            if (invoke.opcode() == Opcode.INVOKESTATIC && owner.equals(SYSTEM)
                    && name.equals("exit") && type.equals(INT_TO_VOID)) {
                builder.invokestatic(HOOKS, "exit", INT_TO_VOID);
                return true;
            }
            if (invoke.opcode() == Opcode.INVOKEVIRTUAL && owner.equals(RUNTIME)
                    && (name.equals("exit") || name.equals("halt")) && type.equals(INT_TO_VOID)) {
                builder.invokestatic(HOOKS, name.equals("exit") ? "runtimeExit" : "runtimeHalt", RUNTIME_INT_TO_VOID);
                return true;
            }
            if (invoke.opcode() == Opcode.INVOKEVIRTUAL && owner.equals(COMPLETABLE_FUTURE)
                    && name.equals("join") && type.equals(TO_OBJECT)) {
                builder.invokestatic(HOOKS, "join", JOIN);
                return true;
            }
            if (name.equals("lock") && type.equals(VOID)
                    && ((invoke.opcode() == Opcode.INVOKEINTERFACE && owner.equals(LOCK))
                        || (invoke.opcode() == Opcode.INVOKEVIRTUAL && LOCK_CLASSES.contains(owner)))) {
                builder.invokestatic(HOOKS, "lock", LOCK_TO_VOID);
                return true;
            }
            return false;
        }
    }
}
