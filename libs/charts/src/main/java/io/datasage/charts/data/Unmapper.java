package io.datasage.charts.data;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/** Unmaps a memory-mapped buffer right away instead of waiting for the garbage collector. */
final class Unmapper {

    private static final Object UNSAFE;
    private static final Method INVOKE_CLEANER;

    static {
        Object unsafe = null;
        Method method = null;
        try {
            Class<?> type = Class.forName("sun.misc.Unsafe");
            Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafe = field.get(null);
            method = type.getMethod("invokeCleaner", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Without it the mapping is released by the GC, which is still correct, only later.
        }
        UNSAFE = unsafe;
        INVOKE_CLEANER = method;
    }

    private Unmapper() {}

    /** Only call when nothing can read the buffer any more: later reads would crash the JVM. */
    static void unmap(ByteBuffer buffer) {
        if (INVOKE_CLEANER == null || buffer == null || !buffer.isDirect()) {
            return;
        }
        try {
            INVOKE_CLEANER.invoke(UNSAFE, buffer);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Falls back to the GC.
        }
    }
}
