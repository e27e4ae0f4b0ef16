package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.warta.model.WartaException;
import org.warta.store.QueryRunner;
import org.warta.store.WartaStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file, or --sparql TEXT) against the store. The default graph is "
                + "the union of all article graphs; GRAPH ?g names the source article.",
        footer = ExitCodes.HELP)
final class QueryCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "A SPARQL query file, e.g. queries/who-met-whom.rq.")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
        String text;
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind a variable of the query to a string, e.g. --param name=\"Vladimir Putin\". Bound by "
                    + "substitution, never pasted into the query text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--allow-service", description = "Allow federated SERVICE calls (outbound requests); off by default.")
    boolean allowService;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE give Turtle, "
                    + "or JSON-LD with json.")
    String format;

    /** JavaCC's 'Encountered " KIND "IMAGE "" at line L, column C.': the image is the token the user wrote. */
    private static final Pattern ENCOUNTERED =
            Pattern.compile("Encountered\\s+\"\\s*\\S+\\s+\"(.*?)\\s*\"\"");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryCommand.class);

    /** Parses the query; a syntax error is one line with its position, and the parser's full report under -v. */
    static Query parse(String text, String origin) {
        try {
            return QueryRunner.parse(text, origin);
        } catch (WartaException e) {
            if (!(e.getCause() instanceof QueryParseException qpe)) {
                throw e;
            }
            LOG.info("the SPARQL parser's report on {}: {}", origin, qpe.getMessage());
            String first = qpe.getMessage() == null ? "" : qpe.getMessage().lines().findFirst().orElse("").strip();
            String at = qpe.getLine() > 0 ? " at line " + qpe.getLine() + ", column " + qpe.getColumn() : "";
            Matcher token = ENCOUNTERED.matcher(first);
            String what = token.find() ? "unexpected '" + token.group(1).strip() + "'"
                    : first.replaceFirst("\\s*at line \\d+, column \\d+\\.?$", "");
            throw new WartaException("bad SPARQL in " + origin + at + ": " + what + " (the parser's full report with -v)");
        }
    }

    @Override
    public Integer call() throws IOException {
        String text;
        String origin;
        if (source.file != null) {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new WartaException("no such query file: " + source.file);
            }
            origin = source.file.toString();
        } else {
            text = source.text;
            origin = "--sparql";
        }
        QueryRunner.Format f = QueryRunner.format(format);
        Query q = parse(text, origin);
        WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut());
        try (WartaStore s = WartaStore.open(store.existing())) {
            new QueryRunner(s).run(q, params, allowService, f, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
