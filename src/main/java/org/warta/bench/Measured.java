package org.warta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.WartaException;

/**
 * A whole process, timed from outside: wall time by this JVM's clock, and CPU time and peak resident memory from
 * GNU time ({@code /usr/bin/time -v}) where it is installed. Output goes to a log file, kept for the reader.
 *
 * @param exit       the process's exit status (-1 if it was killed at the time limit)
 * @param wallS      seconds from start to exit, start-up included
 * @param userS      user CPU seconds, NaN without GNU time
 * @param systemS    system CPU seconds, NaN without GNU time
 * @param peakRssMib the largest resident set, MiB, -1 without GNU time
 */
public record Measured(int exit, double wallS, double userS, double systemS, long peakRssMib, Path log) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");

    public static boolean gnuTimeAvailable() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs the command to its end (or kills it after {@code limit}) with these extra environment variables. */
    public static Measured run(List<String> command, Map<String, String> env, Path log, Duration limit) {
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        List<String> full = new ArrayList<>();
        boolean timed = gnuTimeAvailable();
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        try {
            Process p = pb.start();
            int exit;
            if (p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                exit = p.exitValue();
            } else {
                stop(p);
                exit = -1;
            }
            double wall = (System.nanoTime() - start) / 1e9;
            if (!timed || !Files.exists(timeFile)) {
                return new Measured(exit, wall, Double.NaN, Double.NaN, -1, log);
            }
            String t = Files.readString(timeFile, StandardCharsets.UTF_8);
            return new Measured(exit, wall, number(USER, t), number(SYSTEM, t), (long) number(RSS, t) / 1024, log);
        } catch (IOException e) {
            throw new WartaException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Ends a process this benchmark started, and whatever it started: politely first, then by force. */
    public static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            p.waitFor(15, TimeUnit.SECONDS);
        }
    }

    public boolean ok() {
        return exit == 0;
    }

    /** The last lines of the log, for a message when the process failed. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static double number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
