package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter tests are only meaningful if the libraries come from %maven, not from the JVM's class path. */
class LibrariesAreNotOnTheTestClassPathTest {
    @Test
    void noLibraryIsOnTheClassPath() {
        for (String type : List.of("reactor.core.publisher.Mono", "io.reactivex.rxjava3.core.Single", "io.smallrye.mutiny.Uni",
                "io.vertx.core.Future", "com.google.common.util.concurrent.ListenableFuture", "org.reactivestreams.Publisher")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(type), type);
        }
    }
}
