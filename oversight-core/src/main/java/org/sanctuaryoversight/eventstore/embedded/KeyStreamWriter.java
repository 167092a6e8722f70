package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.UUID;

/**
 * An {@code ObjectOutputStream} for the few classes of a key, with its handle table, by identity: it writes the
 * bytes into a buffer, or compares them with a reference as they come and stops at the first that differs.
 */
final class KeyStreamWriter {

    private static final int BASE_HANDLE = 0x7E0000;
    private static final byte TC_NULL = 0x70;
    private static final byte TC_REFERENCE = 0x71;
    private static final byte TC_CLASSDESC = 0x72;
    private static final byte TC_OBJECT = 0x73;
    private static final byte TC_STRING = 0x74;
    private static final byte TC_ARRAY = 0x75;
    private static final byte TC_BLOCKDATA = 0x77;
    private static final byte TC_ENDBLOCKDATA = 0x78;
    private static final byte TC_LONGSTRING = 0x7C;
    /** {@code ObjectStreamConstants.SC_SERIALIZABLE}: none of the classes written here has a writeObject method. */
    private static final byte SC_SERIALIZABLE = 0x02;

    /**
     * The objects the common start of every serialized key registered, in handle order: {@code KeyValue}'s
     * descriptor, the type string of its field, the key, {@code ArrayList}'s descriptor, the list. Only the type
     * string (an interned {@code String}) could be met again, as a value identical to it.
     */
    private static final Object[] START_HANDLES = {KeyValue.class,
            ObjectStreamClass.lookup(KeyValue.class).getFields()[0].getTypeString(), null, java.util.ArrayList.class,
            null};

    /** {@link ObjectId}'s bytes, the array itself (as the stream sees it), or null if they cannot be read. */
    private static final VarHandle OBJECT_ID_DATA = objectIdData();

    private static VarHandle objectIdData() {
        try {
            return MethodHandles.privateLookupIn(ObjectId.class, MethodHandles.lookup())
                    .findVarHandle(ObjectId.class, "data", byte[].class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }


    private byte[] buffer;
    private final byte[] reference;
    int length;
    /** Comparing: whether a byte differed or the reference ended, and the sign of the reference against these. */
    boolean done;
    int result;
    private Object[] handles = Arrays.copyOf(START_HANDLES, 8);
    private int handleCount = START_HANDLES.length;

    KeyStreamWriter(byte[] buffer, byte[] reference) {
        this.buffer = buffer;
        this.reference = reference;
    }

    byte[] bytes() {
        return Arrays.copyOf(buffer, length);
    }

    /** @return false if the key holds a value not written here (or, comparing, when the first difference is met) */
    boolean key(KeyValue key) {
        int size = key.size();
        // ArrayList.writeObject: its size field, the size again in a block, each element, then the block's end
        putInt(size);
        put(TC_BLOCKDATA);
        put((byte) 4);
        putInt(size);
        for (int i = 0; i < size && !done; i++) {
            if (!object(key.get(i))) {
                return false;
            }
        }
        put(TC_ENDBLOCKDATA);
        return !done;
    }

    /** @return false if the value is of a class not written here */
    boolean object(Object value) {
        if (value == null) {
            put(TC_NULL);
            return true;
        }
        int handle = handleOf(value);
        if (handle >= 0) {
            put(TC_REFERENCE);
            putInt(BASE_HANDLE + handle);
            return true;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            string((String) value);
        } else if (type == Integer.class) {
            ordinary(StreamDescriptor.INTEGER, value);
            putInt((Integer) value);
        } else if (type == Long.class) {
            ordinary(StreamDescriptor.LONG, value);
            putLong((Long) value);
        } else if (type == Double.class) {
            ordinary(StreamDescriptor.DOUBLE, value);
            putLong(Double.doubleToLongBits((Double) value));
        } else if (type == Boolean.class) {
            ordinary(StreamDescriptor.BOOLEAN, value);
            put((byte) ((Boolean) value ? 1 : 0));
        } else if (type == UUID.class) {
            UUID uuid = (UUID) value;
            ordinary(StreamDescriptor.UUID_TYPE, value);
            // fields in the stream's order: primitives by name, leastSigBits before mostSigBits
            putLong(uuid.getLeastSignificantBits());
            putLong(uuid.getMostSignificantBits());
        } else if (type == ObjectId.class && OBJECT_ID_DATA != null) {
            ordinary(StreamDescriptor.OBJECT_ID, value);
            byte[] data = (byte[]) OBJECT_ID_DATA.get(value);
            int dataHandle = handleOf(data);
            if (dataHandle >= 0) {
                put(TC_REFERENCE);
                putInt(BASE_HANDLE + dataHandle);
            } else {
                put(TC_ARRAY);
                descriptor(StreamDescriptor.BYTES);
                assign(data);
                putInt(data.length);
                put(data, data.length);
            }
        } else {
            return false;
        }
        return true;
    }

    /** An object whose class has no writeObject method: its descriptor, its handle; its fields follow. */
    private void ordinary(StreamDescriptor descriptor, Object value) {
        put(TC_OBJECT);
        descriptor(descriptor);
        assign(value);
    }

    private void descriptor(StreamDescriptor descriptor) {
        if (descriptor == null) {
            put(TC_NULL);
            return;
        }
        int handle = handleOf(descriptor.type());
        if (handle >= 0) {
            put(TC_REFERENCE);
            putInt(BASE_HANDLE + handle);
            return;
        }
        put(TC_CLASSDESC);
        assign(descriptor.type());
        putShort(descriptor.name().length);
        put(descriptor.name(), descriptor.name().length);
        putLong(descriptor.serialVersionUid());
        put(SC_SERIALIZABLE);
        ObjectStreamField[] fields = descriptor.fields();
        putShort(fields.length);
        for (int i = 0; i < fields.length; i++) {
            put((byte) fields[i].getTypeCode());
            byte[] name = descriptor.fieldNames()[i];
            putShort(name.length);
            put(name, name.length);
            if (!fields[i].isPrimitive()) {
                String typeString = fields[i].getTypeString();
                int typeHandle = handleOf(typeString);
                if (typeHandle >= 0) {
                    put(TC_REFERENCE);
                    putInt(BASE_HANDLE + typeHandle);
                } else {
                    string(typeString);
                }
            }
        }
        put(TC_ENDBLOCKDATA);
        descriptor(descriptor.superclass());
    }

    /** A string as the stream writes one not written before: its length, then its modified UTF-8. */
    private void string(String value) {
        assign(value);
        int chars = value.length();
        long utf = 0;
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            utf += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
        }
        if (utf <= 0xFFFF) {
            put(TC_STRING);
            putShort((int) utf);
        } else {
            put(TC_LONGSTRING);
            putLong(utf);
        }
        ensure(utf);
        for (int i = 0; i < chars && !done; i++) {
            char c = value.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                put((byte) c);
            } else if (c > 0x07FF) {
                put((byte) (0xE0 | ((c >> 12) & 0x0F)));
                put((byte) (0x80 | ((c >> 6) & 0x3F)));
                put((byte) (0x80 | (c & 0x3F)));
            } else {
                put((byte) (0xC0 | ((c >> 6) & 0x1F)));
                put((byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    private int handleOf(Object value) {
        for (int i = 0; i < handleCount; i++) {
            if (handles[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private void assign(Object value) {
        if (handleCount == handles.length) {
            handles = Arrays.copyOf(handles, handleCount * 2);
        }
        handles[handleCount++] = value;
    }

    private void ensure(long more) {
        if (buffer != null && length + more > buffer.length) {
            long wanted = Math.max(buffer.length * 2L, length + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("key too large to compare: " + wanted + " bytes");
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    void put(byte b) {
        if (reference == null) {
            ensure(1);
            buffer[length++] = b;
        } else if (!done) {
            if (length == reference.length) {
                result = -1; // the reference is the start of these bytes: it comes first
                done = true;
            } else if (reference[length] != b) {
                result = (reference[length] & 0xFF) < (b & 0xFF) ? -1 : 1;
                done = true;
            } else {
                length++;
            }
        }
    }

    private void put(byte[] bytes, int count) {
        if (reference == null) {
            ensure(count);
            System.arraycopy(bytes, 0, buffer, length, count);
            length += count;
        } else {
            for (int i = 0; i < count && !done; i++) {
                put(bytes[i]);
            }
        }
    }

    private void putShort(int v) {
        put((byte) (v >>> 8));
        put((byte) v);
    }

    void putInt(int v) {
        put((byte) (v >>> 24));
        put((byte) (v >>> 16));
        put((byte) (v >>> 8));
        put((byte) v);
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
