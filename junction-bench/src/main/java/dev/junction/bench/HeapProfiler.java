package dev.junction.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The heap an iteration needed, for W6's bounded-memory claim ({@code -prof dev.junction.bench.HeapProfiler}). Each
 * iteration starts from a full collection; what was in use then (the data set itself, for in-memory H2) is the
 * baseline, and two figures above it are reported, the largest over all iterations kept:
 * <ul>
 *   <li>{@code heap.retained}: the most heap in use right after any collection during the iteration — what the
 *   code actually held on to (a stream that kept its rows would show them here);</li>
 *   <li>{@code heap.peak}: the most heap in use at all, garbage included, which mostly says how large the young
 *   generation grew.</li>
 * </ul>
 * JMH's own {@code -prof gc} gives the bytes allocated per operation.
 */
public final class HeapProfiler implements InternalProfiler {
    private static final double MB = 1024.0 * 1024.0;
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private static final Set<String> HEAP_NAMES = HEAP.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private static volatile long liveMax;
    private static long baseline;

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
                    if (after > liveMax) liveMax = after;
                }, null, null);
            }
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> usage) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
            if (HEAP_NAMES.contains(pool.getKey())) used += pool.getValue().getUsed();
        }
        return used;
    }

    @Override
    public String getDescription() {
        return "Heap used above the iteration's start: most after a collection (retained), most at all (peak), MB";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : HEAP) {
            pool.resetPeakUsage();
            used += pool.getUsage().getUsed();
        }
        baseline = used;
        liveMax = used;
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's signature
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long peak = 0;
        for (MemoryPoolMXBean pool : HEAP) peak += pool.getPeakUsage().getUsed();
        return List.of(new ScalarResult("heap.retained", Math.max(0, liveMax - baseline) / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.peak", Math.max(0, peak - baseline) / MB, "MB", AggregationPolicy.MAX));
    }
}
