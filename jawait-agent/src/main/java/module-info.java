/**
 * jawait's java agent: hands over {@code java.lang.instrument}'s {@code Instrumentation} so that
 * snippet classes are redefined in place (attached to jawait's own JVM when first needed).
 */
module dev.jawait.agent {
    requires transitive java.instrument;

    exports dev.jawait.agent;
}
