package org.warta.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.warta.Version;
import org.warta.ingest.IngestException;
import org.warta.model.WartaException;
import org.warta.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `warta` command: a thin layer that parses options, calls the library and maps outcomes to exit codes. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = WartaCli.VersionProvider.class,
        description = "Builds an RDF knowledge graph of persons, states, organizations, meetings and statements "
                + "from news articles, and serves it over SPARQL.",
        footer = ExitCodes.HELP,
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                StatsCommand.class, MentionsCommand.class, EvalCommand.class, ServeCommand.class, LoadCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class WartaCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log at INFO level (default: warnings only).")
    void verbose(boolean on) {
        if (on) {
            Configurator.setRootLevel(Level.INFO);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WartaCli());
        cl.setExecutionExceptionHandler(WartaCli::handle);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Maps every exception to an exit code and one message: no stack trace for the user. */
    static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof StoreException se) {
            err.println("warta: " + se.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        }
        if (e instanceof org.apache.jena.query.QueryDeniedException) {
            err.println("warta: SERVICE calls are refused by default, so no outbound request is made; "
                    + "add --allow-service to allow them");
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof org.apache.jena.query.QueryException) {
            err.println("warta: query failed: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IngestException || e instanceof WartaException) {
            err.println("warta: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("warta: internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"warta " + Version.current()};
        }
    }
}
