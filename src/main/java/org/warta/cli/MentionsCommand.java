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

    @Option(names = "--all", description = "Also print roles, times, meetings and statements.")
    boolean all;

    @Option(names = "--layout", description = "Also print how the page was read: each sentence's part (body, "
            + "headline, byline, caption, subheading) and each stretch left out with its reason.")
    boolean layout;

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
            if (all) {
                printRest(out, a);
            }
            if (layout) {
                printLayout(out, a);
            }
        }
        return status;
    }

    private static void printRest(PrintWriter out, ArticleAnalysis a) {
        String text = a.article().text();
        a.roles().forEach(r -> out.printf("role      %s: %s%s  «%s»%n", r.holder().name(), r.position(),
                r.of().map(o -> " of " + o.name()).orElse(""), r.span().of(text)));
        a.times().forEach(t -> out.printf("time      %s-%s %s → %s %s%n", t.span().start(), t.span().end(), t.text(),
                t.value().map(v -> v.iso()).orElse("unresolved"), t.note()));
        a.meetings().forEach(m -> out.printf("meeting   %d %s %s %s%s%s «%s» [%s]%n", m.ordinal(),
                m.participants().stream().map(p -> p.name()).toList(), m.timeValue().map(v -> v.iso()).orElse("-"),
                m.status().label(), m.virtual() ? " virtual" : "", m.place().map(p -> " at " + p.name()).orElse(""),
                m.evidence().of(text), m.trigger()));
        a.statements().forEach(s -> out.printf("statement %d [%s] %s (%s): %s%n", s.ordinal(), s.kind().label(),
                s.speaker().name(), s.verb(), clip(s.quote(), 90)));
    }

    private static void printLayout(PrintWriter out, ArticleAnalysis a) {
        String text = a.article().text();
        a.removed().forEach(r -> out.printf("removed   %s-%s %s: %s%n", r.span().start(), r.span().end(), r.reason(),
                clip(r.span().of(text).replace('\n', ' '), 70)));
        a.sentences().forEach(s -> out.printf("%-9s %s-%s %s%n", s.part().label(), s.span().start(), s.span().end(),
                clip(s.span().of(text), 90)));
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
