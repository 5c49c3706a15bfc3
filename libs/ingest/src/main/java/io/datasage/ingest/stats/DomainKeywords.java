package io.datasage.ingest.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Column-name words that point to a business domain (singular, lower case). */
final class DomainKeywords {

    static final Map<String, Set<String>> BY_DOMAIN = build();

    private DomainKeywords() {}

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        add(
                m,
                "sales",
                "sale revenue order quantity qty unit price discount customer product region territory rep"
                        + " salesperson deal invoice profit store segment quota pipeline opportunity");
        add(
                m,
                "finance",
                "account balance credit debit transaction interest loan asset liability equity budget expense cost"
                        + " income tax ledger payment currency stock ticker dividend portfolio open close high low volume"
                        + " cash margin fiscal ebitda gl");
        add(
                m,
                "hr",
                "employee salary department hire hired tenure manager attrition gender title position job"
                        + " performance bonus headcount leave overtime termination payroll wage");
        add(
                m,
                "automotive",
                "mpg horsepower hp cylinder displacement weight acceleration engine vehicle car make"
                        + " model fuel transmission mileage odometer torque vin drivetrain origin");
        add(
                m,
                "healthcare",
                "patient diagnosis hospital doctor physician treatment blood bmi glucose heart cholesterol medication"
                        + " dose admission discharge icd symptom disease clinic insulin diabetes bp");
        add(
                m,
                "marketing",
                "campaign click impression ctr conversion lead cpc cpm spend roi channel utm email"
                        + " audience ad engagement reach subscriber unsubscribe open_rate");
        add(
                m,
                "operations",
                "inventory warehouse shipment shipping supplier delivery sku logistics production"
                        + " defect downtime throughput capacity machine shift backlog lead_time plant carrier freight");
        add(
                m,
                "education",
                "student grade score school course teacher exam class gpa enrollment attendance"
                        + " semester test math reading writing lunch parental");
        add(
                m,
                "real_estate",
                "property bedroom bathroom sqft square lot rent listing zip zipcode neighborhood house"
                        + " apartment mortgage built garage floor acre realtor");
        add(
                m,
                "sensor_iot",
                "sensor device temperature temp humidity pressure voltage current reading battery"
                        + " signal rssi latitude longitude lat lon gps accelerometer telemetry firmware");
        add(
                m,
                "survey",
                "respondent response question rating satisfaction agree likert nps feedback survey answer"
                        + " q1 q2 q3");
        add(
                m,
                "ecommerce",
                "cart checkout sku product order customer basket coupon review seller purchase return"
                        + " refund shipping wishlist category");
        add(
                m,
                "web_analytics",
                "session pageview page visitor user bounce duration referrer url browser device"
                        + " landing source medium visit click");
        return m;
    }

    private static void add(Map<String, Set<String>> m, String domain, String words) {
        m.put(domain, Set.of(words.split(" ")));
    }
}
