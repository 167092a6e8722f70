package org.sanctuaryoversight.eventstore.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * Overwrites, in place, every occurrence of some byte strings in a file: the last step of
 * {@link EmbeddedMongo#erase}, for copies of deleted values left in pages the database no longer uses. Reads
 * the file in blocks that overlap by the longest string, so an occurrence across a block boundary is found.
 */
final class FileOverwrite {

    private static final int BLOCK = 1 << 20;

    private FileOverwrite() {
    }

    /** @return how many occurrences were overwritten */
    static int zeroOccurrences(Path file, Collection<byte[]> needles) throws IOException {
        if (needles.isEmpty()) {
            return 0;
        }
        int longest = needles.stream().mapToInt(n -> n.length).max().orElse(0);
        int found = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(BLOCK + longest);
            long position = 0;
            long size = channel.size();
            while (position < size) {
                buffer.clear();
                int read = 0;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position + read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
                byte[] block = buffer.array();
                for (byte[] needle : needles) {
                    for (int i = 0; i + needle.length <= read; i++) {
                        if (matches(block, i, needle)) {
                            channel.write(ByteBuffer.wrap(new byte[needle.length]), position + i);
                            found++;
                        }
                    }
                }
                position += BLOCK;
            }
            channel.force(true);
        }
        return found;
    }

    private static boolean matches(byte[] block, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (block[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
