package io.datasage.ai.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datasage.ai.schema.DatasetSchema;
import io.datasage.contracts.chart.ChartSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The planner accuracy suite: test datasets ({@code planner/datasets/*.json}) and question cases
 * ({@code planner/cases-*.jsonl}, one JSON object a line), and how a plan is scored against a case. The files are
 * plain resources so that the benchmark module can read and report them too.
 *
 * <p>A case: {@code id}, {@code ds} (dataset), {@code q}; optionally {@code prev} (a previous question, planned first),
 * {@code turns} (earlier questions of the conversation, planned in order, each seeing the chart before it) or
 * {@code prev_spec}; expectations {@code type}, {@code cols} (the exact set of columns used by x, y, series and
 * filters, where a table of the matching rows with every column uses only its filters; "*" for any), and details {@code x}, {@code series}, {@code agg}, {@code grain}, {@code limit}, {@code order},
 * {@code filters}, {@code kind}, {@code conf}; {@code must} marks cases that must pass in every detail.
 */
final class PlannerCases {

    static final List<String> DATASETS = List.of(
            "sales",
            "hr",
            "sensors",
            "survey",
            "cars",
            "retail",
            "hallhires",
            "mushroomtrays",
            "pawnloans",
            "partyaddons",
            "birdtallies",
            "ciderpressings",
            "chessgames",
            "giftcardlines",
            "mortgageapps",
            "fueldocklines",
            "kilnfirings",
            "hallrepairs",
            "hedgecuts",
            "ploughcalls",
            "swimbadges",
            "cobblerlines",
            "surflessons",
            "sawmillorders",
            "septicempties",
            "carclubtrips",
            "laserclinic",
            "boatyardjobs",
            "upliftpasses",
            "tastingevents",
            "catterystays",
            "bulkywaste",
            "lawntreatments",
            "forgecourses",
            "doghydro",
            "alarmresponses",
            "paintmixlines",
            "platterorders",
            "axethrowing",
            "sweetshoplines",
            "dogtraining",
            "rivercruises",
            "scrapyard",
            "postcounter",
            "minigolf",
            "viewings",
            "yarnorders",
            "comedyshows",
            "ebikehire",
            "unionbar",
            "pumpkinpatch",
            "knifesharpening",
            "langschool",
            "martlots",
            "bowlinglanes",
            "eyetests",
            "chipshoplines",
            "rangebuckets",
            "takeawayorders",
            "lasertaggames",
            "aquariumtickets",
            "icecreamvan",
            "deckchairhire",
            "quiznights",
            "recordshoplines",
            "massageappts",
            "holidayclub",
            "roasterinvoices",
            "softplayvisits",
            "nurseryorders",
            "horseboxhire",
            "ironingservice",
            "juicebar",
            "bouldergym",
            "sunbedsalon",
            "minibushire",
            "mobilevet",
            "cricketnets",
            "logcabins",
            "garagemots",
            "pianolessons",
            "weddingcars",
            "pressgarden",
            "escapevan",
            "bookbinding",
            "slipwaylaunches",
            "bingonights",
            "valetjobs",
            "scubadives",
            "kennelclean",
            "flowerstall",
            "barberqueue",
            "arcadecoins",
            "stablelivery",
            "dogshowentries",
            "tutorcentre",
            "kayakhire",
            "solarclean",
            "comicshop",
            "chimneyjobs",
            "aquaticsstore",
            "laundromat",
            "firewoodloads",
            "paintballgames",
            "nailbarappts",
            "ginbatches",
            "fishingtickets",
            "marqueehires",
            "ovencleans",
            "guitarrepairs",
            "claysessions",
            "milkrounds",
            "photobooths",
            "drycleaning",
            "boardgamecafe",
            "drivewaywashes",
            "glampingstays",
            "fireworksales",
            "caravanpitches",
            "guttercleans",
            "pizzaorders",
            "quarrysales",
            "saunasessions",
            "thatchjobs",
            "yogaclasses",
            "kitehires",
            "upholsteryjobs",
            "orchardpicks",
            "dartslegs",
            "newsagentlines",
            "tenniscourts",
            "sprayjobs",
            "mobilecoffee",
            "plasteringjobs",
            "scaffoldhires",
            "taproomtabs",
            "shreddingcollections",
            "woolclip",
            "recyclingvisits",
            "hospicelottery",
            "bouncycastlehires",
            "archerysessions",
            "airconservices",
            "embroideryorders",
            "trophyengraving",
            "beachhuts",
            "carbootpitches",
            "choirsubs",
            "hamperorders",
            "candlebatches",
            "taxidermyjobs",
            "dogdaycare",
            "canoehires",
            "piercingappts",
            "signjobs",
            "recitaltickets",
            "funeralplans",
            "hottubhires",
            "allergytests",
            "grottovisits",
            "lidoentries",
            "glassblowing",
            "farrierjobs",
            "meadbatches",
            "welltesting",
            "tutorpayroll",
            "marinaberths",
            "combineloads",
            "clockrepairs",
            "trampolinevisits",
            "minibarcharges",
            "busshelterads",
            "doorsupervisors",
            "podiatryappts",
            "glazingquotes",
            "seedorders",
            "llamatreks",
            "dentallabcases",
            "vinylpressings",
            "golfrounds",
            "skiprentals",
            "ropeaccessjobs",
            "vegboxes",
            "cranelifts",
            "stairliftjobs",
            "judogradings",
            "airparkbookings",
            "schooltrips",
            "conveyancing",
            "tilelines",
            "inflatablehires",
            "coolerrentals",
            "coastguardcalls",
            "apprenticeclaims",
            "memorialorders",
            "heatpumpjobs",
            "shoreexcursions",
            "applepicks",
            "divetrips",
            "feeinvoices",
            "porterjobs",
            "scratchcards",
            "buggyhires",
            "artclasses",
            "rtvlines",
            "aereports",
            "dressfittings",
            "hostelbeds",
            "graincontracts",
            "interpreterjobs",
            "ropeaccess",
            "mailorderlines",
            "sheepshearing",
            "escalatorfaults",
            "jewelrepairs",
            "paperrounds",
            "extinguisherchecks",
            "xmastreelines",
            "fosterplacements",
            "graffitijobs",
            "gasdeliverylines",
            "falconrybookings",
            "arrearscalls",
            "racerunners",
            "sewingenrols",
            "chocweblines",
            "noisecases",
            "lifeguardrota",
            "starnights",
            "buybacklines",
            "potterybookings",
            "lostproperty",
            "vinetourlines",
            "carparkpays",
            "spatreatments",
            "stallrents",
            "asbestossamples",
            "uniformlines",
            "vantakings",
            "boilervisits",
            "restrings",
            "railfarelines",
            "balloonflights",
            "phonetopups",
            "fumetests",
            "accomjoblines",
            "ridinglessons",
            "scaffhirelines",
            "gallerysales",
            "sewersurveys",
            "cheesewheels",
            "alterationlines",
            "ctaxarrears",
            "karaokebookings",
            "petclaims",
            "leadscans",
            "cardamage",
            "fishlots",
            "toolshedloans",
            "boothhires",
            "clubmemberships",
            "physiosessions",
            "phonetickets",
            "walkingtours",
            "stocktakelines",
            "schoolbusruns",
            "mixsessions",
            "roofquotes",
            "bpreadings",
            "roastbatches",
            "skatesessions",
            "motinspections",
            "bslbookings",
            "seedaccessions",
            "bikedrops",
            "carehomemeals",
            "tutorsessions",
            "windfarmvisits",
            "inkbookings",
            "roofpvjobs",
            "interloans",
            "vendrestocks",
            "venueenquiries",
            "arbjobs",
            "ferrysailings",
            "labtestlines",
            "lockcallouts",
            "libvanstops",
            "dronesurveys",
            "boardingstays",
            "donationbags",
            "drivetests",
            "palletmoves",
            "escapegames",
            "roomcleans",
            "donorvisits",
            "barriergates",
            "modulecompletions",
            "plumbinvlines",
            "busstopvisits",
            "hygieneappts",
            "allotplots",
            "handsetdeals",
            "caskreturns",
            "poolswims",
            "farmhirelines",
            "linendrops",
            "deskreadings",
            "homecalls",
            "framelines",
            "sweepjobs",
            "canalhires",
            "examentries",
            "wardbeds",
            "farmshoplines",
            "pcnfines",
            "wristbandscans",
            "dogwalks",
            "securitylanes",
            "fibreinstalls",
            "bakerylines",
            "skilessons",
            "funrunentries",
            "forkliftshifts",
            "plantsalelines",
            "pianotunings",
            "marketing",
            "housing",
            "tickets",
            "orders",
            "happiness",
            "flights",
            "netflix",
            "hospital",
            "loans",
            "students",
            "inventory",
            "customers",
            "usedcars",
            "rentals",
            "calls",
            "insurance",
            "games",
            "bikes",
            "supermarket",
            "tracks",
            "titanic",
            "stocks",
            "pokemon",
            "crimes",
            "hotels",
            "olympics",
            "movies",
            "tips",
            "coffee",
            "heart",
            "population",
            "salaries",
            "pipeline",
            "weather",
            "taxi",
            "airquality",
            "reviews",
            "energy",
            "jobs",
            "matches",
            "library",
            "shipments",
            "sessions",
            "wine",
            "timesheets",
            "apps",
            "inspections",
            "crops",
            "pharmacy",
            "charging",
            "donations",
            "servicerequests",
            "satisfaction",
            "enrolments",
            "defects",
            "maintenance",
            "listings",
            "picking",
            "gym",
            "cardspend",
            "wildfires",
            "deliveries",
            "parking",
            "podcasts",
            "solar",
            "returns",
            "vaccinations",
            "waterquality",
            "baggage",
            "attendance",
            "trials",
            "fitness",
            "quakes",
            "contracts",
            "elections",
            "landings",
            "museum",
            "collisions",
            "grants",
            "publications",
            "vetvisits",
            "ferries",
            "permits",
            "dairy",
            "foodbank",
            "marathon",
            "wastecollection",
            "streettrees",
            "turbines",
            "cinema",
            "wafers",
            "roombookings",
            "ambulance",
            "brewery",
            "skipasses",
            "seedbank",
            "tolls",
            "mobileusage",
            "supplierpayments",
            "livestock",
            "busruns",
            "labresults",
            "schoolmeals",
            "theatre",
            "refunds",
            "freight",
            "recruitment",
            "weddings",
            "translations",
            "beehives",
            "moorings",
            "auctions",
            "printjobs",
            "courthearings",
            "sitediary",
            "esgmetrics",
            "dentalcare",
            "zoofeeding",
            "confregs",
            "coworking",
            "bakeryruns",
            "salonbookings",
            "planthire",
            "volunteerhours",
            "tyrejobs",
            "roadworks",
            "greenhouse",
            "mealkits",
            "shelterintakes",
            "lifttelemetry",
            "eventcatering",
            "simchecks",
            "trainruns",
            "dinerchecks",
            "meterreads",
            "containermoves",
            "fuelcards",
            "capitalworks",
            "coldchain",
            "kennelstays",
            "siloreadings",
            "rentledger",
            "laundrylines",
            "vendingrefills",
            "ortholines",
            "grittingruns",
            "weighbridge",
            "poolchecks",
            "adspots",
            "treejobs",
            "bridgefindings",
            "beachcleans",
            "scootertrips",
            "opsessions",
            "charitytills",
            "batterytests",
            "teetimes",
            "foirequests",
            "amlalerts",
            "eparesults",
            "cmmchecks",
            "soiltests",
            "courtbookings",
            "backupjobs",
            "dockslots",
            "careincidents",
            "outages",
            "royalties",
            "cleanaudits",
            "dhpawards",
            "shrinklog",
            "seqruns",
            "unionsubs",
            "drillassays",
            "faretaps",
            "licencecheckouts",
            "carwashtxns",
            "illrequests",
            "pilotagejobs",
            "aelistings",
            "repairorders",
            "qascores",
            "keglines",
            "crewduties",
            "vetstock",
            "lanecounts",
            "photoshoots",
            "bloodissues",
            "behaviourlog",
            "palletcons",
            "motorclaims",
            "inverterlogs",
            "theatrecases",
            "harvestbins",
            "tempshifts",
            "leakjobs",
            "festivaltills",
            "turnarounds",
            "propbatches",
            "crownjobs",
            "carevisits",
            "cyclecounts",
            "pestcallouts",
            "storagelets",
            "digibatches",
            "escapebookings",
            "tutorlessons",
            "removaljobs",
            "allotments",
            "hearingfits",
            "windowjobs",
            "booktills",
            "climbcheckins",
            "droneflights",
            "drivinglessons",
            "eggcollection",
            "groomappts",
            "potholes",
            "sailbookings",
            "cdregister",
            "pressruns",
            "dockhours",
            "floristlines",
            "placementtests",
            "phonerepairs",
            "ebookloans",
            "cremations",
            "motorwaytills",
            "patientmoves",
            "grapeweighins",
            "nurseryregister",
            "lockerevents",
            "loungeentries",
            "gpsloads",
            "studiobookings",
            "tattooappts",
            "tradecounter",
            "scriptmarking",
            "mrtcallouts",
            "ridehours",
            "cyclejobs",
            "linerejects",
            "signons",
            "pxvaluations",
            "gardentills",
            "rttwaits",
            "studyrooms",
            "fleettrips",
            "danceclasses",
            "mainbursts",
            "podlines",
            "skihire",
            "tipvisits",
            "flujabs",
            "bladefindings",
            "coachbookings",
            "courierdockets",
            "kartlaps",
            "kitchendesigns",
            "rinksessions",
            "liverylines",
            "tintshots",
            "advicecases",
            "opticsales",
            "lockjobs",
            "kithire",
            "carpetfits",
            "mottests",
            "dialrides",
            "knitstops",
            "cakeorders",
            "instrumentloans",
            "pawtrims",
            "panelinstalls",
            "foodparcels",
            "lanebookings",
            "taptills",
            "roundvisits",
            "seatsales",
            "unitlets",
            "housemoves",
            "teebookings",
            "dispenselines",
            "potholereports",
            "canteentills",
            "washbays",
            "printitems",
            "vetjabs");
    /** The case files; the datasets after "retail" appear only in the held-out files. */
    static final List<String> CASE_FILES = List.of(
            "sales",
            "hr",
            "sensors",
            "survey",
            "cars",
            "retail",
            "holdout",
            "holdout2",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout6",
            "holdout7",
            "holdout8",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout14",
            "holdout15",
            "holdout16",
            "holdout17",
            "holdout18",
            "holdout19",
            "holdout20",
            "holdout21",
            "holdout22",
            "holdout23",
            "holdout24",
            "holdout25",
            "holdout26",
            "holdout27",
            "holdout28",
            "holdout29",
            "holdout30",
            "holdout31",
            "holdout32",
            "holdout33",
            "holdout34",
            "holdout35",
            "holdout36",
            "holdout37",
            "holdout38",
            "holdout39",
            "holdout40",
            "holdout41",
            "holdout42",
            "holdout43",
            "holdout44",
            "holdout45",
            "holdout46",
            "holdout47",
            "holdout48",
            "holdout49",
            "holdout50",
            "holdout51",
            "holdout52",
            "holdout53",
            "holdout54",
            "holdout55",
            "holdout56",
            "holdout57",
            "holdout58",
            "holdout59",
            "holdout60",
            "holdout61",
            "holdout62",
            "holdout63",
            "holdout64",
            "holdout65",
            "holdout66",
            "holdout67",
            "holdout68",
            "holdout69",
            "holdout70",
            "holdout71",
            "holdout72",
            "holdout73",
            "holdout74",
            "holdout75",
            "holdout76",
            "holdout77",
            "holdout78",
            "holdout79",
            "holdout80",
            "holdout81",
            "holdout82",
            "holdout83",
            "holdout84",
            "holdout85",
            "holdout86",
            "holdout87",
            "holdout88",
            "holdout89",
            "holdout90",
            "holdout91",
            "holdout92",
            "holdout93",
            "holdout94",
            "holdout95",
            "holdout96",
            "holdout97",
            "holdout98",
            "holdout99",
            "holdout100",
            "holdout101",
            "holdout102",
            "holdout103",
            "holdout104",
            "holdout105",
            "holdout106",
            "holdout107",
            "holdout108",
            "holdout109",
            "holdout110",
            "holdout111",
            "holdout112",
            "holdout113",
            "holdout114",
            "holdout115",
            "holdout116",
            "holdout117",
            "holdout118",
            "holdout119",
            "holdout120",
            "holdout121",
            "holdout122",
            "holdout123",
            "holdout124",
            "holdout125",
            "holdout126",
            "holdout127",
            "holdout128",
            "holdout129",
            "holdout130",
            "holdout131",
            "holdout132",
            "holdout133",
            "holdout134",
            "holdout135",
            "holdout136",
            "holdout137",
            "holdout138",
            "holdout139",
            "holdout140",
            "holdout141",
            "holdout142",
            "holdout143",
            "holdout144",
            "holdout145",
            "holdout146",
            "holdout147",
            "holdout148",
            "holdout149",
            "holdout150",
            "holdout151",
            "holdout152",
            "holdout153",
            "holdout154",
            "holdout155",
            "holdout156",
            "holdout157",
            "holdout158",
            "holdout159",
            "holdout160");

    static final ObjectMapper JSON = new ObjectMapper();

    record Case(
            String id,
            String dataset,
            String question,
            String previous,
            List<String> turns,
            ChartSpec previousSpec,
            JsonNode expected,
            boolean must) {}

    /**
     * The verdict on one case: the core (chart type and column set), the family (chart family and column set, as
     * users judge a chart: a grouped or stacked bar for a bar, an area for a line) and every detail.
     */
    record Verdict(Case c, Plan plan, boolean core, boolean family, boolean details, List<String> problems) {}

    private PlannerCases() {}

    static Map<String, DatasetSchema> datasets() {
        Map<String, DatasetSchema> out = new LinkedHashMap<>();
        for (String name : DATASETS) {
            try (InputStream in = resource("planner/datasets/" + name + ".json")) {
                out.put(name, JSON.readValue(in, DatasetSchema.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<Case> cases(String file) {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(resource("planner/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                ChartSpec prevSpec = n.has("prev_spec") ? JSON.treeToValue(n.get("prev_spec"), ChartSpec.class) : null;
                List<String> turns = new ArrayList<>();
                n.path("turns").forEach(t -> turns.add(t.asText()));
                out.add(new Case(
                        n.get("id").asText(),
                        n.get("ds").asText(),
                        n.get("q").asText(),
                        n.has("prev") ? n.get("prev").asText() : null,
                        List.copyOf(turns),
                        prevSpec,
                        n,
                        n.path("must").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Case> allCases() {
        List<Case> out = new ArrayList<>();
        for (String name : CASE_FILES) {
            out.addAll(cases("cases-" + name + ".jsonl"));
        }
        return out;
    }

    private static InputStream resource(String path) {
        InputStream in = PlannerCases.class.getClassLoader().getResourceAsStream(path);
        return Objects.requireNonNull(in, "missing test resource " + path);
    }

    /** The chart the offline planner draws after these turns, in order, on the named suite dataset. */
    static ChartSpec ask(String dataset, String... turns) {
        return ask(Loaded.DATASETS.get(dataset), turns);
    }

    /** The chart the offline planner draws after these turns, in order, on {@code schema}. */
    static ChartSpec ask(DatasetSchema schema, String... turns) {
        return conversation(Loaded.PLANNER, schema, turns);
    }

    /** The suite's datasets and a planner, loaded once for the rule tests that ask questions of them. */
    private static final class Loaded {
        static final Map<String, DatasetSchema> DATASETS = datasets();
        static final OfflinePlanner PLANNER = new OfflinePlanner();
    }

    static ChartSpec conversation(OfflinePlanner planner, DatasetSchema schema, String... turns) {
        ChartSpec previous = null;
        for (String turn : turns) {
            previous = planner.plan(turn, schema, previous).spec();
        }
        return previous;
    }

    static Verdict run(OfflinePlanner planner, Case c, DatasetSchema schema) {
        ChartSpec prev = c.previousSpec();
        if (c.previous() != null) {
            prev = planner.plan(c.previous(), schema, null).spec();
        }
        for (String turn : c.turns()) {
            prev = planner.plan(turn, schema, prev).spec();
        }
        Plan plan = planner.plan(c.question(), schema, prev);
        return score(c, plan, schema);
    }

    static Verdict score(Case c, Plan plan, DatasetSchema schema) {
        JsonNode e = c.expected();
        ChartSpec s = plan.spec();
        List<String> core = new ArrayList<>();
        List<String> detail = new ArrayList<>();
        boolean sameFamily = true;
        if (e.has("type") && !e.get("type").asText().equals(s.chartType())) {
            core.add("type " + s.chartType() + " != " + e.get("type").asText());
            sameFamily = family(e.get("type").asText()).equals(family(s.chartType()));
        }
        if (e.has("cols") && e.get("cols").isArray()) {
            Set<String> want = new LinkedHashSet<>();
            e.get("cols").forEach(n -> want.add(n.asText()));
            Set<String> got = everyColumn(s, schema) ? filterColumns(s) : columnsUsed(s);
            if (!want.equals(got)) {
                core.add("columns " + got + " != " + want);
            }
        }
        check(detail, "x", e, s.x());
        check(detail, "series", e, s.series());
        check(detail, "agg", e, s.aggregation());
        check(detail, "grain", e, s.timeGrain());
        if (e.has("limit") && !Objects.equals(e.get("limit").asInt(), s.limit())) {
            detail.add("limit " + s.limit() + " != " + e.get("limit").asInt());
        }
        if (e.has("order")
                && (s.sort() == null || !e.get("order").asText().equals(s.sort().order()))) {
            detail.add("order " + (s.sort() == null ? null : s.sort().order()) + " != "
                    + e.get("order").asText());
        }
        if (e.has("kind") && !e.get("kind").asText().equals(plan.kind().name())) {
            detail.add("kind " + plan.kind() + " != " + e.get("kind").asText());
        }
        if (e.has("conf") && !e.get("conf").asText().equals(plan.confidence().name())) {
            core.add("confidence " + plan.confidence() + " != " + e.get("conf").asText());
        }
        boolean family = sameFamily && core.stream().noneMatch(p -> !p.startsWith("type "));
        if (e.has("filters")) {
            filters(detail, e.get("filters"), s.filters() == null ? List.of() : s.filters());
        }
        List<String> problems = new ArrayList<>(core);
        problems.addAll(detail);
        return new Verdict(c, plan, core.isEmpty(), family, problems.isEmpty(), problems);
    }

    /** The family a chart type belongs to: bars of any arrangement, lines and areas, or the type itself. */
    static String family(String chartType) {
        if (chartType == null) {
            return "";
        }
        switch (chartType) {
            case "bar":
            case "grouped_bar":
            case "stacked_bar":
                return "bar";
            case "area":
                return "line";
            default:
                return chartType;
        }
    }

    /**
     * Whether {@code s} lists the matching rows with every column of the file: no choice of columns, so only its
     * filters say which columns the question used ("list sailings delayed more than 2 hours").
     */
    static boolean everyColumn(ChartSpec s, DatasetSchema schema) {
        return "table".equals(s.chartType())
                && s.aggregation() == null
                && s.x() == null
                && s.y() != null
                && s.y().size() == schema.columns().size();
    }

    static Set<String> filterColumns(ChartSpec s) {
        Set<String> got = new LinkedHashSet<>();
        if (s.filters() != null) {
            s.filters().forEach(f -> got.add(f.column()));
        }
        return got;
    }

    static Set<String> columnsUsed(ChartSpec s) {
        Set<String> got = new LinkedHashSet<>();
        if (s.x() != null) {
            got.add(s.x());
        }
        if (s.y() != null) {
            got.addAll(s.y());
        }
        if (s.series() != null) {
            got.add(s.series());
        }
        got.addAll(filterColumns(s));
        return got;
    }

    private static void check(List<String> problems, String field, JsonNode e, String actual) {
        if (e.has(field) && !e.get(field).asText().equals(actual)) {
            problems.add(field + " " + actual + " != " + e.get(field).asText());
        }
    }

    private static void filters(List<String> problems, JsonNode want, List<ChartSpec.Filter> got) {
        if (want.size() != got.size()) {
            problems.add("filters " + got + " != " + want);
            return;
        }
        for (JsonNode w : want) {
            boolean found = got.stream()
                    .anyMatch(f -> f.column().equals(w.get("column").asText())
                            && f.op().equals(w.get("op").asText())
                            && sameValue(w.get("value"), JSON.valueToTree(f.value())));
            if (!found) {
                problems.add("filter " + w + " not in " + got);
            }
        }
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Math.abs(a.asDouble() - b.asDouble()) < 1e-9;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.asText().equals(b.asText());
    }
}
