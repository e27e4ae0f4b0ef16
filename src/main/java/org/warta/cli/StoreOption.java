package org.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.warta.model.WartaException;
import picocli.CommandLine.Option;

/** The --store option shared by every command that reads or writes the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "warta-db",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /**
     * The store folder, for a command that only reads a store: a folder that does not exist, or holds no TDB2 store,
     * is an error (exit 4), not an empty store created on the spot (a mistyped --store would otherwise answer every
     * query with no rows).
     */
    Path existing() {
        if (!Files.isDirectory(store)) {
            throw new WartaException("no store at " + store + ": build one with `warta build PATH --store " + store
                    + "`, or give the --store of an existing one");
        }
        try (Stream<Path> entries = Files.list(store)) {
            if (entries.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
                throw new WartaException(store + " is not a Warta store (no TDB2 data in it): build one with `warta "
                        + "build PATH --store " + store + "`, or give the --store of an existing one");
            }
        } catch (IOException e) {
            throw new WartaException("cannot read the store folder " + store + ": " + e.getMessage());
        }
        return store;
    }
}
