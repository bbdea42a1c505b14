/**
 * What snippet code sees: {@code await} and {@code for await} over JDK types, the runners,
 * {@code spawn}, {@code sleep}, {@code gather}. On the class path of every session's snippets.
 * (The {@code loop} runner reaches into {@code java.lang}'s virtual-thread builder: on the module
 * path it needs {@code --add-opens java.base/java.lang=dev.jawait.runtime}.)
 */
module dev.jawait.runtime {
    exports dev.jawait.runtime;
    exports dev.jawait.comm;
    exports dev.jawait.widgets;
}
