package dev.jawait.engine.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import java.util.Map;

/**
 * jawait's JShell execution engine: snippets run in this JVM, on whatever thread calls
 * {@code JShell.eval} (the runner chooses it), with bytecode stop checks, in-place redefinition
 * and exit interception. Values and failures are recorded as objects on the current
 * {@link CellRun}, not only as the strings JShell keeps.
 *
 * <p>Not thread-safe: JShell calls it from one thread at a time; {@link #currentRun(CellRun)} is
 * set by the session around each cell.
 */
public final class JawaitExecutionControl extends DirectExecutionControl {
    private final SnippetLoaderDelegate loaderDelegate;
    private volatile CellRun currentRun = new CellRun();
    /** The cell each thread in snippet code entered it for (the session may have moved on to the next cell). */
    private final ThreadLocal<CellRun> enteredRun = new ThreadLocal<>();
    private static final Object NO_ASSIGNMENT = new Object();
    private final java.util.concurrent.atomic.AtomicReference<Object> pendingAssignment =
            new java.util.concurrent.atomic.AtomicReference<>(NO_ASSIGNMENT);
    private volatile String assignmentFailure;
    private volatile VariableSlots.Slot located;
    private volatile boolean locating;
    private final ThreadLocal<Boolean> mutedOutsideClientCode = ThreadLocal.withInitial(() -> false);

    private JawaitExecutionControl(SnippetLoaderDelegate loaderDelegate) {
        super(loaderDelegate);
        this.loaderDelegate = loaderDelegate;
    }

    /** A fresh engine whose snippet class loader has {@code parent} as parent. */
    public static JawaitExecutionControl create(ClassLoader parent) {
        return new JawaitExecutionControl(new SnippetLoaderDelegate(parent));
    }

    /** The provider to hand {@code JShell.Builder.executionEngine}; it always yields this engine. */
    public ExecutionControlProvider provider() {
        JawaitExecutionControl self = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "jawait";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return self;
            }
        };
    }

    /** The class loader snippet classes live in. */
    public ClassLoader classLoader() {
        return loaderDelegate.classLoader();
    }

    /** JShell's own text for a string or character ({@code "x"} quoted and escaped, {@code 'c'}). */
    static String jshellText(Object value) {
        return valueString(value);
    }

    public void currentRun(CellRun run) {
        this.currentRun = run;
    }

    /** The run that snippet code started now belongs to. */
    CellRun currentRun() {
        return currentRun;
    }

    @Override
    public void redefine(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException {
        if (!loaderDelegate.redefine(cbcs)) {
            throw new NotImplementedException("in-place redefinition unavailable");
        }
    }

    @Override
    protected void clientCodeEnter() {
        mutedOutsideClientCode.set(OutputRouter.muteThisThread(false)); // snippet code prints, javac does not
        CellRun run = currentRun;
        enteredRun.set(run);
        run.enter(Thread.currentThread());
    }

    @Override
    protected void clientCodeLeave() {
        CellRun run = runOfThisThread();
        enteredRun.remove();
        run.leave(Thread.currentThread()); // the thread of an abandoned cell stays here for good
        OutputRouter.muteThisThread(mutedOutsideClientCode.get());
    }

    private CellRun runOfThisThread() {
        CellRun run = enteredRun.get();
        return run != null ? run : currentRun;
    }

    /** Why the last class load failed since the last call, once (see {@link SnippetLoaderDelegate}). */
    Throwable takeInstallFailure() {
        return loaderDelegate.takeInstallFailure();
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        CellRun run = runOfThisThread();
        Object value = doitMethod.invoke(null);
        run.recordValue(value);
        return ValueText.of(value); // bounded: JShell's own text would be a 100,000-element list's whole toString()
    }

    /**
     * Makes the next {@link #varValue} call set the variable to {@code value} instead of reading
     * it: how a value is bound to a declared variable without passing through source text.
     */
    void assignOnNextVarValue(Object value) {
        assignmentFailure = null;
        pendingAssignment.set(value);
    }

    /** Why the last assignment asked for with {@link #assignOnNextVarValue} failed, or null. */
    String assignmentFailure() {
        return assignmentFailure;
    }

    /**
     * Where the variable whose value {@code varValueCall} asks JShell for lives: the next
     * {@link #varValue} call only reports its class and field, reading nothing.
     *
     * @return the slot, or null when JShell did not ask
     */
    VariableSlots.Slot locateVariable(Runnable varValueCall) {
        located = null;
        locating = true;
        try {
            varValueCall.run();
        } catch (RuntimeException e) {
            return null;
        } finally {
            locating = false;
        }
        return located;
    }

    @Override
    public String varValue(String className, String varName) throws RunException, InternalException {
        if (locating) {
            located = new VariableSlots.Slot(className, varName);
            return "";
        }
        Object value;
        Object assignment = pendingAssignment.getAndSet(NO_ASSIGNMENT);
        try {
            Class<?> klass = findClass(className);
            Field field = klass.getDeclaredField(varName);
            field.setAccessible(true);
            if (assignment != NO_ASSIGNMENT) {
                field.set(null, assignment);
            }
            value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (assignment != NO_ASSIGNMENT) {
                assignmentFailure = String.valueOf(e.getMessage());
            }
            throw new InternalException("cannot " + (assignment != NO_ASSIGNMENT ? "set" : "read") + " variable "
                    + varName + ": " + e.getMessage());
        }
        currentRun.recordValue(value);
        return ValueText.of(value); // bounded: JShell's own text would be a 100,000-element list's whole toString()
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        CellRun run = runOfThisThread();
        run.recordFailure(cause);
        // whatever ends a stopped cell (the InterruptedException of a wait, the SocketException
        // of an interrupted socket) is its stop
        if (cause instanceof CellStopped || cause instanceof ExitRequested || run.stopRequested()) {
            throw new StoppedException();
        }
        return super.throwConvertedInvocationException(cause);
    }

    @Override
    protected String throwConvertedOtherException(Throwable cause) throws RunException, InternalException {
        runOfThisThread().recordFailure(cause);
        return super.throwConvertedOtherException(cause);
    }

    @Override
    public void stop() {
        currentRun.stop();
    }
}
