package org.warta.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option shared by every command that reads or writes the store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "warta-db",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;
}
