package io.datasage.ai.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Other ways people name a category value: "women" for Female, "UK" for United Kingdom, "japanese" for Japan,
 * "california" for CA, "yes"/"true". Each alias lists the spellings the value may have in the data; the first one present wins.
 */
final class ValueAliases {

    private static final String TABLE = """
        woman, women, female, females, lady, ladies, girl, girls = female, f, woman, women, w
        man, men, male, males, gentleman, gentlemen, guy, guys, boy, boys = male, m, man, men
        us, usa, america, american, americans, united states, the states, u s, u s a = united states, usa, us, united states of america, america, u.s.
        uk, britain, great britain, british, england, english, brits = united kingdom, uk, great britain, england, britain
        uae, emirati = united arab emirates, uae
        cyclist, cyclists, bike, bikes, bicycles = bicycle, bike, cycle, cyclist
        walker, walkers, pedestrians = pedestrian, foot, walk
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
        alabama = alabama, al
        alaska = alaska, ak
        arizona = arizona, az
        arkansas = arkansas, ar
        california = california, ca
        colorado = colorado, co
        connecticut = connecticut, ct
        delaware = delaware, de
        florida = florida, fl
        georgia = georgia, ga
        hawaii = hawaii, hi
        idaho = idaho, id
        illinois = illinois, il
        indiana = indiana, in
        iowa = iowa, ia
        kansas = kansas, ks
        kentucky = kentucky, ky
        louisiana = louisiana, la
        maine = maine, me
        maryland = maryland, md
        massachusetts = massachusetts, ma
        michigan = michigan, mi
        minnesota = minnesota, mn
        mississippi = mississippi, ms
        missouri = missouri, mo
        montana = montana, mt
        nebraska = nebraska, ne
        nevada = nevada, nv
        new hampshire = new hampshire, nh
        new jersey = new jersey, nj
        new mexico = new mexico, nm
        new york = new york, ny
        north carolina = north carolina, nc
        north dakota = north dakota, nd
        ohio = ohio, oh
        oklahoma = oklahoma, ok
        oregon = oregon, or
        pennsylvania = pennsylvania, pa
        rhode island = rhode island, ri
        south carolina = south carolina, sc
        south dakota = south dakota, sd
        tennessee = tennessee, tn
        texas = texas, tx
        utah = utah, ut
        vermont = vermont, vt
        virginia = virginia, va
        washington = washington, wa
        west virginia = west virginia, wv
        wisconsin = wisconsin, wi
        wyoming = wyoming, wy
        nyc, new york city = new york city, new york
        sf = san francisco
        la = los angeles
        dc = district of columbia, washington dc
        phd, doctorate, doctoral = phd, doctorate
        bachelor, bachelors, undergraduate, undergrad = bachelor, bachelors, bachelor degree
        master, masters, postgraduate, postgrad = master, masters, master degree
        monday, mondays = monday, mon
        tuesday, tuesdays = tuesday, tue, tues
        wednesday, wednesdays = wednesday, wed
        thursday, thursdays = thursday, thu, thur, thurs
        friday, fridays = friday, fri
        saturday, saturdays = saturday, sat
        sunday, sundays = sunday, sun
        weekend, weekends = weekend, sat, sun, saturday, sunday
        weekday, weekdays = weekday, mon, tue, wed, thu, fri, monday, tuesday, wednesday, thursday, friday
        morning peak, morning rush, morning rush hour, am rush = am peak, morning peak, am rush
        evening peak, evening rush, evening rush hour, afternoon peak, pm rush = pm peak, evening peak, pm rush
        morning, mornings = morning, am
        afternoon, afternoons = afternoon, pm
        january = january, jan
        february = february, feb
        april = april, apr
        june = june, jun
        july = july, jul
        august = august, aug
        september = september, sep, sept
        october = october, oct
        november = november, nov
        december = december, dec
        small = small, s, sm
        medium = medium, m, med
        large = large, l, lg
        extra large = extra large, xl
        extra small = extra small, xs
        completed, complete, finished = completed, complete, done, finished
        entry, entries, arrival, arrivals, came in, ins = in, entry, entries, enter, arrival, arrivals
        exit, exits, departure, departures, went out, outs = out, exit, exits, departure, departures
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
        countryCodes();
    }

    /**
     * Country names also stand for their ISO codes ("portugal" for PRT or PT), as exports often store codes: the
     * table's spellings keep their order and gain the codes after them.
     */
    private static void countryCodes() {
        Map<String, List<String>> codes = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String name = Words.compact(country.getDisplayCountry(Locale.ENGLISH));
            codes.put(name, List.of(Words.compact(country.getISO3Country()), Words.compact(code)));
            keys.put(name, Synonyms.key(country.getDisplayCountry(Locale.ENGLISH)));
        }
        Map<String, List<String>> extended = new HashMap<>();
        SPELLINGS.forEach((alias, spellings) -> {
            List<String> all = new ArrayList<>(spellings);
            for (String spelling : spellings) {
                codes.getOrDefault(spelling, List.of()).stream()
                        .filter(c -> !all.contains(c))
                        .forEach(all::add);
            }
            extended.put(alias, List.copyOf(all));
        });
        SPELLINGS.putAll(extended);
        codes.forEach((name, isoCodes) -> {
            List<String> all = new ArrayList<>(List.of(name));
            all.addAll(isoCodes);
            SPELLINGS.putIfAbsent(keys.get(name), List.copyOf(all));
        });
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
