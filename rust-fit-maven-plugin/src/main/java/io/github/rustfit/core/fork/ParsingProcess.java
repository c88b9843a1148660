package io.github.rustfit.core.fork;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.rustfit.core.analysis.AnalysisListener;
import io.github.rustfit.core.analysis.FileReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Maven's side of the parsing JVM: sends it files and hands back its reports. Any number of threads
 * may ask at once. When the child cannot be started, or stops, or fails on one file, the caller is
 * told so by an empty answer and analyses the file itself; the child is never needed for a
 * correct result, only for a fast one.
 */
public final class ParsingProcess implements AutoCloseable {

    /** How many of the child's last standard-error lines are kept to explain a failure. */
    private static final int ERROR_LINES_KEPT = 20;

    static final String STOPPED = "rust-fit: parsing in a separate JVM failed (%s); the remaining files are"
            + " parsed in Maven's JVM, with the same result. Set rustfit.fork=never to parse there from the start.";

    /** A file's report from the child, and the warnings raised while inspecting it. */
    public record Analysed(FileReport report, List<String> warnings) {}

    private final Process process;
    private final DataOutputStream requests;
    private final AnalysisListener listener;
    private final Map<Integer, CompletableFuture<Optional<Wire.Reply>>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Deque<String> errorTail = new ArrayDeque<>();
    private final Thread replies;
    private final Thread errors;
    private final AtomicInteger analysed = new AtomicInteger();

    private ParsingProcess(Process process, AnalysisListener listener) {
        this.process = process;
        this.listener = listener;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.replies = daemon("rust-fit-parsing-replies", this::readReplies);
        this.errors = daemon("rust-fit-parsing-errors", this::readErrors);
        replies.start();
        errors.start();
    }

    /**
     * Starts a parsing JVM, or says why it could not and returns empty.
     *
     * @param launch how to start it
     * @param level the language level to parse at
     * @param signalIds the registered file signals to apply, in order
     * @param threads how many files the child analyses at once
     */
    public static Optional<ParsingProcess> start(
            Launch launch, LanguageLevel level, List<String> signalIds, int threads, AnalysisListener listener) {
        List<String> command =
                launch.command(List.of(level.name(), Integer.toString(threads), String.join(",", signalIds)));
        try {
            Process process = new ProcessBuilder(command).start();
            listener.debug("rust-fit: started a parsing JVM: " + String.join(" ", command));
            return Optional.of(new ParsingProcess(process, listener));
        } catch (IOException | RuntimeException e) {
            listener.warn("rust-fit: could not start a JVM to parse in (" + e.getMessage() + "); parsing in Maven's"
                    + " JVM instead, with the same result. Set rustfit.fork=never to skip the attempt.");
            return Optional.empty();
        }
    }

    /**
     * Analyses one file in the child. Empty when the child could not, in which case the caller
     * analyses the file itself.
     */
    public Optional<Analysed> analyze(byte[] bytes, String relativePath, Charset charset) {
        if (stopped.get()) {
            return Optional.empty();
        }
        int id = ids.getAndIncrement();
        CompletableFuture<Optional<Wire.Reply>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        if (stopped.get()) {
            // the reader may have given up between the check and the registration above
            pending.remove(id);
            return Optional.empty();
        }
        try {
            synchronized (requests) {
                Wire.writeRequest(requests, new Wire.Request(id, relativePath, charset.name(), bytes));
                requests.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            stop("could not send it a file: " + e.getMessage());
            return Optional.empty();
        }
        Optional<Wire.Reply> reply = await(answer);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        if (reply.get().report().isEmpty()) {
            listener.debug("rust-fit: the parsing JVM failed on " + relativePath + " ("
                    + reply.get().failure() + "); parsing it in Maven's JVM");
            return Optional.empty();
        }
        analysed.incrementAndGet();
        return Optional.of(new Analysed(reply.get().report().get(), reply.get().warnings()));
    }

    /** How many files the child analysed. */
    public int analysed() {
        return analysed.get();
    }

    private static Optional<Wire.Reply> await(CompletableFuture<Optional<Wire.Reply>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
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
                CompletableFuture<Optional<Wire.Reply>> answer =
                        pending.remove(reply.get().id());
                if (answer != null) {
                    answer.complete(reply);
                }
            }
            if (!closing.get() || !pending.isEmpty()) {
                stop("it ended before answering every file");
            }
        } catch (java.io.EOFException e) {
            stop("it ended before answering every file");
        } catch (IOException e) {
            stop(e.getMessage());
        } catch (RuntimeException | Error e) {
            // nobody may be left waiting for an answer that will never come
            stop(e.toString());
        }
    }

    /** Marks the child as gone and releases everyone waiting for it; warns unless it was closing. */
    private void stop(String why) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (!closing.get()) {
            String lastError;
            synchronized (errorTail) {
                lastError = errorTail.isEmpty() ? "" : "; it said: " + errorTail.peekLast();
            }
            listener.warn(String.format(STOPPED, exitStatus() + why + lastError));
        }
        for (Integer id : new ArrayList<>(pending.keySet())) {
            CompletableFuture<Optional<Wire.Reply>> answer = pending.remove(id);
            if (answer != null) {
                answer.complete(Optional.empty());
            }
        }
        process.destroy();
    }

    private String exitStatus() {
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
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
                listener.debug("rust-fit parsing JVM: " + line);
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

    /** Tells the child there is nothing more, waits for it to finish, and ends it if it does not. */
    @Override
    public void close() {
        closing.set(true);
        if (!stopped.get()) {
            try {
                synchronized (requests) {
                    requests.writeInt(Wire.END);
                    requests.close();
                }
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
        stop("closed");
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
