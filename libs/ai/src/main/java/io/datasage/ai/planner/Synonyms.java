package io.datasage.ai.planner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business vocabulary: groups of words and phrases that mean the same thing in a column name ("revenue" for a
 * Sales column, "team" for Department, "hp" for horsepower). Phrases are stored as space-joined singular words.
 */
final class Synonyms {

    private static final String GROUPS = """
        sales: sales, revenue, revenues, value, quoted value, value quoted, grossing, grossed, funding, dollars, turnover, amount sold, gross sales, net sales, sell, sold, selling, takings, proceeds, billing, billings, bill, bills, billed, gmv, top line, topline, sales amount, sales value, transaction value, order value, receipts, spend, spending, spent, amount spent, money spent, basket value, ticket size, invoiced, amount invoiced
        attendance: attendance, attendances, attend, attended, attended count, admission, admissions, admitted, footfall, turnout, visitor, visitors
        passengers: passenger, passengers, pax, passenger count, passenger numbers, party size, boarding, boardings
        headcount: player, players, guest count, guest number, guest numbers, visitor count, attendee, attendees, group size, party size, footfall, pax, people on board, number of people, guests
        usage: usage, consumption, consumed, amount used
        profit: profit, margin, margins, earnings, earning, net income, net profit, gross profit, profitability, bottom line, operating income, gain, gains
        quantity: quantity, units, item, stock on hand, on hand, stock level, inventory level, units on hand, in stock, unit sold, units sold, volume, volume sold, items sold, pieces, number sold, quantity sold, quantity ordered, amount ordered, unit count, qty, vol, portion, portions, serving, servings
        price: price, unit price, cost per unit, price per unit, pricing, msrp, list price, selling price, fare, ticket price, tariff, price point, unit cost, cost, expensive, cheap, value
        cost: cost, costs, expense, expenses, spend, spending, expenditure, cogs, cost of goods, outlay
        balance: balance, outstanding, arrears, owed, owing, owe, owes, debt, debts, amount owed, amount due, balance due, amount outstanding
        discount: discount, markdown, rebate, reduction, promo, promotion, price reduction, discount rate, percent off
        customer: customer, client, buyer, shopper, purchaser, account, patron, consumer, cust
        product: product, item, sku, article, good, merchandise, offering, line item, dish, dishes, menu item
        order: order, purchase, invoice, basket, receipt, booking
        transaction: transaction, purchase, receipt, basket, ticket
        employee: employee, staff, worker, personnel, person, people, team member, associate, workforce, emp, headcount, colleague
        salary: salary, pay, earn, earned, wage, compensation, remuneration, paycheck, payroll, annual pay, base pay, monthly income, annual salary, earnings, income, paid
        department: department, dept, team, division, business unit, function, org
        date: date, time, day, when, timestamp, datetime, period, dt, time stamp, date time
        region: region, area, territory, zone, geography, geo, borough, district, neighbourhood, neighborhood, county, suburb, locality
        country: country, nation, nationality
        city: city, town, municipality, metro
        state: state, province
        location: location, site, place, facility, building, room, where, venue, premise, branch, plant, store
        age: age, aged, how old, years old, old
        rating: rating, score, mark, marks, stars, star rating, grade, review score, evaluation, appraisal, assessment, performance
        satisfaction: satisfaction, satisfied, happiness, happy, wellbeing, well being, life satisfaction, life evaluation, csat, contentment, sat score, satisfaction score
        temperature: temperature, temp, heat, degree, celsius, fahrenheit
        light: light, light level, lux, illuminance, brightness
        humidity: humidity, moisture, humid, rh, relative humidity, dampness
        pressure: pressure, barometric pressure, atmospheric pressure, air pressure, barometer
        battery: battery, voltage, volt, battery level, battery voltage, charge, power level
        efficiency: mpg, fuel efficiency, fuel economy, miles per gallon, consumption, fuel consumption, efficiency, economy, gas mileage, fuel, efficient, economical, kpl, km per liter
        horsepower: horsepower, hp, power, bhp, engine power, horse power
        weight: weight, mass, heaviness, weigh, kg, pound, lb, tonnage, gram, kilo, kilogram
        height: height, tall, tallness
        length: length, long, metre, meter
        displacement: displacement, engine size, engine displacement, cc, cubic inch, engine capacity
        acceleration: acceleration, accel, zero to sixty, pickup
        cylinder: cylinder, cyl, cylinder count
        origin: origin, airport, origin airport, departure airport, made in, country of origin, provenance, manufacturer country, where made, source country, built in
        name: name, title, label
        year: year, yr, model year, vintage
        segment: segment, customer segment, market segment, customer type, customer group, audience
        category: category, product category, type, class, product line, family, cat
        subcategory: subcategory, sub category, subtype, sub type, sub cat
        shipmode: ship mode, shipping mode, shipping method, ship method, delivery method, shipping type, shipping class, shipping option, delivery mode, shipment mode, shipping
        shipdate: ship date, shipping date, dispatch date, shipment date, shipped date, shipped, dispatch, dispatched
        orderdate: order date, purchase date, date ordered, ordered, ordering date, transaction date, sale date
        gender: gender, sex
        tenure: tenure, years at company, years of service, seniority, years employed, service years, experience, length of service, years in company, time at company, time with company, years with company
        attrition: attrition, churn, churned, leaver, left, quit, quitting, resigned, resignation, exit, departure, leaving, turnover, attrited
        education: education, degree, qualification, schooling, educational level, education level, diploma
        marital: marital status, marriage, married status, relationship status, marital
        overtime: overtime, extra hours
        jobtitle: job title, role, position, job, title, designation, occupation, job role
        hiredate: hire date, start date, join date, joining date, date joined, hired, joined, hiring, hire, onboarding, date of joining, employment date
        respondent: respondent, response, participant, submission, answer, interviewee
        comment: comment, feedback, remark, note, text, review, verbatim, free text, open text, suggestion
        recommend: would recommend, recommend, recommendation, recommended, promoter, advocacy, referral, likely to recommend
        nps: nps, net promoter score, net promoter, promoter score, nps score
        sensor: sensor, device, meter, probe, node, detector
        status: status, condition, health, alert level, severity
        returned: returned, return, refund, refunded
        payment: payment method, payment type, payment, pay method, tender, tender type, payment mode, paid with, paid by, method of payment, payment option
        tier: tier, loyalty tier, membership, membership level, loyalty level, customer tier, level
        delivery: delivery date, delivered, delivery, arrival date, delivered date, received date
        store: store, shop, outlet, branch
        channel: channel, medium, source, platform, touchpoint, contact channel, booked via, booking channel
        registered: registered, register, signup, signups, sign up, sign ups, signed up, join date, date joined, joining date
        submitted: submitted, submitted at, submission date, response date, completed, submit
        zip: zip, zip code, zipcode, postal code, postcode, post code
        children: children, child, kids, kid
        amount: amount, value, dollar, money, raised
        identifier: id, identifier, key, code, ref, reference
        cpc: cpc, cost per click, price per click
        cpm: cpm, cost per mille, cost per thousand, cost per thousand impressions
        cpa: cpa, cost per acquisition, cost per action, cost per conversion
        ctr: ctr, click through rate, clickthrough rate, click rate
        roi: roi, return on investment
        roas: roas, return on ad spend
        aov: aov, average order value, avg order value, basket size
        arpu: arpu, average revenue per user
        ltv: ltv, clv, lifetime value, customer lifetime value
        cac: cac, customer acquisition cost, acquisition cost
        mrr: mrr, monthly recurring revenue
        arr: arr, annual recurring revenue
        conversion: conversion, conversions, conversion count
        impression: impression, views, reach
        click: click, clicks
        campaign: campaign, ad campaign
        fatality: fatality, fatalities, death, deaths, killed, dead, lives lost
        duration: duration, runtime, run time, length, length of stay, los, how long, time taken, elapsed time, turnaround, turnaround time, cycle time, lead time, response time, wait time, waiting time, processing time, handling time, time spent, time taken, session length, visit length, call length, trip length, stay length, length of visit, length of session, appointment length, booking length, lesson length, class length
        genre: genre, listed in, listed, style, kind of content
        airline: airline, carrier, airway, operator
        distance: distance, mile, miles, mileage, km, kilometer, how far
        destination: destination, dest, arrival airport, destination airport
        symbol: symbol, ticker, ticker symbol, stock, stock symbol, share, equity, security
        closeprice: close, closing, closing price, close price, last price, price, share price, stock price
        speed: speed, velocity, pace
        vessel: vessel, ship, ferry
        instructor: instructor, coach, trainer, teacher, tutor
        make: make, manufacturer, marque
        fee: fee, fees, charge, charges, tariff, tariffs, cost, price
        transmission: transmission, gearbox, gear box
        yearmade: year made, year built, year of manufacture, manufacture year, build year
        handset: handset, phone, mobile phone, handset model, phone model
        """;

    private static final Map<String, Set<String>> GROUPS_BY_PHRASE = new HashMap<>();

    static {
        for (String line : GROUPS.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String group = line.substring(0, colon).trim();
            for (String phrase : line.substring(colon + 1).split(",")) {
                String key = key(phrase.trim());
                if (!key.isEmpty()) {
                    GROUPS_BY_PHRASE.computeIfAbsent(key, k -> new HashSet<>()).add(group);
                }
            }
        }
    }

    private Synonyms() {}

    /** The normalised form of a phrase: words normalised and singular, space-joined. */
    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Token t : Tokenizer.tokenize(phrase)) {
            if (t.isSymbol()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.isNumber() ? t.raw() : t.stem());
        }
        return b.toString();
    }

    /** The normalised form of a run of tokens, without tokenizing again. */
    static String key(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.isSymbol()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.isNumber() ? t.raw() : t.stem());
        }
        return b.toString();
    }

    /** The groups a normalised phrase belongs to; empty when it is not business vocabulary. */
    static Set<String> groupsOf(String normalizedPhrase) {
        return GROUPS_BY_PHRASE.getOrDefault(normalizedPhrase, Set.of());
    }

    /** The groups of a list of normalised words joined as a phrase. */
    static Set<String> groupsOf(List<String> words) {
        return groupsOf(String.join(" ", words));
    }

    /** The groups of the one-word synonym that {@code word} misspells ("revenu" -> sales), or empty. */
    static Set<String> groupsOfTypo(String word) {
        if (word.length() < 5 || GROUPS_BY_PHRASE.containsKey(word)) {
            return Set.of();
        }
        for (Map.Entry<String, Set<String>> e : GROUPS_BY_PHRASE.entrySet()) {
            String key = e.getKey();
            if (key.length() >= 6 && key.indexOf(' ') < 0 && Words.isTypo(word, key)) {
                return e.getValue();
            }
        }
        return Set.of();
    }

    /** Whether a phrase is business vocabulary at all. */
    static boolean known(String normalizedPhrase) {
        return GROUPS_BY_PHRASE.containsKey(normalizedPhrase);
    }
}
