package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.extract.Pipeline;
import org.warta.ingest.ArticleReader;
import org.warta.ingest.ReadItem;
import org.warta.model.ArticleAnalysis;
import org.warta.model.EntityMention;
import org.warta.model.UnresolvedMention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Print every entity mention of an article: offsets, text, entity, type, Wikidata id and the "
                + "rule that resolved it; then the names left unresolved. Reads the file; needs no store.",
        footer = ExitCodes.HELP)
final class MentionsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "An article .txt file (its .meta.json is read too).")
    Path article;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "An additional gazetteer TSV.")
    Path gazetteer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReadItem> items = new ArticleReader().readAll(List.of(article));
        int status = ExitCodes.OK;
        Pipeline pipeline = Engine.pipeline(Optional.ofNullable(gazetteer));
        for (ReadItem item : items) {
            if (item instanceof ReadItem.Failed f) {
                err.println(f.problem());
                status = ExitCodes.SOME_FAILED;
                continue;
            }
            ArticleAnalysis a = pipeline.analyze(((ReadItem.Loaded) item).article());
            out.printf("%-11s %-32s %-28s %-12s %-10s %s%n", "offsets", "text", "entity", "type", "wikidata", "rule");
            for (EntityMention m : a.mentions()) {
                out.printf("%-11s %-32s %-28s %-12s %-10s %s%n", m.span().start() + "-" + m.span().end(),
                        clip(m.text(), 32), clip(m.entity().name(), 28), m.entity().type().label(),
                        m.entity().qid().orElse("-"), m.rule());
            }
            for (UnresolvedMention u : a.unresolved()) {
                out.printf("%-11s %-32s unresolved: %s (candidates: %s)%n", u.span().start() + "-" + u.span().end(),
                        clip(u.text(), 32), u.reason(),
                        String.join(", ", u.candidates().stream().map(c -> c.name()).toList()));
            }
        }
        return status;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
