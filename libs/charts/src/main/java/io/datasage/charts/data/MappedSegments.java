package io.datasage.charts.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.memory.util.MemoryUtil;

/** An Arrow file mapped read-only in segments of at most 1 GiB, each holding whole messages (blocks). */
final class MappedSegments {

    private static final long MAX_SEGMENT = 1L << 30;

    private final long[] starts;
    private final long[] ends;
    private final MappedByteBuffer[] buffers;
    private final long[] addresses;

    private MappedSegments(long[] starts, long[] ends, MappedByteBuffer[] buffers, long[] addresses) {
        this.starts = starts;
        this.ends = ends;
        this.buffers = buffers;
        this.addresses = addresses;
    }

    static MappedSegments map(FileChannel channel, List<Block> blocks, long size, Path file) throws IOException {
        long[][] ranges = new long[blocks.size()][];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            long start = block.offset();
            long end = start + block.metaDataLength() + block.bodyLength();
            if (start < 0 || block.metaDataLength() < 0 || block.bodyLength() < 0 || end > size) {
                throw new IOException(file + ": Arrow block [" + start + ", " + end + ") outside the file");
            }
            if (end - start > Integer.MAX_VALUE) {
                throw new IOException(file + ": record batch over 2 GiB is not supported");
            }
            ranges[i] = new long[] {start, end};
        }
        Arrays.sort(ranges, (a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Math.max(last[1], range[1]) - last[0] <= MAX_SEGMENT) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        int n = merged.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        MappedByteBuffer[] buffers = new MappedByteBuffer[n];
        long[] addresses = new long[n];
        MappedSegments segments = new MappedSegments(starts, ends, buffers, addresses);
        try {
            for (int i = 0; i < n; i++) {
                starts[i] = merged.get(i)[0];
                ends[i] = merged.get(i)[1];
                buffers[i] = channel.map(FileChannel.MapMode.READ_ONLY, starts[i], ends[i] - starts[i]);
                addresses[i] = MemoryUtil.getByteBufferAddress(buffers[i]);
            }
        } catch (IOException | RuntimeException e) {
            segments.unmapAll();
            throw e;
        }
        return segments;
    }

    MappedByteBuffer[] buffers() {
        return buffers;
    }

    void unmapAll() {
        for (MappedByteBuffer buffer : buffers) {
            Unmapper.unmap(buffer);
        }
    }

    private int segmentOf(long offset) {
        for (int i = 0; i < starts.length; i++) {
            if (offset >= starts[i] && offset < ends[i]) {
                return i;
            }
        }
        throw new IllegalStateException("offset " + offset + " not mapped");
    }

    /** The flatbuffer message at the start of a block (with or without the 0xFFFFFFFF continuation). */
    Message message(Block block) throws IOException {
        int s = segmentOf(block.offset());
        ByteBuffer view = buffers[s].duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int pos = (int) (block.offset() - starts[s]);
        int first = view.getInt(pos);
        int length = first == -1 ? view.getInt(pos + 4) : first;
        int start = first == -1 ? pos + 8 : pos + 4;
        if (length <= 0 || start - pos + length > block.metaDataLength()) {
            throw new IOException("invalid Arrow message header at offset " + block.offset());
        }
        view.position(start).limit(start + length);
        return Message.getRootAsMessage(view.slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    long bodyAddress(Block block) {
        int s = segmentOf(block.offset());
        return addresses[s] + (block.offset() - starts[s]) + block.metaDataLength();
    }
}
