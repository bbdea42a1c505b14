/**
 * jawait's text front ends: the terminal REPL (JLine), piped input, {@code jawait run}, and
 * {@link dev.jawait.repl.Jawait#embed()} for programs. Only jawait-core and JLine come with it.
 */
module dev.jawait.repl {
    requires dev.jawait.core;
    requires org.jline;
    requires jdk.unsupported;

    exports dev.jawait.repl;
}
