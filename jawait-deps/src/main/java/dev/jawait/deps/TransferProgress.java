package dev.jawait.deps;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.transfer.TransferResource;

/**
 * Turns Maven Resolver's transfer events into progress lines (artifact and bytes) for the user:
 * one line per downloaded file, and for large files a line at most every second while it
 * downloads. Checksums and signatures are not reported.
 *
 * <p>Thread-safe: the resolver downloads in parallel; the sink is set per resolution.
 */
final class TransferProgress extends AbstractTransferListener {
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
    private volatile Consumer<String> sink = line -> { };
    private final Map<TransferResource, Long> lastReport = new ConcurrentHashMap<>();

    void sink(Consumer<String> lines) {
        this.sink = lines;
    }

    @Override
    public void transferProgressed(TransferEvent event) {
        TransferResource resource = event.getResource();
        if (!reported(resource) || resource.getContentLength() < 1_000_000) {
            return;
        }
        long now = System.nanoTime();
        Long last = lastReport.putIfAbsent(resource, now);
        if (last != null && now - last >= PROGRESS_INTERVAL_NANOS && lastReport.replace(resource, last, now)) {
            sink.accept("Downloading " + name(resource) + ": " + size(event.getTransferredBytes())
                    + " of " + size(resource.getContentLength()));
        }
    }

    @Override
    public void transferSucceeded(TransferEvent event) {
        TransferResource resource = event.getResource();
        lastReport.remove(resource);
        if (reported(resource) && event.getRequestType() == TransferEvent.RequestType.GET) {
            sink.accept("Downloaded " + name(resource) + " (" + size(event.getTransferredBytes()) + ") from "
                    + resource.getRepositoryId());
        }
    }

    @Override
    public void transferFailed(TransferEvent event) {
        lastReport.remove(event.getResource());
    }

    private static boolean reported(TransferResource resource) {
        String name = resource.getResourceName();
        return name.endsWith(".jar");
    }

    private static String name(TransferResource resource) {
        String name = resource.getResourceName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
