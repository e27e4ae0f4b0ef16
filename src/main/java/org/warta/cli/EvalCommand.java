package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.warta.eval.EvalReport;
import org.warta.eval.Evaluator;
import org.warta.eval.Scorer;
import org.warta.extract.Pipeline;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.extract.lexicon.GazetteerEntry;
import org.warta.model.WartaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractors against hand-annotated gold: precision, recall and F1 for persons, "
                + "states, organizations, meetings (participants; and with date and status), statements (direct, "
                + "mixed, indirect), merge pairs, and the gold negatives violated. Without options: the seeds and "
                + "the development set shipped in src/test/resources.",
        footer = ExitCodes.HELP)
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "A folder of <article>.gold.json (and "
            + "events.gold.json); repeat it to score the gold of several folders as one set (e.g. the real pages given "
            + "with the project and those annotated since).")
    List<Path> gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "The articles of --gold (default: the parent "
            + "of the first --gold).")
    Path articles;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "target/eval.json",
            description = "Also write the figures as JSON here (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--details", description = "List every miss and spurious item per article.")
    boolean details;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "An additional gazetteer TSV.")
    Path gazetteer;

    record Set_(String name, Path articles, List<Path> gold) {
    }

    @Override
    public Integer call() throws IOException {
        List<Set_> sets = sets();
        Optional<Path> extra = Optional.ofNullable(gazetteer);
        Pipeline pipeline = Engine.pipeline(extra);
        Gazetteer gaz = Gazetteer.load(extra.stream().toList());
        Scorer scorer = new Scorer(e -> {
            Set<String> names = new HashSet<>();
            gaz.get(e.key()).map(GazetteerEntry::names).ifPresent(names::addAll);
            gaz.get(e.key()).map(GazetteerEntry::label).ifPresent(names::add);
            return names;
        });
        Evaluator evaluator = new Evaluator(pipeline, scorer);
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = EvalReport.mapper();
        ArrayNode all = mapper.createArrayNode();
        for (Set_ s : sets) {
            EvalReport report = evaluator.evaluate(s.name(), s.articles(), s.gold());
            report.print(out, details);
            all.add(report.toJson(mapper));
        }
        if (json.toAbsolutePath().getParent() != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
        }
        mapper.writeValue(json.toFile(), all);
        out.println("written: " + json);
        return ExitCodes.OK;
    }

    /** The sets to score: the gold folders given as one set, or the seeds and the devset; each folder must exist. */
    private List<Set_> sets() {
        List<Set_> sets = new ArrayList<>();
        if (gold != null && !gold.isEmpty()) {
            String name = gold.stream().map(Path::toString).collect(Collectors.joining(" + "));
            sets.add(new Set_(name, articles != null ? articles : gold.get(0).toAbsolutePath().getParent(), gold));
        } else {
            sets.add(new Set_("seeds", Path.of("seeds"), List.of(Path.of("src/test/resources/gold/seeds"))));
            sets.add(new Set_("devset", Path.of("src/test/resources/devset"),
                    List.of(Path.of("src/test/resources/devset/gold"))));
        }
        for (Set_ s : sets) {
            for (Path g : s.gold()) {
                if (!Files.isDirectory(g) || !Files.isDirectory(s.articles())) {
                    throw new WartaException("no gold or article folder at " + g + " / " + s.articles()
                            + " (run from the repository root, or give --gold and --articles)");
                }
            }
        }
        return sets;
    }
}
