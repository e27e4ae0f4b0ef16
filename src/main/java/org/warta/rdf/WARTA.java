package org.warta.rdf;

import org.apache.jena.graph.Node;

/** Warta's own terms, where no standard vocabulary has one (ontology/warta.ttl defines them). */
public final class WARTA {
    public static final String NS = "https://w3id.org/warta/ontology#";
    /** Base of every data IRI: articles, sentences, entities, meetings. */
    public static final String ID = "https://w3id.org/warta/id/";

    public static final Node Article = Vocab.uri(NS, "Article");
    public static final Node Person = Vocab.uri(NS, "Person");
    public static final Node State = Vocab.uri(NS, "State");
    public static final Node Organization = Vocab.uri(NS, "Organization");
    public static final Node Place = Vocab.uri(NS, "Place");
    public static final Node Meeting = Vocab.uri(NS, "Meeting");
    public static final Node MeetingReport = Vocab.uri(NS, "MeetingReport");
    public static final Node Statement = Vocab.uri(NS, "Statement");
    public static final Node Role = Vocab.uri(NS, "Role");
    public static final Node Mention = Vocab.uri(NS, "Mention");
    public static final Node RemovedText = Vocab.uri(NS, "RemovedText");
    public static final Node Build = Vocab.uri(NS, "Build");
    public static final Node InputFailure = Vocab.uri(NS, "InputFailure");
    public static final Node Conflict = Vocab.uri(NS, "Conflict");

    public static final Node textSha256 = Vocab.uri(NS, "textSha256");
    public static final Node pipelineVersion = Vocab.uri(NS, "pipelineVersion");
    public static final Node publishedInferred = Vocab.uri(NS, "publishedInferred");
    public static final Node citesSource = Vocab.uri(NS, "citesSource");
    public static final Node sentenceIndex = Vocab.uri(NS, "sentenceIndex");
    public static final Node article = Vocab.uri(NS, "article");
    public static final Node resolvedBy = Vocab.uri(NS, "resolvedBy");
    public static final Node country = Vocab.uri(NS, "country");
    public static final Node removalReason = Vocab.uri(NS, "removalReason");

    public static final Node holder = Vocab.uri(NS, "holder");
    public static final Node position = Vocab.uri(NS, "position");
    public static final Node roleOf = Vocab.uri(NS, "roleOf");
    public static final Node holdsRole = Vocab.uri(NS, "holdsRole");

    public static final Node status = Vocab.uri(NS, "status");
    public static final Node virtual = Vocab.uri(NS, "virtual");
    public static final Node trigger = Vocab.uri(NS, "trigger");
    public static final Node evidenceText = Vocab.uri(NS, "evidenceText");
    public static final Node timeExpression = Vocab.uri(NS, "timeExpression");
    public static final Node timeGranularity = Vocab.uri(NS, "timeGranularity");
    public static final Node timeUnresolved = Vocab.uri(NS, "timeUnresolved");
    public static final Node timeNote = Vocab.uri(NS, "timeNote");
    public static final Node citedSource = Vocab.uri(NS, "citedSource");

    public static final Node kind = Vocab.uri(NS, "kind");
    public static final Node reportingVerb = Vocab.uri(NS, "reportingVerb");

    public static final Node hasReport = Vocab.uri(NS, "hasReport");
    public static final Node mergeKey = Vocab.uri(NS, "mergeKey");
    public static final Node currentStatus = Vocab.uri(NS, "currentStatus");
    public static final Node sourceCount = Vocab.uri(NS, "sourceCount");
    public static final Node meetingCount = Vocab.uri(NS, "meetingCount");
    public static final Node meetingStart = Vocab.uri(NS, "meetingStart");
    public static final Node recentMeeting = Vocab.uri(NS, "recentMeeting");
    public static final Node articleCount = Vocab.uri(NS, "articleCount");
    public static final Node earliestReport = Vocab.uri(NS, "earliestReport");
    public static final Node hasConflict = Vocab.uri(NS, "hasConflict");
    public static final Node conflictKind = Vocab.uri(NS, "conflictKind");
    public static final Node claim = Vocab.uri(NS, "claim");
    public static final Node claimedValue = Vocab.uri(NS, "claimedValue");
    public static final Node claimedBy = Vocab.uri(NS, "claimedBy");

    public static final Node softwareVersion = Vocab.uri(NS, "softwareVersion");
    public static final Node input = Vocab.uri(NS, "input");
    public static final Node articlesAdded = Vocab.uri(NS, "articlesAdded");
    public static final Node articlesUpdated = Vocab.uri(NS, "articlesUpdated");
    public static final Node articlesUnchanged = Vocab.uri(NS, "articlesUnchanged");
    public static final Node articlesFailed = Vocab.uri(NS, "articlesFailed");
    public static final Node failure = Vocab.uri(NS, "failure");
    public static final Node origin = Vocab.uri(NS, "origin");
    public static final Node reason = Vocab.uri(NS, "reason");

    // where an article was read from and what its page said (ArticleSourceMapper)
    public static final Node publishedAt = Vocab.uri(NS, "publishedAt");
    public static final Node authorName = Vocab.uri(NS, "authorName");
    public static final Node inputKind = Vocab.uri(NS, "inputKind");
    public static final Node sourceFile = Vocab.uri(NS, "sourceFile");
    public static final Node warcRecordOffset = Vocab.uri(NS, "warcRecordOffset");
    public static final Node sourceRecordId = Vocab.uri(NS, "sourceRecordId");
    public static final Node retrievedFrom = Vocab.uri(NS, "retrievedFrom");
    public static final Node capturedAt = Vocab.uri(NS, "capturedAt");
    public static final Node originalId = Vocab.uri(NS, "originalId");

    private WARTA() {
    }
}
