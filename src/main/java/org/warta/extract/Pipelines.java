package org.warta.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.warta.Version;
import org.warta.extract.entity.ArticleEntities;
import org.warta.extract.entity.EntityExtractor;
import org.warta.extract.entity.EntityLexicon;
import org.warta.extract.meeting.MeetingExtractor;
import org.warta.extract.meeting.MeetingLexicon;
import org.warta.extract.statement.StatementExtractor;
import org.warta.extract.time.ArticleTimes;
import org.warta.extract.time.TimeExtractor;
import org.warta.extract.time.TimeNormalizer;
import org.warta.model.Statement;
import org.warta.extract.lexicon.Gazetteer;
import org.warta.text.SentenceEnds;
import org.warta.text.SentenceSplitter;

/** Builds the standard pipeline: every lexicon loaded once, every stage wired. */
public final class Pipelines {
    public static Pipeline standard(Optional<Path> extraGazetteer) {
        Gazetteer gazetteer = Gazetteer.load(extraGazetteer.stream().toList());
        ReportingVerbs verbs = ReportingVerbs.fromResources();
        SentenceEnds ends = SentenceEnds.fromResources();
        Clauses clauses = Clauses.fromResources(ends);
        EntityExtractor entities = new EntityExtractor(gazetteer, EntityLexicon.fromResources(verbs));
        MeetingLexicon meetingLexicon = MeetingLexicon.fromResources();
        TimeExtractor timeExtractor = TimeExtractor.fromResources();
        TimeNormalizer times = new TimeNormalizer(timeExtractor, meetingLexicon::speaksOfPlan);
        MeetingExtractor meetings = new MeetingExtractor(meetingLexicon, timeExtractor, clauses);
        StatementExtractor statements = new StatementExtractor(verbs, clauses, StatementExtractor.words());
        Pipeline.ArticleExtractor extractor = text -> {
            ArticleEntities e = entities.extract(text);
            ArticleTimes t = times.normalize(text);
            List<Statement> said = statements.extract(text, e);
            return new Pipeline.Extraction(e.mentions(), e.unresolved(), e.roles(), t.mentions(),
                    meetings.extract(text, e, t, said), said, e.affiliations());
        };
        return new Pipeline(SentenceSplitter.fromResources(ends), extractor,
                PipelineVersion.of(Version.current(), extraGazetteer.stream().toList()));
    }

    private Pipelines() {
    }
}
