package io.datasage.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes bytes as UTF-8 where they form valid UTF-8 and as windows-1252, byte by byte, where they do not.
 *
 * <p>Real exports are often windows-1252 and some mix both (a UTF-8 file with pasted Latin-1 rows), so a strict
 * decoder would either fail or fill the data with replacement characters. Counts go to {@link DecodingStats}.
 */
final class LenientUtf8Reader extends Reader {

    /** windows-1252 0x80..0x9F; the five undefined bytes map to the same code point, as Latin-1 does. */
    private static final char[] CP1252_HIGH =
            ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
                    .toCharArray();

    private final InputStream in;
    private final DecodingStats stats;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private int pendingLowSurrogate = -1;

    LenientUtf8Reader(InputStream in, DecodingStats stats) {
        this.in = in;
        this.stats = stats;
    }

    static char windows1252(int b) {
        return b >= 0x80 && b <= 0x9F ? CP1252_HIGH[b - 0x80] : (char) b;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLowSurrogate >= 0) {
            out[off + n++] = (char) pendingLowSurrogate;
            pendingLowSurrogate = -1;
        }
        while (n < len) {
            if (limit - pos < 4 && !eof) {
                fill();
            }
            if (pos >= limit) {
                break;
            }
            int b = buf[pos];
            if (b >= 0) {
                // ASCII fast path: most bytes of most files.
                int end = Math.min(limit, pos + (len - n));
                int p = pos;
                int o = off + n;
                while (p < end && (b = buf[p]) >= 0) {
                    out[o++] = (char) b;
                    p++;
                }
                n += p - pos;
                pos = p;
                continue;
            }
            n += decodeMultiByte(out, off + n, len - n);
        }
        return n == 0 && pos >= limit && eof ? -1 : n;
    }

    /** Decodes one non-ASCII character (or one fallback byte) at {@link #pos}; returns chars written. */
    private int decodeMultiByte(char[] out, int off, int room) {
        int b0 = buf[pos] & 0xFF;
        int need;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            return fallback(out, off, b0);
        }
        if (pos + need >= limit) {
            return fallback(out, off, b0);
        }
        int cp = b0 & (0x3F >> need);
        for (int i = 1; i <= need; i++) {
            int c = buf[pos + i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return fallback(out, off, b0);
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return fallback(out, off, b0);
        }
        pos += need + 1;
        stats.multiByteChars++;
        if (cp < 0x10000) {
            out[off] = (char) cp;
            return 1;
        }
        out[off] = Character.highSurrogate(cp);
        if (room > 1) {
            out[off + 1] = Character.lowSurrogate(cp);
            return 2;
        }
        pendingLowSurrogate = Character.lowSurrogate(cp);
        return 1;
    }

    private int fallback(char[] out, int off, int b) {
        pos++;
        stats.fallbackBytes++;
        out[off] = windows1252(b);
        return 1;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                return;
            }
            limit += r;
            if (limit >= 4) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
