package io.datasage.vector.mapping;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Stores vectors compactly in the document store: float32, little-endian, 4 bytes a dimension. */
public final class VectorBytes {

    private VectorBytes() {}

    /** The bytes of {@code vector}. */
    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** The vector stored as {@code bytes}. */
    public static float[] toVector(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a stored vector must be a multiple of 4 bytes; got " + bytes.length);
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
