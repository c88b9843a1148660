package io.github.rustfit.core.fork;

import io.github.rustfit.core.analysis.FileParsing;
import io.github.rustfit.core.analysis.LocalParsing;
import io.github.rustfit.core.analysis.ParsingSetup;
import io.github.rustfit.core.analysis.SourceFile;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.file.FileAnalyzer;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.file.FileReportCodec;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Parsing in a separate JVM ({@link ParsingProcessMain}), behind the analysis's own {@link
 * FileParsing}: Maven's JVM sends the bytes of the files the cache could not serve and gets their
 * reports back in the cache's own encoding. The child is never needed for a correct result, only
 * for a fast one: when it cannot start, or fails in any way, this warns once and the whole rest of
 * the run, the files it had not answered included, is parsed in Maven's JVM, with the same result.
 */
public final class ForkedParsing implements FileParsing {

    /** How many of the child's last standard-error lines are kept to explain a failure. */
    private static final int ERROR_LINES_KEPT = 20;

    /** Files in flight per child thread: enough to keep it busy while Maven's JVM reads the next. */
    private static final int WINDOW_PER_THREAD = 16;

    static final String STOPPED = "rust-fit: parsing in a separate JVM failed (%s); the remaining files are"
            + " parsed in Maven's JVM, with the same result. %s";

    /** The fix when the child ended, crashed or ran out of memory. */
    static final String FIX_CHILD = "Set rustfit.fork=never to parse there from the start,"
            + " or give that JVM more heap with rustfit.forkJvmArguments=-Xmx512m.";

    /** The fix when the child answered in a form this JVM refuses: the two sides of rust-fit disagree. */
    static final String FIX_DEFECT = "This is a defect of rust-fit, not of the build: please report it with"
            + " that file. Set rustfit.fork=never to parse in Maven's JVM from the start.";

    static final String NOT_STARTED = "rust-fit: could not start a JVM to parse in (%s); parsing in Maven's JVM"
            + " instead, with the same result. Set rustfit.fork=never to skip the attempt.";

    static final String PARSED = "rust-fit: %d file(s) parsed in a separate JVM tuned for short runs"
            + " (rustfit.fork=never parses in Maven's JVM)";

    private final ParsingSetup setup;
    private final Process process;
    private final DataOutputStream requests;
    private final FileReportCodec codec;
    private final Map<Integer, CompletableFuture<Optional<FileReport>>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** The path of each file asked for, by request id: the child's answer does not name it. */
    private final Map<Integer, String> paths = new ConcurrentHashMap<>();

    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Deque<String> errorTail = new ArrayDeque<>();
    private final Thread replies;
    private final Thread errors;
    private final AtomicInteger analysed = new AtomicInteger();
    private LocalParsing fallback;

    private ForkedParsing(ParsingSetup setup, Process process) {
        this.setup = setup;
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.codec = new FileReportCodec(ids(setup.signals()));
        this.replies = daemon("rust-fit-parsing-replies", this::readReplies);
        this.errors = daemon("rust-fit-parsing-errors", this::readErrors);
        replies.start();
        errors.start();
    }

    /**
     * Parses in a separate JVM when {@code mode} says so for the run's files, and in this JVM
     * otherwise. Only registered file signals can be built in the child; other signals always parse
     * here.
     *
     * @param launch how to start the child, given the setup (its heap is sized from it)
     */
    public static ParsingSetup.Strategy strategy(
            ForkMode mode, java.util.function.Function<ParsingSetup, Launch> launch) {
        return setup -> {
            if (!mode.forks(setup.likelyToParse(), setup.files()) || !registered(setup.signals())) {
                return new LocalParsing(setup);
            }
            return start(launch.apply(setup), setup);
        };
    }

    /** {@link #strategy(ForkMode, java.util.function.Function)} with one launch for any setup. */
    public static ParsingSetup.Strategy strategy(ForkMode mode, Supplier<Launch> launch) {
        return strategy(mode, setup -> launch.get());
    }

    private static FileParsing start(Launch launch, ParsingSetup setup) {
        List<String> command = launch.command(List.of(
                setup.level(),
                Integer.toString(setup.threads()),
                String.join(",", setup.signals().stream().map(Signal::id).toList())));
        try {
            Process process = new ProcessBuilder(command).start();
            setup.listener().debug("rust-fit: started a parsing JVM: " + String.join(" ", command));
            return new ForkedParsing(setup, process);
        } catch (IOException | RuntimeException e) {
            setup.listener().warn(String.format(NOT_STARTED, e.getMessage()));
            return new LocalParsing(setup);
        }
    }

    /** Whether every signal is a registered one, which the child can build from its id. */
    private static boolean registered(List<Signal> signals) {
        Set<String> registered = new HashSet<>();
        SignalRegistry.fileSignals()
                .forEach(signal -> registered.add(signal.getClass().getName() + "#" + signal.id()));
        return signals.stream()
                .allMatch(signal -> registered.contains(signal.getClass().getName() + "#" + signal.id()));
    }

    private static Set<String> ids(List<Signal> signals) {
        Set<String> ids = new HashSet<>();
        signals.forEach(signal -> ids.add(signal.id()));
        return ids;
    }

    @Override
    public Future<FileReport> submit(SourceFile file) {
        if (stopped.get()) {
            return fallback().submit(file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return CompletableFuture.completedFuture(FileAnalyzer.unreadable(file.relativePath(), e));
        }
        int id = ids.getAndIncrement();
        CompletableFuture<Optional<FileReport>> answer = new CompletableFuture<>();
        paths.put(id, file.relativePath());
        pending.put(id, answer);
        if (stopped.get()) {
            // the reader may have given up between the check and the registration above
            pending.remove(id);
            return fallback().submit(file);
        }
        try {
            Wire.writeRequest(
                    requests,
                    new Wire.Request(id, file.relativePath(), file.charset().name(), bytes));
            requests.flush();
        } catch (IOException e) {
            stop("could not send it a file: " + e.getMessage());
        }
        return new Answer(answer, file);
    }

    /** The child's report of one file, or, if the child failed before answering, this JVM's. */
    private final class Answer implements Future<FileReport> {
        private final CompletableFuture<Optional<FileReport>> fromChild;
        private final SourceFile file;

        Answer(CompletableFuture<Optional<FileReport>> fromChild, SourceFile file) {
            this.fromChild = fromChild;
            this.file = file;
        }

        @Override
        public FileReport get() throws InterruptedException, ExecutionException {
            Optional<FileReport> report = fromChild.get();
            return report.isPresent() ? report.get() : fallback().analyzeHere(file);
        }

        @Override
        public FileReport get(long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            Optional<FileReport> report = fromChild.get(timeout, unit);
            return report.isPresent() ? report.get() : fallback().analyzeHere(file);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return fromChild.isDone();
        }
    }

    private synchronized LocalParsing fallback() {
        if (fallback == null) {
            fallback = new LocalParsing(setup);
        }
        return fallback;
    }

    @Override
    public int window() {
        return setup.threads() * WINDOW_PER_THREAD;
    }

    @Override
    public void summarise(AnalysisListener listener) {
        listener.info(String.format(java.util.Locale.ROOT, PARSED, analysed.get()));
    }

    private void readReplies() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            int greeting = in.readInt();
            if (greeting != Wire.GREETING) {
                stop(Wire.unexpected(greeting));
                return;
            }
            while (true) {
                Optional<Wire.Reply> reply = Wire.readReply(in);
                if (reply.isEmpty()) {
                    break;
                }
                CompletableFuture<Optional<FileReport>> answer =
                        pending.remove(reply.get().id());
                if (answer == null) {
                    stop("it answered a file that was not asked for");
                    return;
                }
                FileReport report;
                // the path is Maven's own: the child only names the report's contents
                String path = pathOf(reply.get().id());
                try {
                    report = codec.decode(reply.get().report(), path);
                } catch (FileReportCodec.Invalid e) {
                    answer.complete(Optional.empty());
                    stop("it sent a report of " + path + " this JVM cannot read: " + e.getMessage(), FIX_DEFECT);
                    return;
                }
                reply.get().warnings().forEach(setup.listener()::warn);
                analysed.incrementAndGet();
                answer.complete(Optional.of(report));
            }
            if (!pending.isEmpty()) {
                stop("it ended before answering every file");
            }
        } catch (EOFException e) {
            stop("it ended before answering every file");
        } catch (IOException e) {
            stop(e.getMessage());
        } catch (RuntimeException | Error e) {
            // nobody may be left waiting for an answer that will never come
            stop(e.toString());
        }
    }

    private String pathOf(int id) {
        String path = paths.remove(id);
        return path == null ? "" : path;
    }

    /** Marks the child as gone, warns, and lets everyone waiting parse in this JVM instead. */
    private void stop(String why) {
        stop(why, FIX_CHILD);
    }

    private void stop(String why, String fix) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        String lastError;
        synchronized (errorTail) {
            lastError = errorTail.isEmpty() ? "" : "; it said: " + errorTail.peekLast();
        }
        setup.listener().warn(String.format(STOPPED, exitStatus() + why + lastError, fix));
        for (Integer id : List.copyOf(pending.keySet())) {
            CompletableFuture<Optional<FileReport>> answer = pending.remove(id);
            if (answer != null) {
                answer.complete(Optional.empty());
            }
        }
        process.destroy();
    }

    /**
     * The child's exit status when it ends within a moment: a JVM that refuses its arguments prints
     * and exits at once, but on a loaded machine the parent reads what it printed well before the
     * exit is seen. This wait is paid only on the way to a fallback.
     */
    private String exitStatus() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "exit status " + process.exitValue() + ", ";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private void readErrors() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                setup.listener().debug("rust-fit parsing JVM: " + line);
                synchronized (errorTail) {
                    if (errorTail.size() == ERROR_LINES_KEPT) {
                        errorTail.removeFirst();
                    }
                    errorTail.addLast(line);
                }
            }
        } catch (IOException e) {
            // the child is gone; readReplies says so
        }
    }

    /**
     * Tells the child there is nothing more and waits for it to finish. Every file was answered by
     * then (the analysis awaits each report before it closes), so a child that fails now only fails
     * to exit cleanly, which is said at debug level.
     */
    @Override
    public void close() {
        closing.set(true);
        if (!stopped.get()) {
            try {
                requests.writeInt(Wire.END);
                requests.close();
            } catch (IOException e) {
                // it is already gone
            }
        }
        try {
            replies.join(TimeUnit.SECONDS.toMillis(30));
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            errors.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (stopped.compareAndSet(false, true)) {
            process.destroy();
        }
        synchronized (this) {
            if (fallback != null) {
                fallback.close();
            }
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
