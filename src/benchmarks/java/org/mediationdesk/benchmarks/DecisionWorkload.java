package org.mediationdesk.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.MediatorFact;
import org.mediationdesk.routing.PartyFact;

/**
 * The benchmark's synthetic, seeded (so repeatable) inputs: 200 mediators, 5,000 open cases spread over them,
 * and a cycle of disputes to decide, each with its parties and its view of the 200 mediators.
 *
 * <p>The open cases reach the assignment rules the way the application hands them over
 * ({@code MediatorMapper.xml} counts them per mediator): as each mediator's {@code openCases} count. The 5,000
 * case records are generated, counted per mediator once here, and not kept; they are not facts in a session.
 *
 * <p>The 200 mediators stand for the staff of whichever centre routing chooses: the same roster is handed to
 * the assignment step for every centre. What varies per dispute is what depends on the case: conflicts of
 * interest with its parties, a mediator the parties chose, a stand-in.
 */
final class DecisionWorkload {

    static final int MEDIATORS = 200;
    static final int OPEN_CASES = 5_000;
    static final int DISPUTES = 1_024;
    static final long SEED = 20_260_101L;

    static final List<String> DISPUTE_TYPES = List.of("MARRIAGE_FAMILY", "NEIGHBOUR", "HOUSING_HOMESTEAD",
            "CONTRACT", "BUSINESS_OPERATIONS", "DAMAGES", "FOREST_LAND", "LAND_REQUISITION", "POLLUTION", "LABOUR",
            "CONSUMER", "MEDICAL", "ROAD_TRAFFIC", "PROPERTY_MANAGEMENT", "INHERITANCE", "VILLAGE_AFFAIRS",
            "FISHERY", "OTHER");

    private static final List<String> PLAIN_DESCRIPTIONS = List.of(
            "邻居加装空调外机噪音扰民，多次协商未果", "承包鱼塘排水导致相邻鱼塘鱼苗死亡，要求赔偿",
            "工资拖欠三个月，要求结清", "宅基地界址争议，双方各执一词", "装修工程款结算纠纷",
            "交通事故后赔偿金额协商不成", "物业费与维修责任争议", "遗产分割意见不一",
            "砍伐毛竹越界引发山林纠纷", "误用杀虫剂致邻家鱼塘死鱼");
    private static final List<String> ALARMING_DESCRIPTIONS = List.of(
            "对方扬言要报复，双方在村口发生推搡", "讨薪时双方动手打了起来，一人受轻伤", "对方持械上门，\n言语威胁");

    final List<Centre> centres;
    final List<MediatorFact> roster;
    final Map<String, Integer> openCasesByMediator;
    final List<Dispute> disputes;

    /** One decision's inputs; {@code mediators} is the roster as this case sees it. */
    record Dispute(DisputeFact dispute, List<PartyFact> parties, Set<String> excludedCentres,
                   List<MediatorFact> mediators) {
    }

    DecisionWorkload(List<Centre> centres) {
        Random random = new Random(SEED);
        this.centres = centres;
        this.openCasesByMediator = openCases(random);
        this.roster = roster(random, openCasesByMediator);
        this.disputes = disputes(random, centres, roster);
    }

    /** 5,000 open cases, each held by one of the mediators (unevenly: some are busier), counted per mediator. */
    private static Map<String, Integer> openCases(Random random) {
        double[] weight = new double[MEDIATORS];
        double total = 0;
        for (int i = 0; i < MEDIATORS; i++) {
            weight[i] = 0.5 + random.nextDouble();
            total += weight[i];
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int c = 0; c < OPEN_CASES; c++) {
            double pick = random.nextDouble() * total;
            int i = 0;
            while (i < MEDIATORS - 1 && pick >= weight[i]) {
                pick -= weight[i];
                i++;
            }
            counts.merge(username(i), 1, Integer::sum);
        }
        return Map.copyOf(counts);
    }

    private static List<MediatorFact> roster(Random random, Map<String, Integer> openCases) {
        // Distinct last-assignment times, so "fewest open cases, then longest waiting" always names one mediator.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < MEDIATORS; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        long now = 1_790_000_000_000L;
        List<MediatorFact> mediators = new ArrayList<>();
        for (int i = 0; i < MEDIATORS; i++) {
            Set<String> specialties = new LinkedHashSet<>();
            int count = 3 + random.nextInt(4);
            while (specialties.size() < count) {
                specialties.add(DISPUTE_TYPES.get(random.nextInt(DISPUTE_TYPES.size())));
            }
            boolean active = random.nextInt(100) >= 2;
            boolean onLeave = random.nextInt(100) < 5;
            int cap = random.nextInt(100) < 80 ? 30 : 40;
            mediators.add(new MediatorFact(username(i), Set.copyOf(specialties), active, onLeave,
                    openCases.getOrDefault(username(i), 0), cap, false, false, false,
                    now - 60_000L * (1 + order.get(i))));
        }
        return List.copyOf(mediators);
    }

    private static List<Dispute> disputes(Random random, List<Centre> centres, List<MediatorFact> roster) {
        List<String> counties = centres.stream().filter(c -> c.kind() == CentreKind.COUNTY)
                .map(Centre::countyCode).sorted().toList();
        Map<String, List<Centre>> townshipCentres = new HashMap<>();
        centres.stream().filter(c -> c.kind() == CentreKind.TOWNSHIP)
                .forEach(c -> townshipCentres.computeIfAbsent(c.countyCode(), k -> new ArrayList<>()).add(c));
        townshipCentres.values().forEach(list -> list.sort((a, b) -> a.code().compareTo(b.code())));
        // Fishery and police cases where the industry and police-station centres are, so their rules get work.
        List<String> fisheryTownships = centres.stream().filter(c -> c.kind() == CentreKind.INDUSTRY)
                .flatMap(c -> c.servedTownships().stream()).sorted().toList();
        List<String> policeTownships = centres.stream().filter(c -> c.kind() == CentreKind.POLICE_STATION)
                .flatMap(c -> c.servedTownships().stream()).sorted().toList();

        List<Dispute> disputes = new ArrayList<>();
        for (int n = 0; n < DISPUTES; n++) {
            String type;
            String township;
            DisputeSource source = pickSource(random);
            int where = random.nextInt(100);
            if (where < 12) {
                type = "FISHERY";
                township = fisheryTownships.get(random.nextInt(fisheryTownships.size()));
            } else if (where < 20) {
                type = DISPUTE_TYPES.get(random.nextInt(DISPUTE_TYPES.size()));
                township = policeTownships.get(random.nextInt(policeTownships.size()));
                source = random.nextBoolean() ? DisputeSource.POLICE_REFERRAL : source;
            } else {
                type = DISPUTE_TYPES.get(random.nextInt(DISPUTE_TYPES.size()));
                List<Centre> local = townshipCentres.get(counties.get(random.nextInt(counties.size())));
                township = local.get(random.nextInt(local.size())).regionCode();
            }
            String county = township.substring(0, 6);

            int people = random.nextInt(100) < 8 ? 10 + random.nextInt(40) : 1 + random.nextInt(6);
            BigDecimal amount = random.nextInt(100) < 40
                    ? BigDecimal.valueOf(random.nextInt(100) < 5 ? 1_000_000 + random.nextInt(2_000_000)
                    : 500 + random.nextInt(200_000))
                    : null;
            String description = random.nextInt(100) < 10
                    ? ALARMING_DESCRIPTIONS.get(random.nextInt(ALARMING_DESCRIPTIONS.size()))
                    : PLAIN_DESCRIPTIONS.get(random.nextInt(PLAIN_DESCRIPTIONS.size()));
            Set<RiskIndicator> indicators = Set.of();
            int risk = random.nextInt(100);
            if (risk < 2) {
                indicators = Set.of(RiskIndicator.WEAPONS);
            } else if (risk < 6) {
                indicators = Set.of(RiskIndicator.THREATS);
            } else if (risk < 8) {
                indicators = Set.of(RiskIndicator.VIOLENCE, RiskIndicator.THREATS);
            }
            CourtStage stage = source == DisputeSource.COURT_REFERRAL
                    ? CourtStage.values()[random.nextInt(CourtStage.values().length)] : null;
            int ofAParty = random.nextInt(100) < 10 ? 1 + random.nextInt(3) : 0;
            int betweenParties = random.nextInt(100) < 3 ? 1 : 0;
            DisputeFact dispute = new DisputeFact(type, source, county, township, people, amount, description,
                    indicators, stage, ofAParty, betweenParties, null);

            List<PartyFact> parties = new ArrayList<>();
            int partyCount = 2 + random.nextInt(2);
            for (int p = 0; p < partyCount; p++) {
                Integer age = random.nextInt(100) < 15 ? null : 16 + random.nextInt(70);
                Set<Vulnerability> vulnerabilities = random.nextInt(100) < 3 ? Set.of(Vulnerability.DISABLED) : Set.of();
                parties.add(new PartyFact(vulnerabilities, age));
            }

            // Now and then the local sub-centre returned the case, so routing must pass over it.
            Set<String> excluded = Set.of();
            if (random.nextInt(100) < 3) {
                excluded = townshipCentres.get(county).stream().filter(c -> c.regionCode().equals(township))
                        .map(Centre::code).findFirst().map(Set::of).orElse(Set.of());
            }

            disputes.add(new Dispute(dispute, List.copyOf(parties), excluded, caseView(random, roster)));
        }
        return List.copyOf(disputes);
    }

    /** The roster as one case sees it: up to two conflicts of interest, sometimes a chosen mediator or a stand-in. */
    private static List<MediatorFact> caseView(Random random, List<MediatorFact> roster) {
        Set<Integer> conflicts = new LinkedHashSet<>();
        int conflictCount = random.nextInt(3);
        while (conflicts.size() < conflictCount) {
            conflicts.add(random.nextInt(MEDIATORS));
        }
        int chosen = random.nextInt(100) < 5 ? random.nextInt(MEDIATORS) : -1;
        int standIn = random.nextInt(100) < 5 ? random.nextInt(MEDIATORS) : -1;
        List<MediatorFact> view = new ArrayList<>(MEDIATORS);
        for (int i = 0; i < MEDIATORS; i++) {
            MediatorFact m = roster.get(i);
            view.add(new MediatorFact(m.getUsername(), m.getSpecialties(), m.isActive(), m.isOnLeave(),
                    m.getOpenCases(), m.getCaseCap(), conflicts.contains(i), i == chosen, i == standIn,
                    m.getLastAssignedAt()));
        }
        return List.copyOf(view);
    }

    private static DisputeSource pickSource(Random random) {
        int s = random.nextInt(100);
        if (s < 45) {
            return DisputeSource.WALK_IN;
        } else if (s < 65) {
            return DisputeSource.GRID_WORKER;
        } else if (s < 75) {
            return DisputeSource.POLICE_REFERRAL;
        } else if (s < 83) {
            return DisputeSource.COURT_REFERRAL;
        } else if (s < 93) {
            return DisputeSource.HOTLINE;
        }
        return DisputeSource.ONLINE;
    }

    private static String username(int i) {
        return String.format("mediator%03d", i + 1);
    }
}
