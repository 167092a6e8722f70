package org.sanctuaryoversight.report.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.ReportJson;

/** The archive in {@code report_publications}: one document per version, replaced whole (idempotent). */
public final class MongoReportArchive implements ReportArchive {

    static final String PUBLICATIONS = "report_publications";

    private final MongoCollection<Document> publications;
    private final ObjectMapper json = ReportJson.mapper();

    public MongoReportArchive(MongoDatabase database) {
        this.publications = database.getCollection(PUBLICATIONS);
    }

    @Override
    public void save(ReportPublishedEvent publication) {
        String id = id(publication.period(), publication.version());
        try {
            publications.replaceOne(Filters.eq("_id", id), new Document("_id", id)
                            .append("period", publication.period()).append("version", publication.version())
                            .append("publication", json.writeValueAsString(publication)),
                    new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a publication", e);
        }
    }

    @Override
    public List<ReportPublishedEvent> all() {
        List<ReportPublishedEvent> all = new ArrayList<>();
        publications.find().sort(Sorts.ascending("period", "version")).forEach(document -> all.add(read(document)));
        all.sort(java.util.Comparator.comparingInt(ReportPublishedEvent::period)
                .thenComparingInt(ReportPublishedEvent::version));
        return all;
    }

    @Override
    public List<String> versions() {
        List<String> versions = new ArrayList<>();
        publications.find().projection(new Document("period", 1).append("version", 1))
                .sort(Sorts.ascending("period", "version"))
                .forEach(document -> versions.add(document.get("period") + "/" + document.get("version")));
        return versions;
    }

    @Override
    public Optional<ReportPublishedEvent> find(int period, int version) {
        return Optional.ofNullable(publications.find(Filters.eq("_id", id(period, version))).first()).map(this::read);
    }

    @Override
    public void clear() {
        publications.drop();
    }

    private static String id(int period, int version) {
        return period + "-v" + version;
    }

    private ReportPublishedEvent read(Document document) {
        try {
            return json.readValue(document.getString("publication"), ReportPublishedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a publication", e);
        }
    }
}
