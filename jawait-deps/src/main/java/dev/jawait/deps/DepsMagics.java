package dev.jawait.deps;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.SessionControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The dependency magics: {@code %maven G:A:V …} (alias {@code %dependency}) and
 * {@code %mavenRepo ID URL}, JJava's {@code %loadFromPOM} and {@code %load NOTEBOOK.ipynb}, and the same resolution for {@code --deps} and {@code //DEPS}
 * ({@link #addDependencies}). Every standard session has them through {@link DepsExtension}.
 *
 * <p>Thread-safe (the state is each session's {@link SessionDependencies}).
 */
public final class DepsMagics {
    static final String MAVEN_HELP = """
            %maven GROUP:ARTIFACT:VERSION ...
            Resolves the artifacts and their dependencies from Maven Central (and repositories added
            with %mavenRepo), honouring ~/.m2/settings.xml (mirrors, proxies, authentication, local
            repository), and adds the jars to this session's class path: the next cells can import
            them, and everything already defined keeps working. Without arguments, lists what was added.
            Alias: %dependency.""";
    static final String REPO_HELP = """
            %mavenRepo ID URL
            Adds a Maven repository that %maven searches after Maven Central. Without arguments,
            lists the repositories.""";

    static final String POM_HELP = """
            %loadFromPOM FILE      or      %%loadFromPOM (a cell of POM XML)
            As JJava's: resolves the <dependencies> of a POM file, or of a POM snippet in the cell
            (<dependencies>, <repositories>, bare <dependency> elements), after adding its
            <repositories>, as %maven does. ${property} is taken from the POM's <properties>;
            test, provided and system dependencies are left out.""";

    private final Supplier<DependencyResolver> resolvers;

    /**
     * The magics, with each session's resolver from {@code resolvers}.
     *
     * @param resolvers makes each session's resolver, on its first use
     */
    public DepsMagics(Supplier<DependencyResolver> resolvers) {
        this.resolvers = resolvers;
    }

    /** Registers {@code %maven}, {@code %dependency} and {@code %mavenRepo} in {@code registry}; returns it. */
    public MagicRegistry registerInto(MagicRegistry registry) {
        LineMagic maven = this::maven;
        registry.register("maven", maven, MAVEN_HELP);
        registry.register("dependency", maven, MAVEN_HELP);
        registry.register("mavenRepo", (LineMagic) this::mavenRepo, REPO_HELP);
        registry.register("loadFromPOM", (LineMagic) this::loadFromPomFile, POM_HELP);
        registry.find("load").ifPresent(load -> {
            var files = registry.completer("load");
            registry.register("load", new NotebookLoad(load), NotebookLoad.HELP);
            files.ifPresent(completer -> registry.register("load", new NotebookLoad(load), NotebookLoad.HELP, completer));
        });
        registry.register("loadFromPOM", (CellMagic) (context, args, body) -> loadFromPom(context, body), POM_HELP);
        return registry;
    }

    /**
     * Resolves {@code coordinates} (each text possibly several, separated by blanks or commas)
     * into {@code session}, progress and then the summary to {@code progress}.
     *
     * @throws dev.jawait.JawaitException when resolution fails (the session is unchanged)
     */
    public void addDependencies(SessionControl session, List<String> coordinates, Consumer<String> progress) {
        List<String> all = coordinates.stream().flatMap(text -> Coordinates.split(text).stream()).toList();
        List<Path> added = SessionDependencies.of(session, resolvers).add(all, progress);
        progress.accept(summary(added));
    }

    private MagicResult maven(MagicContext context, String args) {
        SessionDependencies deps = SessionDependencies.of(context.control(), resolvers);
        if (args.isBlank()) {
            List<String> loaded = deps.loaded();
            return loaded.isEmpty() ? MagicResult.show("No Maven dependencies added yet: %maven " + Coordinates.FORMAT + ".")
                    : MagicResult.show(loaded);
        }
        List<String> coordinates = Coordinates.split(args);
        System.out.println("Resolving " + String.join(", ", coordinates) + " ...");
        List<Path> added = deps.add(coordinates, System.out::println);
        return MagicResult.show(summary(added));
    }

    private MagicResult loadFromPomFile(MagicContext context, String args) {
        if (args.isBlank()) {
            throw new BadArgumentsException("Usage: %loadFromPOM FILE (a pom.xml), or %%loadFromPOM with POM XML in the cell.");
        }
        Path file = context.control().environment().resolve(args.strip());
        try {
            return loadFromPom(context, Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadArgumentsException("%loadFromPOM: no such file: " + args.strip());
        } catch (java.io.IOException e) {
            throw new BadArgumentsException("%loadFromPOM: cannot read " + file + ": " + e.getMessage());
        }
    }

    private MagicResult loadFromPom(MagicContext context, String xml) {
        PomSnippet pom = PomSnippet.parse(xml);
        SessionDependencies deps = SessionDependencies.of(context.control(), resolvers);
        List<String> lines = new ArrayList<>();
        pom.repositories().forEach((id, url) -> {
            deps.resolver().addRepository(id, url);
            lines.add("Added repository " + id + " (" + url + ").");
        });
        if (!pom.coordinates().isEmpty()) {
            System.out.println("Resolving " + String.join(", ", pom.coordinates()) + " ...");
            lines.add(summary(deps.add(pom.coordinates(), System.out::println)));
        }
        return MagicResult.show(lines);
    }

    private MagicResult mavenRepo(MagicContext context, String args) {
        DependencyResolver resolver = SessionDependencies.of(context.control(), resolvers).resolver();
        List<String> parts = List.of(args.strip().split("\\s+"));
        if (args.isBlank()) {
            return MagicResult.show(resolver.repositories());
        }
        if (parts.size() != 2) {
            throw new BadArgumentsException("Usage: %mavenRepo ID URL (e.g. %mavenRepo jitpack https://jitpack.io).");
        }
        resolver.addRepository(parts.get(0), parts.get(1));
        return MagicResult.show("Added repository " + parts.get(0) + " (" + parts.get(1) + ").");
    }

    private static String summary(List<Path> added) {
        if (added.isEmpty()) {
            return "Already on the class path: nothing added.";
        }
        List<String> names = new ArrayList<>();
        added.forEach(p -> names.add(p.getFileName().toString()));
        return "Added to the class path: " + String.join(", ", names);
    }
}
