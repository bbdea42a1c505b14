package dev.jawait.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Facts the build writes once, from the POM, for every part of jawait to read: the version, and
 * the JVM options a jawait process needs (the launcher reads the same options from the argument
 * file the build writes beside its jar; the kernelspec and the benchmarks from here).
 *
 * <p>Immutable and thread-safe.
 */
public final class BuildInfo {
    private static final String RESOURCE = "/dev/jawait/config/build.properties";
    private static final Properties PROPERTIES = load();

    private BuildInfo() {}

    /** jawait's version, as the POM has it ({@code 0.1.0-SNAPSHOT}). */
    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    /**
     * The JVM options every jawait process needs: access for the virtual-thread scheduler of the
     * {@code loop} runner and for JLine's native terminal, attaching jawait's redefinition agent
     * to its own JVM, and a young generation sized for many sleeping tasks.
     */
    public static List<String> jvmOptions() {
        return Arrays.stream(PROPERTIES.getProperty("jvm.options").strip().split("\\s+")).toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from jawait-core's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
