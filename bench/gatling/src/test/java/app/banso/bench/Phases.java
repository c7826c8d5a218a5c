package app.banso.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-phase figures measured inside the simulation: each phase (warm-up, trivial-1, flow-1, ...)
 * runs alone, one after the other, so its requests per second are its completed requests over
 * its wall time, and its p95 comes from every response time it saw.
 */
public final class Phases {

    static final class Phase {
        final List<Integer> times = new ArrayList<>();
        int failures;
        long start = Long.MAX_VALUE;
        long end;

        synchronized void record(int ms, boolean ok, long now) {
            times.add(ms);
            if (!ok) {
                failures++;
            }
            end = Math.max(end, now);
        }

        synchronized void started(long now) {
            start = Math.min(start, now);
        }

        synchronized double perSecond() {
            return end <= start ? 0 : times.size() * 1000.0 / (end - start);
        }

        synchronized int percentile(double p) {
            if (times.isEmpty()) {
                return 0;
            }
            List<Integer> sorted = new ArrayList<>(times);
            sorted.sort(null);
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
        }
    }

    static final Map<String, Phase> PHASES = new ConcurrentHashMap<>();

    private Phases() {
    }

    static Phase phase(String name) {
        return PHASES.computeIfAbsent(name, n -> new Phase());
    }

    /** Marks the start of a phase (call at the start of each virtual user of that phase). */
    static ChainBuilder start(String phase) {
        return exec(s -> {
            phase(phase).started(System.currentTimeMillis());
            return s;
        });
    }

    /** One measured request of a phase. */
    static ChainBuilder req(String phase, String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(s -> {
            long now = System.currentTimeMillis();
            int rt = s.contains("rt") ? s.getInt("rt") : 0;
            phase(phase).record(rt, !s.isFailed(), now);
            String kind = phase.replaceAll("-[0-9]+$", "");
            phase(kind + " / " + name).record(rt, !s.isFailed(), now);
            return s.remove("rt");
        }).exitHereIfFailed();
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n == 0 ? 0 : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** Prints the figures: per phase, then medians of the measured rounds and the ratio. */
    static void print(String label, String pageKind, int rounds) {
        PHASES.keySet().stream().sorted().forEach(name -> { // phases, then "kind / request" lines (all rounds of a kind)
            Phase p = PHASES.get(name);
            System.out.printf("BENCH phase %-12s %7d requests %6d failed %9.1f req/s  p50 %5d ms  p95 %5d ms%n", name,
                    p.times.size(), p.failures, p.perSecond(), p.percentile(0.50), p.percentile(0.95));
        });
        summary(label, pageKind, "trivial", "trivial page", rounds);
    }

    /**
     * Prints one summary line: the medians over the measured rounds of a page kind's requests per
     * second and of a base kind's (measured in the same rounds), their ratio, and the page's p50 and p95.
     */
    static void summary(String label, String pageKind, String baseKind, String baseLabel, int rounds) {
        List<Double> base = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            base.add(phase(baseKind + "-" + r).perSecond());
            page.add(phase(pageKind + "-" + r).perSecond());
            p95.add((double) phase(pageKind + "-" + r).percentile(0.95));
            p50.add((double) phase(pageKind + "-" + r).percentile(0.50));
        }
        double t = median(base);
        double f = median(page);
        System.out.printf("BENCH %s: %s %.1f req/s, %s %.1f req/s, ratio %.3f, %s p50 %.0f ms, p95 %.0f ms (medians of %d interleaved rounds)%n",
                label, baseLabel, t, pageKind, f, t == 0 ? 0 : f / t, pageKind, median(p50), median(p95), rounds);
    }
}
