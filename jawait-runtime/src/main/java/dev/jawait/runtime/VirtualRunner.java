package dev.jawait.runtime;

/** The {@code virtual} runner: one fresh virtual thread per cell. Stateless, thread-safe. */
final class VirtualRunner implements Runner {

    static final VirtualRunner INSTANCE = new VirtualRunner();

    private VirtualRunner() {}

    @Override
    public Object run(Cell cell) throws Exception {
        Outcome outcome = new Outcome();
        Thread cellThread = Thread.ofVirtual().name(Names.cell()).start(() -> outcome.capture(cell::call));
        Outcome.joinForwardingInterrupts(cellThread, cellThread);
        return outcome.get();
    }

    @Override
    public String toString() {
        return "virtual";
    }
}
