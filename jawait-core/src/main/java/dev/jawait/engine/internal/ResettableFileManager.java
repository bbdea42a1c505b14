package dev.jawait.engine.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The file manager JShell's compiler works through ({@code JShell.Builder.fileManager}): the
 * standard one, plus a way to make javac throw away the compiler state it keeps between
 * compilations.
 *
 * <p>Why: JShell compiles every snippet in a javac context it reuses ({@code JavacTaskPool}).
 * When code generation fails after constants were entered into the class's constant pool (a
 * string constant over 65,535 bytes: "constant string too long"), the pool is never cleared, and
 * every later compilation in that context fails with "UTF8 representation for string … is too
 * long for the constant pool": the session is broken for good. javac drops a context it finds
 * "polluted" once a compilation is over; one test it makes is whether the file manager has a
 * {@code PATCH_MODULE_PATH}. {@link #discardCompilerState()} makes that test answer yes when
 * javac asks it while putting a context back (and only then), so the next compilations start
 * from fresh contexts.
 *
 * <p>Thread-safe.
 */
final class ResettableFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {
    private static final String POOLED_CONTEXT = "com.sun.tools.javac.api.JavacTaskPool$ReusableContext";
    private static final StackWalker STACK = StackWalker.getInstance();

    private volatile boolean discarding;

    ResettableFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    /** From now until {@link #keepCompilerState()}, javac drops each context it is done with. */
    void discardCompilerState() {
        discarding = true;
    }

    /** Back to javac's reuse of contexts. */
    void keepCompilerState() {
        discarding = false;
    }

    @Override
    public boolean hasLocation(Location location) {
        if (discarding && location == StandardLocation.PATCH_MODULE_PATH && calledWhileReturningAContext()) {
            return true;
        }
        return super.hasLocation(location);
    }

    private static boolean calledWhileReturningAContext() {
        return STACK.walk(frames -> frames.limit(16).anyMatch(frame ->
                frame.getClassName().equals(POOLED_CONTEXT) && frame.getMethodName().equals("clear")));
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return fileManager.isSameFile(a, b);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }
}
