package dev.jawait.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/DESIGN.md draws, checked on the compiled classes of every module: data flows one
 * way (analysis and runtime know nothing above them; the engine knows nothing of sessions, magics
 * or front ends; the cell pipeline never calls back into {@code Session}), no two classes depend
 * on each other in a cycle, no module reaches into another's {@code internal} packages, and no
 * main source file is much over 400 lines.
 */
class ArchitectureTest {
    private static final JavaClasses JAWAIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jawait");

    @Test
    void theRulesSeeEveryModule() {
        for (String name : List.of("dev.jawait.analysis.CellInput", "dev.jawait.runtime.Await", "dev.jawait.Session",
                "dev.jawait.engine.internal.Engine", "dev.jawait.session.internal.CellPipeline",
                "dev.jawait.history.sqlite.SqliteHistory", "dev.jawait.deps.DepsMagics", "dev.jawait.adapters.ReactorAwaits",
                "dev.jawait.kernel.KernelCommand", "dev.jawait.repl.ReplCommand", "dev.jawait.cli.Main")) {
            assertTrue(JAWAIT.contain(name), name + " is not among the classes checked");
        }
    }

    /**
     * No import cycle between files: no two top-level classes of different packages (where one
     * must import the other) depend on each other, directly or through others across packages.
     * Within a package, a type and its implementation may know each other (as {@code CellInput}
     * and {@code InputParser} do).
     */
    @Test
    void noImportCycleBetweenFiles() {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (JavaClass type : JAWAIT) {
            String from = topLevel(type).getName();
            Set<String> targets = imports.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = topLevel(dependency.getTargetClass());
                if (target.getPackageName().startsWith("dev.jawait")
                        && !target.getPackageName().equals(topLevel(type).getPackageName())) {
                    targets.add(target.getName());
                }
            }
        }
        assertEquals(List.of(), Cycles.of(imports), "classes of different packages that import each other, in a cycle");
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    @Test
    void analysisAndRuntimeKnowNothingAboveThem() {
        noClasses().that().resideInAPackage("dev.jawait.analysis..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.jawait.analysis..", "java..", "javax..",
                        "com.sun.source..", "jdk..")
                .check(JAWAIT);
        noClasses().that().resideInAPackage("dev.jawait.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jawait", "dev.jawait.session..",
                        "dev.jawait.engine..", "dev.jawait.magic..", "dev.jawait.analysis..", "dev.jawait.repl..",
                        "dev.jawait.kernel..", "dev.jawait.cli..")
                .check(JAWAIT);
    }

    @Test
    void theEngineKnowsNothingOfSessionsMagicsOrFrontEnds() {
        noClasses().that().resideInAPackage("dev.jawait.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jawait.session..", "dev.jawait.magic..",
                        "dev.jawait.spi..", "dev.jawait.config..", "dev.jawait.repl..", "dev.jawait.kernel..",
                        "dev.jawait.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.jawait.Session")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.jawait.SessionBuilder")
                .check(JAWAIT);
    }

    @Test
    void theCellPipelineAndTheMagicsNeverSeeTheSession() {
        noClasses().that().resideInAnyPackage("dev.jawait.session..", "dev.jawait.magic..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.jawait.Session")
                .check(JAWAIT);
    }

    @Test
    void theCoreKnowsNoFrontEndAndNoOptionalModule() {
        noClasses().that().resideInAnyPackage("dev.jawait", "dev.jawait.session..", "dev.jawait.engine..",
                        "dev.jawait.magic..", "dev.jawait.history", "dev.jawait.history.internal..", "dev.jawait.spi..",
                        "dev.jawait.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jawait.repl..", "dev.jawait.kernel..",
                        "dev.jawait.cli..", "dev.jawait.deps..", "dev.jawait.adapters..", "dev.jawait.history.sqlite..")
                .check(JAWAIT);
    }

    @Test
    void frontEndsAndModulesUseNoOtherModulesInternals() {
        noClasses().that().resideInAnyPackage("dev.jawait.repl..", "dev.jawait.kernel..", "dev.jawait.cli..",
                        "dev.jawait.deps..", "dev.jawait.adapters..", "dev.jawait.history.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jawait.session.internal..",
                        "dev.jawait.engine.internal..", "dev.jawait.magic.internal..", "dev.jawait.history.internal..")
                .check(JAWAIT);
        noClasses().that().resideInAnyPackage("dev.jawait.repl..", "dev.jawait.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.jawait.kernel.internal..")
                .check(JAWAIT);
        noClasses().that().resideInAPackage("dev.jawait.repl..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jawait.kernel..", "dev.jawait.deps..",
                        "dev.jawait.history.sqlite..", "org.zeromq..", "com.fasterxml..", "eu.maveniverse..")
                .check(JAWAIT);
    }

    @Test
    void mainSourceFilesStaySmall() throws IOException {
        List<String> large;
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            large = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                            && !p.toString().contains("/target/"))
                    .filter(p -> lines(p) > 420)
                    .map(p -> p + " (" + lines(p) + " lines)").toList();
        }
        assertEquals(List.of(), large, "main source files over ~400 lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
