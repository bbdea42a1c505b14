package dev.jawait.runtime;

/** The {@code sync} runner: calls the cell on the calling thread. Stateless, thread-safe. */
final class SyncRunner implements Runner {

    static final SyncRunner INSTANCE = new SyncRunner();

    private SyncRunner() {}

    @Override
    public Object run(Cell cell) throws Exception {
        return cell.call();
    }

    @Override
    public String toString() {
        return "sync";
    }
}
