package io.datasage.ingest.stats;

/** 64-bit hashes of strings and rows (FNV-1a over the characters, then a murmur3 finaliser to spread the bits). */
public final class Hashing {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {}

    public static long start() {
        return OFFSET;
    }

    /** Mixes a value (null allowed, distinct from "") into a running row hash. */
    public static long add(long hash, String value) {
        if (value == null) {
            return (hash ^ 0xFF) * PRIME;
        }
        for (int i = 0; i < value.length(); i++) {
            hash = (hash ^ value.charAt(i)) * PRIME;
        }
        // A separator so that ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0x1F) * PRIME;
    }

    public static long finish(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }

    public static long of(String value) {
        return finish(add(start(), value));
    }
}
