package dev.jawait.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.Session;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * %maven in a live session against a file-based repository that a settings.xml mirror stands in
 * for (no network needed), with a fresh local repository per test so downloads are observed.
 */
class DepsMagicsTest {
    @TempDir Path temp;
    private Session session;
    private DependencyResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        Path remote = Files.createDirectories(temp.resolve("remote"));
        new TinyRepository(remote)
                .install("tiny", "1.0", "tiny.Hello", "hello 1", List.of())
                .install("tiny", "2.0", "tiny.Hello", "hello 2", List.of())
                .install("uses-tiny", "1.0", "usestiny.Greeter", "greeter", List.of(TinyRepository.GROUP + ":tiny:1.0"));
        Path settings = TinyRepository.mirrorSettings(temp, "test-mirror", remote.toUri().toString());
        resolver = new DependencyResolver(temp.resolve("local"), settings);
        session = Session.builder().build();
        new DepsMagics(() -> resolver).registerInto(session.magics());
    }

    @AfterEach
    void tearDown() {
        session.close();
        resolver.close();
    }

    private CellResult ok(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.OK, result.status(), () -> cell + "\n" + result.errorText() + result.notices());
        return result;
    }

    private String failure(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.FAILED, result.status(), () -> cell + " -> " + result);
        return result.errorText();
    }

    @Test
    void mavenResolvesTransitivelyThroughTheMirrorAndKeepsWhatWasDefined() {
        ok("int before = 41;");
        ok("int inc(int x) { return x + 1; }");
        assertTrue(session.execute("usestiny.Greeter.hi()").status() == CellStatus.COMPILE_ERROR);
        CellResult added = ok("%maven " + TinyRepository.GROUP + ":uses-tiny:1.0");
        assertTrue(added.notices().toString().contains("uses-tiny-1.0.jar") && added.notices().toString().contains("tiny-1.0.jar"),
                added.notices().toString());
        assertEquals("\"greeter\"", Results.text(ok("usestiny.Greeter.hi()")));
        assertEquals("\"hello 1\"", Results.text(ok("tiny.Hello.hi()")), "the transitive dependency is there too");
        assertEquals("42", Results.text(ok("inc(before)")));
        assertTrue(ok("%maven").notices().contains(TinyRepository.GROUP + ":tiny:1.0"));
        assertTrue(ok("%dependency " + TinyRepository.GROUP + ":tiny:1.0").notices().toString().contains("nothing added"));
    }

    @Test
    void loadFromPomTakesASnippetOrAFileAsJJavaDoes() throws IOException {
        CellResult cell = ok("""
                %%%%loadFromPOM
                <properties><tiny.version>1.0</tiny.version></properties>
                <repositories><repository><id>extra</id><url>https://repo.example.org/maven2</url></repository></repositories>
                <dependencies>
                  <dependency><groupId>%s</groupId><artifactId>tiny</artifactId><version>${tiny.version}</version></dependency>
                  <dependency><groupId>%s</groupId><artifactId>uses-tiny</artifactId><version>1.0</version><scope>test</scope></dependency>
                </dependencies>""".formatted(TinyRepository.GROUP, TinyRepository.GROUP));
        assertEquals(List.of("Added repository extra (https://repo.example.org/maven2).", "Added to the class path: tiny-1.0.jar"),
                cell.notices());
        assertEquals("\"hello 1\"", Results.text(ok("tiny.Hello.hi()")));
        assertTrue(ok("%mavenRepo").notices().toString().contains("extra"));
        Path pom = Files.writeString(temp.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project><modelVersion>4.0.0</modelVersion>
                  <dependencyManagement><dependencies><dependency><groupId>x</groupId><artifactId>managed</artifactId><version>9</version></dependency></dependencies></dependencyManagement>
                  <dependencies><dependency><groupId>%s</groupId><artifactId>uses-tiny</artifactId><version>1.0</version></dependency></dependencies>
                </project>""".formatted(TinyRepository.GROUP));
        assertEquals(List.of("Added to the class path: uses-tiny-1.0.jar"), ok("%loadFromPOM " + pom).notices());
        assertEquals("\"greeter\"", Results.text(ok("usestiny.Greeter.hi()")));
        assertTrue(session.execute("%%loadFromPOM\n<dependency><groupId>a</groupId><artifactId>b</artifactId></dependency>")
                .errorText().contains("a <dependency> without <version>"));
        assertTrue(session.execute("%%loadFromPOM\n<dependencies>").errorText().contains("not well-formed XML"));
        assertTrue(session.execute("%loadFromPOM missing.xml").errorText().contains("no such file: missing.xml"));
    }

    @Test
    void loadingANotebookRunsItsCodeCellsAndStopsAtAFailure() throws IOException {
        Path notebook = Files.writeString(temp.resolve("lib.ipynb"), """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# not code"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": ["int twice(int x) {\\n", "    return 2 * x;\\n", "}"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": "var answer = await CompletableFuture.completedFuture(twice(21));"}
                ]}""");
        ok("%load " + notebook);
        assertEquals("42", Results.text(ok("answer")));
        Path failing = Files.writeString(temp.resolve("bad.ipynb"), """
                {"cells": [{"cell_type": "code", "source": "int a = 1;"},
                           {"cell_type": "code", "source": "throw new IllegalStateException(\\"cell two\\");"},
                           {"cell_type": "code", "source": "int c = 3;"}]}""");
        CellResult failed = session.execute("%load " + failing);
        assertEquals(CellStatus.FAILED, failed.status());
        assertTrue(failed.errorText().contains("cell two") && failed.errorText().contains("bad.ipynb cell 2"), failed.errorText());
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("c").status(), "the cells after the failure did not run");
        Files.writeString(temp.resolve("broken.ipynb"), "{oops");
        assertTrue(session.execute("%load " + temp.resolve("broken.ipynb")).errorText().contains("is not a notebook (not JSON"));
        Path jsh = Files.writeString(temp.resolve("a.jsh"), "int fromJsh = 1;");
        assertTrue(ok("%load " + jsh).toString().contains("int fromJsh = 1;"), "other files still go into the next input");
    }

    @Test
    void progressNamesTheArtifactBytesAndMirror() {
        List<String> progress = new ArrayList<>();
        new SessionDependencies(session::addToClasspath, resolver).add(List.of(TinyRepository.GROUP + ":tiny:1.0"), progress::add);
        assertTrue(progress.stream().anyMatch(l -> l.matches("Downloaded tiny-1\\.0\\.jar \\(\\d+ B\\) from test-mirror")),
                progress.toString());
    }

    @Test
    void aConflictingVersionIsOneClearErrorAndChangesNothing() {
        ok("%maven " + TinyRepository.GROUP + ":tiny:1.0");
        String error = failure("%maven " + TinyRepository.GROUP + ":tiny:2.0");
        assertTrue(error.startsWith("Version conflict: dev.jawait.test:tiny:jar:2.0 was asked for, but dev.jawait.test:tiny:jar:1.0"
                + " is already on the session's class path."), error);
        assertEquals("\"hello 1\"", Results.text(ok("tiny.Hello.hi()")));
        String both = failure("%maven " + TinyRepository.GROUP + ":uses-tiny:1.0 " + TinyRepository.GROUP + ":uses-tiny:2.0");
        assertTrue(both.contains("is also asked for"), both);
    }

    @Test
    void transitiveDependenciesKeepTheVersionAlreadyLoaded() {
        ok("%maven " + TinyRepository.GROUP + ":tiny:2.0");
        ok("%maven " + TinyRepository.GROUP + ":uses-tiny:1.0"); // wants tiny 1.0: the loaded 2.0 stays
        assertEquals("\"hello 2\"", Results.text(ok("tiny.Hello.hi()")));
        assertFalse(session.execute("%maven").notices().contains(TinyRepository.GROUP + ":tiny:1.0"));
    }

    @Test
    void anUnknownArtifactIsOneClearErrorAndChangesNothing() {
        String error = failure("%maven " + TinyRepository.GROUP + ":no-such-thing:1.0");
        assertTrue(error.startsWith("Cannot resolve dev.jawait.test:no-such-thing:jar:1.0: dev.jawait.test:no-such-thing:"), error);
        assertTrue(error.contains("was not found in test-mirror (file:"), error);
        assertTrue(ok("%maven").notices().toString().contains("No Maven dependencies added yet"));
    }

    @Test
    void badCoordinatesAreOneClearError() {
        assertEquals("Bad Maven coordinates `reactor-core`: expected GROUP:ARTIFACT:VERSION (e.g. io.projectreactor:reactor-core:3.8.8).",
                failure("%maven reactor-core"));
        assertTrue(failure("%mavenRepo onlyAnId").startsWith("Usage: %mavenRepo ID URL"));
    }

    @Test
    void anInterruptEndsTheWaitForASlowRepositoryAndChangesNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch requested = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> { // a repository that answers nothing for a long time
            requested.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        Path slowDir = Files.createDirectories(temp.resolve("slow"));
        Path settings = TinyRepository.mirrorSettings(slowDir, "slow-mirror",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/");
        DependencyResolver slowResolver = new DependencyResolver(slowDir.resolve("local"), settings);
        Session slow = Session.builder().build();
        new DepsMagics(() -> slowResolver).registerInto(slow.magics());
        try {
            CompletableFuture<CellResult> cell = CompletableFuture.supplyAsync(
                    () -> slow.execute("%maven " + TinyRepository.GROUP + ":tiny:1.0"));
            assertTrue(requested.await(30, TimeUnit.SECONDS), "the resolver reached the slow repository");
            assertTrue(slow.isRunning(), "a magic waiting on a download is a running cell");
            slow.interrupt();
            CellResult result = cell.get(10, TimeUnit.SECONDS);
            assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
            assertTrue(result.notices().stream().anyMatch(n -> n.contains("nothing was added to the class path")),
                    result.notices()::toString);
            assertTrue(slow.execute("%maven").notices().toString().contains("No Maven dependencies added yet"));
            assertEquals("2", Results.text(slow.execute("1 + 1")), "the session goes on");
        } finally {
            release.countDown();
            slow.close();
            slowResolver.close();
            server.stop(0);
        }
    }

    @Test
    void mavenRepoAddsARepositorySearchedAfterCentral() {
        CellResult result = ok("%mavenRepo extra file:///nonexistent/repo");
        assertEquals(List.of("Added repository extra (file:///nonexistent/repo)."), result.notices());
        assertEquals(List.of("central https://repo.maven.apache.org/maven2/", "extra file:///nonexistent/repo"),
                ok("%mavenRepo").notices());
    }
}
