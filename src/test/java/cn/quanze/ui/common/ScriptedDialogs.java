package cn.quanze.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The tests' {@link Dialogs}: answers from a script the test wrote beforehand, in order, and remembers what was
 * asked. A question with no answer left fails the test (a dialog nobody expected). Safe to script from the test
 * thread while the FX thread asks.
 */
public final class ScriptedDialogs implements Dialogs {
    /** One question the view model asked: the kind ({@code confirm}, {@code open}, {@code save}, {@code folder}). */
    public record Asked(String kind, String title, String text) {
    }

    private sealed interface Answer permits Yes, No, FileAnswer {
    }

    private record Yes() implements Answer {
    }

    private record No() implements Answer {
    }

    private record FileAnswer(Path path) implements Answer {
    }

    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Asked> asked = new ArrayList<>();

    /** The next confirmation is answered yes. */
    public synchronized ScriptedDialogs yes() {
        script.add(new Yes());
        return this;
    }

    /** The next confirmation or file dialog is answered no (cancelled). */
    public synchronized ScriptedDialogs no() {
        script.add(new No());
        return this;
    }

    /** The next file or folder dialog picks {@code path}. */
    public synchronized ScriptedDialogs file(Path path) {
        script.add(new FileAnswer(path));
        return this;
    }

    public synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    /** Whether every scripted answer was used. */
    public synchronized boolean done() {
        return script.isEmpty();
    }

    @Override
    public synchronized boolean confirm(String header, String text) {
        asked.add(new Asked("confirm", header, text));
        Answer a = next("confirm: " + text);
        if (a instanceof FileAnswer) {
            throw new AssertionError("a confirmation was asked where the script expected a file: " + text);
        }
        return a instanceof Yes;
    }

    @Override
    public synchronized Optional<Path> openFile(String title, FileType... types) {
        asked.add(new Asked("open", title, patterns(types)));
        return path(next("open " + title));
    }

    @Override
    public synchronized Optional<Path> saveFile(String title, String suggestedName, FileType... types) {
        asked.add(new Asked("save", title, suggestedName));
        return path(next("save " + title + " " + suggestedName));
    }

    @Override
    public synchronized Optional<Path> chooseFolder(String title) {
        asked.add(new Asked("folder", title, ""));
        return path(next("folder " + title));
    }

    private Answer next(String question) {
        if (script.isEmpty()) {
            throw new AssertionError("unexpected dialog: " + question);
        }
        return script.removeFirst();
    }

    private static Optional<Path> path(Answer a) {
        if (a instanceof Yes) {
            throw new AssertionError("a file dialog was asked where the script expected a confirmation");
        }
        return a instanceof FileAnswer f ? Optional.of(f.path()) : Optional.empty();
    }

    private static String patterns(FileType... types) {
        return String.join(" ", java.util.Arrays.stream(types).map(FileType::pattern).toList());
    }
}
