package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question (or a column name, or a category value) into normalised tokens: contractions and possessives
 * undone, quotes kept whole, numbers read with their separators, currency, percent and multipliers ("$1.5m",
 * "1,000", "10k", "twenty"), dates kept as ISO strings, snake_case and camelCase split into words.
 */
final class Tokenizer {

    private static final Pattern QUOTED =
            Pattern.compile("\"([^\"]{1,120})\"|(?<![\\p{L}\\d])'([^']{1,120})'(?![\\p{L}\\d])");
    private static final Pattern TOKEN = Pattern.compile("(?<date>\\d{4}-\\d{1,2}-\\d{1,2}(?:[tT"
            + " ]\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])(?!\\d))"
            + "|(?<num>(?:(?<cur>[$€£¥])\\s?)?(?<neg>(?<![\\p{L}\\d)])-)?(?<digits>\\d{1,3}(?:,\\d{3})+|\\d*\\.\\d+|\\d+)(?:\\.(?<frac>\\d+))?"
            + "(?<suffix>%|(?:k|mm|m|bn|b|mn)(?![\\p{L}\\d])|(?<=[$€£¥]\\s?[\\d.,]{1,20})(?:K|MM|M|BN|B)(?![\\p{L}\\d]))?)|(?<word>\\p{L}[\\p{L}\\d]*(?:(?<=\\d)\\.\\d+)?(?:&\\p{L}+)?)"
            + "|(?<sym>>=|<=|!=|<>|=>|=<|==|[<>=+&%#,;:?!/()\\-*$€£¥])");
    private static final Pattern PLURAL_CAPITALS = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private Tokenizer() {}

    /** The tokens of {@code text}; never null. */
    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String s = text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u00a0', ' ');
        Matcher q = QUOTED.matcher(s);
        int last = 0;
        while (q.find()) {
            scan(s.substring(last, q.start()), out);
            String inner = q.group(1) != null ? q.group(1) : q.group(2);
            String lower = inner.trim().toLowerCase();
            out.add(new Token(lower, lower, lower, null, Token.QUOTED));
            last = q.end();
        }
        scan(s.substring(last), out);
        return numbersInWords(out);
    }

    private static void scan(String segment, List<Token> out) {
        String s = expandContractions(segment);
        Matcher m = TOKEN.matcher(s);
        int previousEnd = -1;
        while (m.find()) {
            // Words glued by an underscore ("total_amount") are one typed name, as camelCase parts are.
            boolean joined = previousEnd > 0
                    && (previousEnd == m.start() || (previousEnd == m.start() - 1 && s.charAt(previousEnd) == '_'));
            int joinFlag = joined ? Token.JOINED : 0;
            if (m.group("date") != null) {
                out.add(new Token(
                        m.group("date").toLowerCase(), isoDate(m.group("date")), "", null, Token.DATE | joinFlag));
            } else if (m.group("num") != null) {
                out.add(number(m, joinFlag));
            } else if (m.group("word") != null) {
                words(m.group("word"), joinFlag, out);
            } else {
                out.add(Token.symbol(m.group("sym"), joinFlag));
            }
            previousEnd = m.end();
        }
    }

    private static final String[][] CONTRACTIONS = {
        {"(?i)\\bwon't\\b", "will not"},
        {"(?i)\\bcan't\\b", "can not"},
        {"(?i)\\bain't\\b", "is not"},
        {"(?i)n't\\b", " not"},
        {"(?i)'re\\b", " are"},
        {"(?i)'ve\\b", " have"},
        {"(?i)'ll\\b", " will"},
        {"(?i)\\bi'm\\b", "i am"},
        {"(?i)'d\\b", " would"},
        {"(?i)\\blet's\\b", "let us"},
        {"(?i)\\b(what|that|it|there|here|who|how|where|when|which)'s\\b", "$1 is"},
        {"(?i)(?<=[\\p{L}\\d])'s\\b", ""},
        {"(?i)(?<=s)'(?=\\s|$|[,.?!;:])", ""},
        {"(?i)\\bw/o\\b", "without"},
        {"(?i)\\bw/(?=\\s)", "with"},
        {"(?i)\\bno\\.(?=\\s*(of\\b|\\d))", "number "},
        {"#(?=\\s*[\\p{L}])", " number "}
    };
    private static final Pattern[] CONTRACTION_PATTERNS = new Pattern[CONTRACTIONS.length];

    static {
        for (int i = 0; i < CONTRACTIONS.length; i++) {
            CONTRACTION_PATTERNS[i] = Pattern.compile(CONTRACTIONS[i][0]);
        }
    }

    private static String expandContractions(String s) {
        String r = s;
        if (r.indexOf('\'') >= 0 || r.indexOf('/') >= 0 || r.indexOf('#') >= 0 || r.indexOf('.') >= 0) {
            for (int i = 0; i < CONTRACTIONS.length; i++) {
                r = CONTRACTION_PATTERNS[i].matcher(r).replaceAll(CONTRACTIONS[i][1]);
            }
        }
        // "wasnt", "didnt", "dont": the same negations typed without the apostrophe.
        r = UNMARKED_NEGATION.matcher(r).replaceAll("$1 not");
        return r.replace("'", " ");
    }

    private static final Pattern UNMARKED_NEGATION =
            Pattern.compile("(?i)\\b(was|were|is|are|did|does|do|has|have|had|could|should|would)nt\\b");

    private static Token number(Matcher m, int joinFlag) {
        String digits = m.group("digits").replace(",", "");
        String frac = m.group("frac");
        // "T-912.345.678-1", an ISWC in a value: a number with two points keeps the first; the rest is a code's.
        double value = Double.parseDouble(frac == null || digits.indexOf('.') >= 0 ? digits : digits + "." + frac);
        int flags = joinFlag;
        if (m.group("neg") != null) {
            value = -value;
        }
        if (m.group("cur") != null) {
            flags |= Token.CURRENCY;
        }
        // "$1M": a multiplier in capitals after a currency sign is the same multiplier (not "10B", a code).
        String suffix = m.group("suffix") == null ? null : m.group("suffix").toLowerCase(Locale.ROOT);
        if (suffix != null) {
            if ("%".equals(suffix)) {
                flags |= Token.PERCENT;
            } else {
                value *= "k".equals(suffix)
                        ? 1_000
                        : ("b".equals(suffix) || "bn".equals(suffix)) ? 1_000_000_000 : 1_000_000;
                flags |= Token.SCALED | Token.LETTERED;
            }
        }
        String raw = m.group("num").replace(" ", "").toLowerCase();
        if (m.group("cur") != null) {
            raw = raw.substring(1);
        }
        return Token.number(stripPlainSuffix(raw, suffix), value, flags);
    }

    private static String stripPlainSuffix(String raw, String suffix) {
        return suffix == null ? raw : raw.substring(0, raw.length() - suffix.length());
    }

    private static void words(String word, int joinFlag, List<Token> out) {
        // "NOCs", "KPIs": the plural of a name in capitals, not NO + Cs.
        // "kWh", "MWh": a unit written in mixed case, not k + Wh.
        // "pH", "mL", "dB": a short word starting in lower case is one word whatever its capitals.
        boolean whole = PLURAL_CAPITALS.matcher(word).matches()
                || ColumnRoles.UNITS.contains(word.toLowerCase(java.util.Locale.ROOT))
                || word.length() <= 3 && Character.isLowerCase(word.charAt(0));
        String[] parts = whole ? new String[] {word} : CAMEL.split(word);
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                continue;
            }
            int flags = p == 0 ? joinFlag : Token.JOINED;
            boolean capitals = part.equals(part.toUpperCase()) && !part.equals(part.toLowerCase());
            // "FOs", "KPIs": an upper-case abbreviation in the plural is one too.
            if (part.length() >= 2
                    && part.length() <= 5
                    && (capitals || PLURAL_CAPITALS.matcher(part).matches())) {
                flags |= Token.UPPER;
            }
            String lower = part.toLowerCase();
            String normal = Words.normalize(lower);
            if (normal.indexOf(' ') < 0 && PLURAL_CAPITALS.matcher(part).matches() && normal.equals(lower)) {
                // "PBs", "SAEs": the plural of the capitals, however short ("pbs" is no word of its own).
                out.add(new Token(lower, normal, lower.substring(0, lower.length() - 1), null, flags));
            } else if (normal.indexOf(' ') < 0) {
                out.add(Token.word(lower, normal, flags));
            } else {
                String[] expanded = normal.split(" ");
                out.add(Token.word(lower, expanded[0], flags));
                for (int i = 1; i < expanded.length; i++) {
                    out.add(Token.word("", expanded[i], Token.JOINED));
                }
            }
        }
    }

    private static String isoDate(String text) {
        String t = text.toUpperCase().replace(' ', 'T');
        if (t.contains("/")) {
            String[] p = t.split("/");
            return p[2] + "-" + pad(p[0]) + "-" + pad(p[1]);
        }
        String[] dt = t.split("T");
        String[] p = dt[0].split("-");
        String date = p.length == 2 ? p[0] + "-" + pad(p[1]) : p[0] + "-" + pad(p[1]) + "-" + pad(p[2]);
        return dt.length > 1 ? date + "T" + dt[1] : date;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static final java.util.Set<String> COMPARED =
            java.util.Set.of("than", "over", "under", "within", "above", "below", "exceeding");

    /** "a" or "an" between a comparison and a unit of time ("over an hour", "within a day"). */
    private static boolean oneOfATime(List<Token> in, int i) {
        String w = in.get(i).word();
        return ("a".equals(w) || "an".equals(w))
                && i > 0
                && i + 1 < in.size()
                && COMPARED.contains(in.get(i - 1).word())
                && Words.TIME_UNITS.contains(in.get(i + 1).stem());
    }

    /** Replaces numbers written in words, and a number followed by "thousand"/"million"/"percent", by number tokens. */
    private static List<Token> numbersInWords(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            Token t = in.get(i);
            if (t.isWord() && NumberWords.startsNumber(t.raw())) {
                double[] read = NumberWords.read(in, i);
                if (read != null) {
                    out.add(new Token(
                            t.raw(),
                            t.raw(),
                            t.raw(),
                            read[0],
                            Token.NUMBER | Token.WORDS | (t.flags() & Token.JOINED)));
                    i += (int) read[1];
                    continue;
                }
            }
            if (oneOfATime(in, i)) {
                // "delayed more than an hour": one hour, compared like "more than 1 hour".
                out.add(new Token(t.raw(), t.raw(), t.raw(), 1.0, Token.NUMBER | Token.WORDS));
                i++;
                continue;
            }
            if (t.isNumber() && i + 1 < in.size()) {
                Token next = in.get(i + 1);
                Double mult = next.isWord() ? NumberWords.multiplier(next.raw()) : null;
                if (mult != null && !t.is(Token.SCALED)) {
                    out.add(new Token(t.raw(), t.word(), t.stem(), t.number() * mult, t.flags() | Token.SCALED));
                    i += 2;
                    continue;
                }
                if (next.isWord() && ("percent".equals(next.word()) || "percentage".equals(next.word()))) {
                    out.add(t.withFlags(Token.PERCENT));
                    i += 2;
                    continue;
                }
                if (next.isSymbol() && "%".equals(next.raw())) {
                    out.add(t.withFlags(Token.PERCENT));
                    i += 2;
                    continue;
                }
            }
            out.add(t);
            i++;
        }
        return out;
    }
}
