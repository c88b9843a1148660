package io.github.rustfit.core.fork;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.rustfit.core.file.FileAnalyzer;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.file.FileReportCodec;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parsing JVM: reads requests from standard input, analyses each file on a few threads with the
 * registered file signals, and writes the replies to standard output as they are ready, each report
 * in the cache's own encoding. Anything else that would go to standard output goes to standard
 * error, so it cannot corrupt the replies. Any failure ends the process at once (an error on
 * standard error, a non-zero status): Maven's JVM then warns and parses the rest itself, rather
 * than this JVM limping on with part of its heap or threads gone. Files of 256 KiB and more are
 * parsed one at a time, as in Maven's JVM, so the heap it is given suffices.
 *
 * <p>Arguments: language level name, thread count, comma-separated file signal ids in order.
 */
public final class ParsingProcessMain {

    /** Exit status when the arguments do not describe an analysis this build can run. */
    static final int BAD_ARGUMENTS = 2;

    /** Exit status when analysing a file failed (out of memory, say). */
    static final int FAILED = 3;

    private ParsingProcessMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream replies = System.out;
        System.setOut(System.err);
        Optional<Setup> setup = Setup.of(args);
        if (setup.isEmpty()) {
            System.err.println("rust-fit parsing process: expected <language level> <threads> <signal ids>, got "
                    + Arrays.toString(args));
            System.exit(BAD_ARGUMENTS);
            return;
        }
        serve(setup.get(), new DataInputStream(new BufferedInputStream(System.in, 1 << 16)), replies);
    }

    /** Answers every request on {@code in}, then says so and returns. */
    static void serve(Setup setup, DataInputStream in, PrintStream replies) throws IOException, InterruptedException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(replies, 1 << 16));
        out.writeInt(Wire.GREETING);
        out.flush();
        ThreadLocal<List<String>> warnings = ThreadLocal.withInitial(ArrayList::new);
        ThreadLocal<FileAnalyzer> analyzers = ThreadLocal.withInitial(() -> FileAnalyzer.parsingAt(
                setup.level(), setup.signals(), warning -> warnings.get().add(warning)));
        FileReportCodec codec =
                new FileReportCodec(setup.signals().stream().map(Signal::id).collect(Collectors.toSet()));
        Semaphore largeFiles = new Semaphore(1);
        ExecutorService pool = Executors.newFixedThreadPool(setup.threads());
        try {
            while (true) {
                Optional<Wire.Request> next;
                try {
                    next = Wire.readRequest(in);
                } catch (EOFException e) {
                    // Maven's JVM went away: nobody is waiting for the answers
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                Wire.Request request = next.get();
                pool.execute(() -> answer(request, analyzers, warnings, codec, largeFiles, out));
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
        synchronized (out) {
            out.writeInt(Wire.END);
            out.flush();
        }
    }

    private static void answer(
            Wire.Request request,
            ThreadLocal<FileAnalyzer> analyzers,
            ThreadLocal<List<String>> warnings,
            FileReportCodec codec,
            Semaphore largeFiles,
            DataOutputStream out) {
        Wire.Reply reply;
        boolean large = request.bytes().length >= LARGE_FILE_BYTES;
        try {
            if (large) {
                largeFiles.acquireUninterruptibly();
            }
            FileReport report = analyzers
                    .get()
                    .analyze(request.bytes(), request.relativePath(), Charset.forName(request.charset()));
            reply = new Wire.Reply(request.id(), codec.encode(report), warnings.get());
        } catch (RuntimeException | Error e) {
            // this JVM may be short of heap or threads now: Maven's JVM parses the rest itself
            System.err.println("rust-fit parsing process: failed on " + request.relativePath() + ": " + e);
            System.err.flush();
            Runtime.getRuntime().halt(FAILED);
            return;
        } finally {
            if (large) {
                largeFiles.release();
            }
            warnings.get().clear();
        }
        synchronized (out) {
            try {
                Wire.writeReply(out, reply);
                out.flush();
            } catch (IOException e) {
                // Maven's JVM stopped listening, and analyses what is left itself
            }
        }
    }

    /** As in Maven's JVM: from this size on, a file is parsed while no other such file is. */
    static final int LARGE_FILE_BYTES = 256 * 1024;

    /** What the arguments ask for. */
    record Setup(LanguageLevel level, int threads, List<Signal> signals) {

        static Optional<Setup> of(String[] args) {
            if (args.length != 3) {
                return Optional.empty();
            }
            try {
                LanguageLevel level = LanguageLevel.valueOf(args[0]);
                int threads = Integer.parseInt(args[1]);
                Map<String, Signal> known = SignalRegistry.fileSignals().stream()
                        .collect(Collectors.toMap(Signal::id, Function.identity()));
                List<Signal> signals = new ArrayList<>();
                for (String id : args[2].isEmpty() ? new String[0] : args[2].split(",")) {
                    Signal signal = known.get(id);
                    if (signal == null) {
                        return Optional.empty();
                    }
                    signals.add(signal);
                }
                return threads < 1 ? Optional.empty() : Optional.of(new Setup(level, threads, signals));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
