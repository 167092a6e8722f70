package org.sanctuaryoversight.complaint.attachment;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;

/**
 * Encrypted attachments in MongoDB GridFS, bucket {@code attachments} (collections {@code attachments.files}
 * and {@code attachments.chunks}), so they live, replicate and are backed up with the event store. A file's
 * GridFS id is its attachment id; its only metadata is the complaint it belongs to.
 */
public final class GridFsAttachmentStore implements AttachmentStore {

    public static final String BUCKET = "attachments";

    private final GridFSBucket bucket;

    public GridFsAttachmentStore(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    @Override
    public void store(String attachmentId, String complaintId, byte[] ciphertext) {
        bucket.uploadFromStream(new BsonString(attachmentId), attachmentId, new ByteArrayInputStream(ciphertext),
                new GridFSUploadOptions().metadata(new Document("complaintId", complaintId)));
    }

    @Override
    public Optional<byte[]> load(String attachmentId) {
        GridFSFile file = bucket.find(Filters.eq("_id", new BsonString(attachmentId))).first();
        if (file == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) file.getLength());
        bucket.downloadToStream(new BsonString(attachmentId), out);
        return Optional.of(out.toByteArray());
    }

    @Override
    public void delete(String attachmentId) {
        if (bucket.find(Filters.eq("_id", new BsonString(attachmentId))).first() != null) {
            bucket.delete(new BsonString(attachmentId));
        }
    }
}
