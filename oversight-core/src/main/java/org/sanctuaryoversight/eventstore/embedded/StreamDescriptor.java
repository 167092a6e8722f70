package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** How an object of one class is described in a Java serialization stream ({@link KeyStreamWriter}). */
record StreamDescriptor(Class<?> type, byte[] name, long serialVersionUid, ObjectStreamField[] fields,
                        byte[][] fieldNames, StreamDescriptor superclass) {

    static final StreamDescriptor NUMBER = of(Number.class, null);
    static final StreamDescriptor INTEGER = of(Integer.class, NUMBER);
    static final StreamDescriptor LONG = of(Long.class, NUMBER);
    static final StreamDescriptor DOUBLE = of(Double.class, NUMBER);
    static final StreamDescriptor BOOLEAN = of(Boolean.class, null);
    static final StreamDescriptor UUID_TYPE = of(UUID.class, null);
    static final StreamDescriptor OBJECT_ID = of(ObjectId.class, null);
    static final StreamDescriptor BYTES = of(byte[].class, null);

    static StreamDescriptor of(Class<?> type, StreamDescriptor superclass) {
        ObjectStreamClass stream = ObjectStreamClass.lookup(type);
        ObjectStreamField[] fields = stream.getFields();
        byte[][] names = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].getName().getBytes(StandardCharsets.UTF_8);
        }
        return new StreamDescriptor(type, stream.getName().getBytes(StandardCharsets.UTF_8),
                stream.getSerialVersionUID(), fields, names, superclass);
    }
}
