package dev.teamsso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak's CPU split by kind of thread, from {@code /proc/<pid>/task/<tid>/stat} (Linux): the
 * threads that serve requests, the JIT compilers, the garbage collector, everything else, and
 * threads that ended between two snapshots (whose time is gone from {@code /proc}).
 * A sign-in's own cost is the request threads'; compiler and collector time say whether a
 * figure measured a cold or a busy server rather than the path.
 */
final class ThreadCpu {

    static final String REQUESTS = "request threads";
    static final String JIT = "JIT compiler";
    static final String GC = "garbage collector";
    static final String OTHER = "other threads";
    static final String ENDED = "threads that ended";
    static final List<String> KINDS = List.of(REQUESTS, JIT, GC, OTHER);
    /** The report's columns: the kinds, then what ended threads used. */
    static final List<String> COLUMNS = List.of(REQUESTS, JIT, GC, OTHER, ENDED);

    /** Linux reports thread times in clock ticks of 10 ms (USER_HZ 100 on every mainstream kernel). */
    private static final double MS_PER_TICK = 10.0;

    private ThreadCpu() {
    }

    /** One thread at a snapshot: its kind and its CPU ms so far. */
    record ThreadTime(String kind, double ms) {
    }

    /** CPU so far of every thread of this process, by thread id; empty where {@code /proc} is not there. */
    static Map<String, ThreadTime> snapshot(long pid) {
        Map<String, ThreadTime> threads = new LinkedHashMap<>();
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (pid <= 0 || !Files.isDirectory(tasks)) {
            return threads;
        }
        try (Stream<Path> listing = Files.list(tasks)) {
            listing.forEach(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    threads.put(thread.getFileName().toString(), new ThreadTime(kindOf(name(stat)), ticks(stat) * MS_PER_TICK));
                } catch (IOException e) {
                    // the thread ended between the listing and the read: counted under ENDED
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return threads;
    }

    /**
     * CPU ms per sign-in by kind, for the threads alive at the second snapshot (a thread born in
     * between counts from zero); what threads that ended in between used is the process total
     * less the rest, under {@link #ENDED}.
     */
    static Map<String, Double> perSignIn(Map<String, ThreadTime> before, Map<String, ThreadTime> after, double processMs, int signIns) {
        Map<String, Double> per = new LinkedHashMap<>();
        if (after.isEmpty()) {
            return per;
        }
        KINDS.forEach(kind -> per.put(kind, 0.0));
        double attributed = 0;
        for (Map.Entry<String, ThreadTime> thread : after.entrySet()) {
            ThreadTime earlier = before.get(thread.getKey());
            double ms = thread.getValue().ms() - (earlier == null ? 0 : earlier.ms());
            per.merge(thread.getValue().kind(), ms, Double::sum);
            attributed += ms;
        }
        per.put(ENDED, processMs - attributed);
        per.replaceAll((kind, ms) -> ms / Math.max(1, signIns));
        return per;
    }

    /** The thread's name: {@code stat} is "tid (name) state ...", and a name may hold spaces and parentheses. */
    static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** utime + stime, the 14th and 15th fields (the 12th and 13th after the name). */
    static long ticks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }

    static String kindOf(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return GC;
        }
        if (threadName.startsWith("executor-thread") || threadName.startsWith("vert.x-") || threadName.startsWith("blocking-")) {
            return REQUESTS;
        }
        return OTHER;
    }
}
