package org.warta.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the inputs under the paths given to a build, in a fixed order (sorted by path within each given path), and
 * accounts for every path it meets: each becomes an input to read, or a problem that says why it is not read. A
 * file given by name that Warta cannot read is an error; one met in a folder is ignored with a warning. Symbolic
 * links are followed; a loop is reported and not followed again, a dangling link is an error; hidden files and
 * folders are ignored with a warning; a sidecar without its article is an error (its metadata would be lost).
 */
public final class InputWalker {
    /** One path met: an input to read or a problem about it. */
    public sealed interface Found {
        Path path();
    }

    /**
     * @param name the path as recorded in the graph: from the given path's own name down, so that moving the
     *             folder changes nothing
     */
    public record Input(Path path, InputKind kind, String name) implements Found {
    }

    public record Note(Path path, Problem problem) implements Found {
    }

    public List<Found> find(Path given) {
        if (!Files.exists(given)) {
            String reason = Files.isSymbolicLink(given) ? "dangling symbolic link to " + target(given)
                    : "no such file or folder";
            return List.of(new Note(given, Problem.error(given.toString(), reason)));
        }
        if (!Files.isDirectory(given)) {
            return List.of(given(given));
        }
        List<Found> found = new ArrayList<>();
        String root = given.toAbsolutePath().normalize().getFileName() == null ? ""
                : given.toAbsolutePath().normalize().getFileName().toString();
        try {
            Files.walkFileTree(given, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(given, root, found));
        } catch (IOException e) {
            found.add(new Note(given, Problem.error(given.toString(), "cannot list folder: " + e)));
        }
        found.sort(Comparator.comparing(Found::path));
        return found;
    }

    /** A file named on the command line: what it is, or an error saying why it cannot be read. */
    private static Found given(Path file) {
        Optional<InputKind> kind = InputKind.of(file);
        String origin = file.toString();
        if (kind.isEmpty()) {
            return new Note(file, Problem.error(origin, "not a kind of input Warta reads: give " + InputKind.READ));
        }
        if (kind.get() == InputKind.SIDECAR) {
            return new Note(file, Problem.error(origin, "a sidecar, not an article: give the .txt file or its folder"));
        }
        return new Input(file, kind.get(), file.getFileName().toString());
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path given;
        private final String root;
        private final List<Found> found;

        Visitor(Path given, String root, List<Found> found) {
            this.given = given;
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(given) && hidden(dir)) {
                ignore(dir, "a hidden folder (its files are not read)");
                return FileVisitResult.SKIP_SUBTREE;
            }
            Set<String> articles = new HashSet<>();
            List<Path> sidecars = new ArrayList<>();
            try (var entries = Files.list(dir)) {
                entries.forEach(p -> InputKind.of(p).ifPresent(k -> {
                    if (k == InputKind.SIDECAR) {
                        sidecars.add(p);
                    } else if (k == InputKind.TEXT || k == InputKind.HTML) {
                        articles.add(InputKind.base(p));
                    }
                }));
            } catch (IOException e) {
                return FileVisitResult.CONTINUE; // the walk itself reports a folder it cannot read
            }
            for (Path s : sidecars) {
                if (!articles.contains(InputKind.base(s))) {
                    found.add(new Note(s, Problem.error(s.toString(), "a sidecar without its article: no "
                            + InputKind.base(s) + ".txt or .html beside it (its metadata is not used)")));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                // with FOLLOW_LINKS a link is only visited as a link when its target cannot be reached
                found.add(new Note(file, Problem.error(file.toString(), "dangling symbolic link to " + target(file))));
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) {
                ignore(file, "not a regular file (a device, socket or pipe)");
                return FileVisitResult.CONTINUE;
            }
            if (hidden(file)) {
                ignore(file, "a hidden file");
                return FileVisitResult.CONTINUE;
            }
            Optional<InputKind> kind = InputKind.of(file);
            if (kind.isEmpty()) {
                ignore(file, "not a kind of input Warta reads (it reads " + InputKind.READ + ")");
            } else if (kind.get() != InputKind.SIDECAR) {
                found.add(new Input(file, kind.get(), name(file)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                found.add(new Note(file, Problem.warning(file.toString(), "symbolic link loop to " + target(file)
                        + ": ignored, not followed again")));
            } else if (e instanceof AccessDeniedException) {
                found.add(new Note(file, Problem.error(file.toString(), "permission denied")));
            } else {
                found.add(new Note(file, Problem.error(file.toString(), "cannot read: " + e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private void ignore(Path p, String reason) {
            found.add(new Note(p, Problem.warning(p.toString(), "ignored: " + reason)));
        }

        private String name(Path file) {
            String rel = given.relativize(file).toString().replace('\\', '/');
            return root.isEmpty() ? rel : root + "/" + rel;
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target (" + e.getMessage() + ")";
        }
    }
}
