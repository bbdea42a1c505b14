/**
 * The jawait library: {@link dev.jawait.Session} over {@code jdk.jshell} with jawait's own
 * execution control, the cell pipeline, commands, help and magics. Its {@code internal}
 * packages are not exported.
 */
module dev.jawait.core {
    requires transitive dev.jawait.analysis;
    requires transitive dev.jawait.runtime;
    requires dev.jawait.agent;
    requires jdk.jshell;
    requires java.compiler;
    requires jdk.compiler;
    requires java.instrument;
    requires jdk.attach;
    requires java.management;
    requires jdk.management;
    requires jdk.jfr;

    exports dev.jawait;
    exports dev.jawait.config;
    exports dev.jawait.history;
    exports dev.jawait.magic;
    exports dev.jawait.spi;

    uses dev.jawait.spi.SessionExtension;
    uses dev.jawait.runtime.RunnerProvider;
}
