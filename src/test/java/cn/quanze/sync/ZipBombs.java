package cn.quanze.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files whose entries expand to gigabytes without ever holding (or even deflating) the expanded bytes:
 * a block deflated with a sync flush after a window of the same block compresses to the same bytes every time,
 * so the deflated stream is the first chunk, the repeated chunk N-1 times and the final block. The ZIP headers
 * may claim any size, as a hostile file's would.
 */
final class ZipBombs {
    /** One entry: its deflated bytes, CRC-32 and real size, and the size its headers claim. */
    record Entry(String name, List<byte[]> deflated, long crc, long size, long claimed) {
        long compressedSize() {
            return deflated.stream().mapToLong(b -> b.length).sum();
        }

        /** The same content with headers that claim another size. */
        Entry claiming(long size) {
            return new Entry(name, deflated, crc, this.size, size);
        }
    }

    private ZipBombs() {
    }

    /** An ordinary entry. */
    static Entry of(String name, byte[] content) {
        return repeated(name, content, 1);
    }

    /** {@code block} repeated {@code times} (e.g. 1 MiB of zeros 2048 times: 2 GiB in about 2 MB). */
    static Entry repeated(String name, byte[] block, int times) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            List<byte[]> chunks = new ArrayList<>();
            byte[] first = flush(d, block);
            chunks.add(first);
            if (times > 1) {
                byte[] again = flush(d, block);
                byte[] third = flush(d, block);
                if (times > 2 && !Arrays.equals(again, third)) {
                    throw new IllegalStateException("the deflated block does not repeat");
                }
                for (int i = 1; i < times; i++) {
                    chunks.add(again);
                }
            }
            d.finish();
            ByteArrayOutputStream tail = new ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            while (!d.finished()) {
                tail.write(buf, 0, d.deflate(buf));
            }
            chunks.add(tail.toByteArray());
            CRC32 crc = new CRC32();
            for (int i = 0; i < times; i++) {
                crc.update(block);
            }
            long size = (long) block.length * times;
            return new Entry(name, chunks, crc.getValue(), size, size);
        } finally {
            d.end();
        }
    }

    private static byte[] flush(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
        return out.toByteArray();
    }

    /** Writes the entries as a ZIP (deflated, sizes in the headers as each entry claims them). */
    static Path write(Path file, List<Entry> entries) throws IOException {
        List<long[]> offsets = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long at = 0;
            for (Entry e : entries) {
                offsets.add(new long[] {at});
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer h = le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800)
                        .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
                        .putInt((int) e.compressedSize()).putInt((int) e.claimed()).putShort((short) name.length)
                        .putShort((short) 0).put(name);
                out.write(h.array());
                for (byte[] chunk : e.deflated()) {
                    out.write(chunk);
                }
                at += h.capacity() + e.compressedSize();
            }
            long directory = at;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer c = le(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                        .putShort((short) 0x800).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                        .putInt((int) e.crc()).putInt((int) e.compressedSize()).putInt((int) e.claimed())
                        .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(0).putInt((int) offsets.get(i)[0]).put(name);
                out.write(c.array());
                at += c.capacity();
            }
            out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries.size()).putShort((short) entries.size()).putInt((int) (at - directory))
                    .putInt((int) directory).putShort((short) 0).array());
        }
        return file;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
