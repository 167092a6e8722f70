package org.sanctuaryoversight.report.publication;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.sanctuaryoversight.report.rendering.Checksums;
import org.sanctuaryoversight.report.rendering.ReportBundle;

/**
 * The stored bundles in MongoDB: every file in the GridFS bucket {@code report_bundles}, and one document per version
 * in {@code report_bundle_versions} naming its files, written last. That document's unique id makes storing
 * idempotent across instances: a second writer's insert fails and its files are removed.
 */
public final class GridFsReportBundleStore implements ReportBundleStore {

    static final String BUCKET = "report_bundles";
    static final String VERSIONS = "report_bundle_versions";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> versions;

    public GridFsReportBundleStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.versions = database.getCollection(VERSIONS);
    }

    @Override
    public Optional<ReportBundle> find(int period, int version) {
        Document stored = versions.find(Filters.eq("_id", id(period, version))).first();
        if (stored == null) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new TreeMap<>();
        Document paths = stored.get("files", Document.class);
        for (String path : paths.keySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bucket.downloadToStream(paths.getObjectId(path), bytes);
            files.put(path, bytes.toByteArray());
        }
        return Optional.of(new ReportBundle(period, version, stored.getDate("publishedAt").toInstant(),
                new TreeMap<>(files)));
    }

    @Override
    public ReportBundle store(ReportBundle bundle) {
        Optional<ReportBundle> existing = find(bundle.period(), bundle.version());
        if (existing.isPresent()) {
            return existing.get();
        }
        Document paths = new Document();
        List<ObjectId> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            ObjectId fileId = bucket.uploadFromStream(bundle.name() + "/" + file.getKey(),
                    new ByteArrayInputStream(file.getValue()), new GridFSUploadOptions().metadata(new Document("period",
                            bundle.period()).append("version", bundle.version()).append("path", file.getKey())
                            .append("sha256", Checksums.sha256Hex(file.getValue()))));
            paths.append(file.getKey(), fileId);
            written.add(fileId);
        }
        try {
            versions.insertOne(new Document("_id", id(bundle.period(), bundle.version()))
                    .append("period", bundle.period()).append("version", bundle.version())
                    .append("publishedAt", java.util.Date.from(bundle.publishedAt()))
                    .append("manifestSha256", bundle.manifestSha256()).append("storedAt", java.util.Date.from(Instant.now()))
                    .append("files", paths));
            return bundle;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            written.forEach(bucket::delete);
            return find(bundle.period(), bundle.version()).orElseThrow();
        }
    }

    private static String id(int period, int version) {
        return period + "-v" + version;
    }
}
