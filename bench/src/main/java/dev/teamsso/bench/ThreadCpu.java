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
 * threads that serve requests, the JIT compilers, the garbage collector, and everything else.
 * A sign-in's own cost is the request threads'; compiler and collector time say whether a
 * figure measured a cold or a busy server rather than the path.
 */
final class ThreadCpu {

    static final String REQUESTS = "request threads";
    static final String JIT = "JIT compiler";
    static final String GC = "garbage collector";
    static final String OTHER = "other threads";
    static final List<String> KINDS = List.of(REQUESTS, JIT, GC, OTHER);

    /** Linux reports thread times in clock ticks of 10 ms (USER_HZ 100 on every mainstream kernel). */
    private static final double MS_PER_TICK = 10.0;

    private ThreadCpu() {
    }

    /** CPU ms so far per kind of thread of this process; empty where {@code /proc} is not there. */
    static Map<String, Double> snapshot(long pid) {
        Map<String, Double> ms = new LinkedHashMap<>();
        KINDS.forEach(kind -> ms.put(kind, 0.0));
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (pid <= 0 || !Files.isDirectory(tasks)) {
            return Map.of();
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    ms.merge(kindOf(name(stat)), ticks(stat) * MS_PER_TICK, Double::sum);
                } catch (IOException e) {
                    // the thread ended between the listing and the read: its time is lost to both snapshots
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ms;
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
