package dev.jawait.deps;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The dependency magics: {@code %maven G:A:V …} (alias {@code %dependency}) and
 * {@code %mavenRepo ID URL}. Front ends call {@link #registerInto} when they build a session's
 * magic registry.
 *
 * <p>Stateless and thread-safe (the state is each session's {@link SessionDependencies}).
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

    private DepsMagics() {}

    /** Registers {@code %maven}, {@code %dependency} and {@code %mavenRepo} in {@code registry}; returns it. */
    public static MagicRegistry registerInto(MagicRegistry registry) {
        LineMagic maven = DepsMagics::maven;
        registry.register("maven", maven, MAVEN_HELP);
        registry.register("dependency", maven, MAVEN_HELP);
        registry.register("mavenRepo", (LineMagic) DepsMagics::mavenRepo, REPO_HELP);
        return registry;
    }

    /**
     * Resolves {@code coordinates} into {@code session} (for {@code --deps} and {@code //DEPS}),
     * writing progress to {@code progress}.
     *
     * @return the summary line
     * @throws JawaitException when resolution fails (the session is unchanged)
     */
    public static String addDependencies(Session session, List<String> coordinates, Consumer<String> progress) {
        List<Path> added = SessionDependencies.of(session).add(coordinates, progress);
        return summary(added);
    }

    private static MagicResult maven(MagicContext context, String args) {
        SessionDependencies deps = SessionDependencies.of(context.session());
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

    private static MagicResult mavenRepo(MagicContext context, String args) {
        DependencyResolver resolver = SessionDependencies.of(context.session()).resolver();
        List<String> parts = List.of(args.strip().split("\\s+"));
        if (args.isBlank()) {
            return MagicResult.show(resolver.repositories());
        }
        if (parts.size() != 2) {
            throw new JawaitException("Usage: %mavenRepo ID URL (e.g. %mavenRepo jitpack https://jitpack.io).");
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
