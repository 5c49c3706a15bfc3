package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.List;

/** Hyphenated words that are one word of the schema's names: "check-ins" for checkinTime and checkinId. */
final class HyphenatedNames {

    private HyphenatedNames() {}

    /** The tokens with each "a - b" whose letters glued together (singular) are a name word made one token. */
    static List<Token> join(List<Token> tokens, SchemaIndex index) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size()
                    && t.isWord()
                    && tokens.get(i + 1).isSymbol()
                    && "-".equals(tokens.get(i + 1).raw())
                    && tokens.get(i + 2).isWord()) {
                String glued = t.raw() + tokens.get(i + 2).raw();
                if (!index.nameWords.contains(Words.singular(glued)) && Words.isParticiple(t.word())) {
                    // "locked-out shifts" beside LOCKOUT_FLAG: the verb's base glued to its particle.
                    for (String base : Words.bases(t.word())) {
                        if (index.nameWords.contains(base + tokens.get(i + 2).word())) {
                            glued = base + tokens.get(i + 2).word();
                        }
                    }
                }
                if (index.nameWords.contains(Words.singular(glued)) && !index.nameWords.contains(t.stem())) {
                    if (out == null) {
                        out = new ArrayList<>(tokens.subList(0, i));
                    }
                    out.add(Token.word(t.raw() + "-" + tokens.get(i + 2).raw(), glued, 0));
                    i += 2;
                    continue;
                }
            }
            if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }
}
