package dev.jawait.engine.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JShell's {@code --module-path} and {@code --add-modules} for snippets that run in jawait's own
 * JVM: the modules the compiler options name are resolved from the module path into a
 * {@link ModuleLayer} on top of the boot layer, and snippet classes load their packages from it
 * (the unnamed module of snippets reads every module, so exported packages are accessible).
 * javac sees the same options, so snippets compile against exactly what they load.
 *
 * <p>As with JShell, modules on the module path are used only when named by {@code --add-modules}
 * (or {@code ALL-MODULE-PATH}); the modules they require come along.
 *
 * <p>Thread-safe: the loader it returns is parallel capable and its package map immutable.
 */
final class ModulePathLayer {
    private static final String ALL_MODULE_PATH = "ALL-MODULE-PATH";

    private ModulePathLayer() {}

    /**
     * {@code parent} itself when the options name no module path; otherwise a loader that loads the
     * packages of the resolved modules from their layer and everything else from {@code parent}.
     *
     * @throws BadArgumentsException when a module cannot be found or resolved (the message says which)
     */
    static ClassLoader parentFor(ClassLoader parent, List<String> compilerOptions) {
        List<Path> path = new ArrayList<>();
        Set<String> added = new LinkedHashSet<>();
        forEachValue(compilerOptions, "--module-path", value -> {
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    path.add(Path.of(entry));
                }
            }
        });
        forEachValue(compilerOptions, "--add-modules", value -> {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    added.add(name.strip());
                }
            }
        });
        if (path.isEmpty() && added.isEmpty()) {
            return parent; // the usual session: nothing to resolve
        }
        for (Path entry : path) {
            if (!java.nio.file.Files.exists(entry)) {
                throw new BadArgumentsException("--module-path: " + entry + " does not exist.");
            }
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Set<String> onPath;
        try {
            onPath = finder.findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
        } catch (FindException e) {
            throw new BadArgumentsException("--module-path cannot be read: " + e.getMessage());
        }
        Set<String> roots = added.contains(ALL_MODULE_PATH) ? onPath : new LinkedHashSet<>();
        for (String name : added) {
            if (onPath.contains(name)) {
                roots.add(name);
            } else if (!name.startsWith("ALL-") && ModuleLayer.boot().findModule(name).isEmpty()) {
                throw new BadArgumentsException(ModuleFinder.ofSystem().find(name).isPresent()
                        ? "--add-modules: module " + name + " is in the JDK but not in this JVM; start jawait with"
                                + " -J--add-modules=" + name + "."
                        : "--add-modules: module " + name + " is not on the module path"
                                + (path.isEmpty() ? " (none was given: --module-path DIR)." : "."));
            }
        }
        if (roots.isEmpty()) {
            return parent; // as in JShell: modules on the path are used once --add-modules names them
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration;
        try {
            configuration = boot.configuration().resolve(finder, ModuleFinder.of(), roots);
        } catch (FindException | ResolutionException e) {
            throw new BadArgumentsException("--add-modules: " + e.getMessage());
        }
        ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, parent);
        Map<String, ClassLoader> loaderOfPackage = new java.util.HashMap<>();
        for (var module : configuration.modules()) {
            ModuleReference reference = module.reference();
            ModuleDescriptor descriptor = reference.descriptor();
            ClassLoader loader = layer.findLoader(descriptor.name());
            descriptor.packages().forEach(pkg -> loaderOfPackage.put(pkg, loader));
        }
        return new LayerLoader(parent, Map.copyOf(loaderOfPackage));
    }

    private static void forEachValue(List<String> options, String name, java.util.function.Consumer<String> action) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals(name) && i + 1 < options.size()) {
                action.accept(options.get(++i));
            } else if (option.startsWith(name + "=")) {
                action.accept(option.substring(name.length() + 1));
            }
        }
    }

    /** Packages of the layer's modules from their loader, the rest parent-first as usual. */
    private static final class LayerLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, ClassLoader> loaderOfPackage;

        LayerLoader(ClassLoader parent, Map<String, ClassLoader> loaderOfPackage) {
            super("jawait-module-path", parent);
            this.loaderOfPackage = loaderOfPackage;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            int dot = name.lastIndexOf('.');
            ClassLoader owner = dot < 0 ? null : loaderOfPackage.get(name.substring(0, dot));
            return owner != null ? owner.loadClass(name) : super.loadClass(name, resolve);
        }

        @Override
        public java.net.URL getResource(String name) {
            int slash = name.lastIndexOf('/');
            ClassLoader owner = slash < 0 ? null : loaderOfPackage.get(name.substring(0, slash).replace('/', '.'));
            java.net.URL url = owner != null ? owner.getResource(name) : null;
            return url != null ? url : super.getResource(name);
        }
    }
}
