package io.datasage.ai.planner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a dataset is about, read from its name ("World Happiness Report"): its words and their synonym groups, and
 * the measure they stand for when no column is named so ("happiness" -> Life Ladder, the first measure).
 *
 * @param words the name's meaningful words, singular
 * @param groups the synonym groups of those words
 * @param measure the dataset's main measure, or null
 */
record DatasetTopic(Set<String> words, Set<String> groups, ColumnInfo measure) {

    /** Words of file and table names that say nothing about the subject. */
    private static final Set<String> GENERIC = Words.set("""
        data dataset datasets report world global export table file sheet final clean cleaned raw sample csv xlsx
        full list record database db master latest new copy test train training summary main my our v
        """);

    /** The meaningful words of a dataset's name, singular. */
    static Set<String> wordsOf(String name) {
        Set<String> words = new HashSet<>();
        for (Token t : Tokenizer.tokenize(name == null ? "" : name)) {
            String w = t.stem();
            if (t.isWord() && w.length() > 2 && !GENERIC.contains(w) && !Words.STOPWORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The words a dataset's name is glued from ("crane" and "lift" of cranelifts), where a column's name holds one of
     * them (Lift Date); none for a name of separate words.
     */
    static Set<String> gluedWordsOf(String name, List<ColumnInfo> columns) {
        Set<String> nameWords = new HashSet<>();
        columns.forEach(c -> nameWords.addAll(c.core()));
        Set<String> words = new HashSet<>();
        for (Token t : Tokenizer.tokenize(name == null ? "" : name)) {
            if (t.isWord() && t.word().length() >= 6 && !nameWords.contains(t.stem())) {
                words.addAll(gluedWords(t.word(), nameWords));
            }
        }
        return words;
    }

    /** The two words of three letters or more a word is glued from, one of them a name's word, or none. */
    private static List<String> gluedWords(String word, Set<String> nameWords) {
        for (int i = word.length() - 3; i >= 3; i--) {
            String left = word.substring(0, i);
            String right = Tokenizer.tokenize(word.substring(i)).get(0).stem();
            if (right.length() >= 3 && (nameWords.contains(right) || nameWords.contains(left))) {
                return List.of(left, right);
            }
        }
        return List.of();
    }

    /** The topic of a dataset whose name has these meaningful words ({@link #wordsOf}). */
    static DatasetTopic of(Set<String> words, List<ColumnInfo> columns, ColumnInfo primaryMeasure) {
        Set<String> groups = new HashSet<>();
        for (String w : words) {
            groups.addAll(Synonyms.groupsOf(w));
        }
        ColumnInfo measure = primaryMeasure;
        for (ColumnInfo c : columns) {
            if (measure == null && c.isMeasure() && !c.isOrdinal() && c.distinct() > 20) {
                measure = c;
            }
        }
        return new DatasetTopic(Set.copyOf(words), Set.copyOf(groups), measure);
    }

    /**
     * Abstract-noun endings: a subject such as "happiness", "popularity" or "pollution" is measured, while a
     * countable subject ("crime", "pokemon", "stock") names what the rows are, singular or plural.
     */
    private static final List<String> ABSTRACT_ENDINGS =
            List.of("ness", "ity", "ance", "ence", "ment", "tion", "sion", "ure", "th", "ism", "ship", "dom");

    private static boolean isAbstract(String word) {
        for (String ending : ABSTRACT_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word, or a word with these synonym groups, names what the dataset is about. */
    boolean names(Token t, Set<String> wordGroups) {
        if (measure == null || Annotator.ROW_NOUNS.contains(t.stem())) {
            return false;
        }
        if (words.contains(t.stem())) {
            // "loans" in a loans dataset names the rows; "happiness" in the happiness report its measure.
            return t.stem().equals(t.word()) && isAbstract(t.stem());
        }
        for (String w : words) {
            // "full backups" in backup_jobs: a plural is the rows the file lists, not its measure.
            if (Words.sameStem(t.word(), w) && !(t.isPlural() && w.startsWith(t.stem()))) {
                return true;
            }
        }
        for (String g : wordGroups) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
