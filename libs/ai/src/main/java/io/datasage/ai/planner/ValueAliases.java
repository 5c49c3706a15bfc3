package io.datasage.ai.planner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Other ways people name a category value: "women" for Female, "UK" for United Kingdom, "japanese" for Japan,
 * "yes"/"true". Each alias lists the spellings the value may have in the data; the first one present wins.
 */
final class ValueAliases {

    private static final String TABLE = """
        woman, women, female, females, lady, ladies, girl, girls = female, f, woman, women, w
        man, men, male, males, gentleman, gentlemen, guy, guys, boy, boys = male, m, man, men
        us, usa, america, american, americans, united states, the states, u s, u s a = united states, usa, us, united states of america, america, u.s.
        uk, britain, great britain, british, england, english, brits = united kingdom, uk, great britain, england, britain
        uae, emirati = united arab emirates, uae
        japanese = japan
        german, germans = germany
        french = france
        indian, indians = india
        canadian, canadians = canada
        australian, australians, aussie = australia
        brazilian, brazilians = brazil
        spanish = spain
        dutch, holland = netherlands, the netherlands, holland
        mexican, mexicans = mexico
        chinese = china
        italian, italians = italy
        korean, koreans, south korean = south korea, korea
        swedish = sweden
        swiss = switzerland
        european, europeans = europe
        asian, asians = asia
        african, africans = africa
        irish = ireland
        russian, russians = russia
        norwegian = norway
        danish = denmark
        finnish = finland
        polish = poland
        portuguese = portugal
        belgian = belgium
        austrian = austria
        greek = greece
        turkish = turkey
        argentinian, argentine = argentina
        new zealander, kiwi, kiwis = new zealand
        singaporean = singapore
        nyc, new york city = new york city, new york
        sf = san francisco
        la = los angeles
        dc = district of columbia, washington dc
        phd, doctorate, doctoral = phd, doctorate
        bachelor, bachelors, undergraduate, undergrad = bachelor, bachelors, bachelor degree
        master, masters, postgraduate, postgrad = master, masters, master degree
        yes, true, y = yes, true, y, 1
        false, n = no, false, n, 0
        """;

    private static final Map<String, List<String>> SPELLINGS = new HashMap<>();

    static {
        for (String line : TABLE.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf(" = ");
            List<String> spellings = java.util.Arrays.stream(
                            line.substring(eq + 3).split(","))
                    .map(String::trim)
                    .map(Words::compact)
                    .toList();
            for (String alias : line.substring(0, eq).split(",")) {
                SPELLINGS.put(Synonyms.key(alias.trim()), spellings);
            }
        }
    }

    private ValueAliases() {}

    /** The compact spellings a value may have for the normalised phrase {@code key}, or an empty list. */
    static List<String> spellings(String key) {
        return SPELLINGS.getOrDefault(key, List.of());
    }

    /** Whether any alias is this long (in words) or longer; aliases have at most three words. */
    static int maxWords() {
        return 3;
    }
}
