package io.datasage.ai.planner;

import io.datasage.ai.schema.ColumnSchema;
import java.util.List;
import java.util.Set;

/** Whether a measure adds up (sales, quantity: summed) or not (price, age, rating: averaged), from its name and unit. */
final class MeasureKinds {

    private static final Set<String> AVERAGE = Words.set("""
        price rate ratio percent percentage pct share age temperature temp humidity pressure voltage volt battery
        rating score satisfaction nps salary wage pay compensation mpg horsepower hp weight acceleration displacement
        cylinder discount tenure year duration speed height length width size latitude longitude lat lon lng bmi grade
        level index probability likelihood average avg mean median efficiency density elevation altitude depth close
        open high low balance margin income experience rank capacity percentile ph lifetime delay latency response
        minimum maximum cpc cpm cpa ctr roi roas aov arpu ltv clv cac utilization occupancy
        """);

    private static final Set<String> ADDITIVE = Words.set("""
        sale revenue amount quantity unit profit cost expense spend spending count total volume order booking visit
        click impression session download view sold payment fee tax budget loss gain earning bonus commission payroll
        precipitation rainfall population case death goal point win deposit withdrawal donation turnover item
        transaction purchase shipment delivery call ticket lead conversion sign signup install user customer stock
        inventory run trip distance energy consumption emission infection vaccination test admission enrollment
        student employee member subscriber charge acre hectare fatality injury casualty destroyed damaged
        """);

    /** Money words that a leading "total" turns into a sum ("TotalPrice", "total_charges"). */
    private static final Set<String> TOTALLED = Words.set("""
        price cost charge fee amount value spend payment
        """);

    private MeasureKinds() {}

    /** Units of amounts that add up over rows: energy ("kWh Consumed", "Solar Gen (kWh)") and mass ("CO2e (kg)"). */
    private static final Set<String> ADDITIVE_UNITS = Set.of("kwh", "wh", "mwh", "gwh", "kg", "tonnes", "tons");

    static boolean additive(ColumnSchema c, List<String> core, List<String> words) {
        if ("%".equals(c.unit())) {
            return false;
        }
        if (core.size() > 1 && "total".equals(core.get(0)) && TOTALLED.contains(core.get(1))) {
            return true;
        }
        boolean avg = false;
        boolean add = false;
        for (String w : core) {
            avg |= AVERAGE.contains(w);
            add |= ADDITIVE.contains(w);
        }
        if (avg) {
            // "unit price", "average order value" stay averages even next to an additive word.
            return false;
        }
        return add || "$".equals(c.unit()) || words.stream().anyMatch(ADDITIVE_UNITS::contains);
    }
}
