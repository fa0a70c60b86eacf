package org.mediationdesk.routing.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.PartyFact;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.RuleEvaluationException;
import org.mediationdesk.routing.TimeLimit;
import org.mediationdesk.routing.TriageDecision;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.mediationdesk.routing.scenarios.ScenarioColumn.ACCEPTANCE;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.AGENCIES;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.AMOUNT;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.CENTRE;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.COUNTY;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.COURT_LIMIT;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.COURT_STAGE;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.DESCRIPTION;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.EARLIER_BETWEEN_PARTIES;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.EARLIER_OF_A_PARTY;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.EXCLUDED_CENTRES;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.FLAGS;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.INDICATORS;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.MEDIATION;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.PARTY_AGES;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.PARTY_VULNERABILITIES;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.PEOPLE;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.RISK;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.SOURCE;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.TOWNSHIP;
import static org.mediationdesk.routing.scenarios.ScenarioColumn.TYPE;

/**
 * Runs scenario rows through the rules exactly as a registered case is run: triage first, then the
 * centre, the agencies and the deadlines with the triage's risk level. Places, types, centres and
 * agencies are resolved through the reference data, so a row can say 菱湖镇 or 渔业 as a clerk would.
 *
 * <p>Cells: lists are separated by {@code ;}; in {@code partyVulnerabilities} the entries follow the
 * order of {@code partyAges} and one party's several vulnerabilities are joined by {@code +}; an
 * unknown age is {@code ?}. In an expected list, {@code -} (or 无) means "none".
 */
public class ScenarioRunner {

    /** Every table under {@code rules/scenarios/}. */
    public static final String DEFAULT_LOCATION = "classpath*:rules/scenarios/*.csv";

    private static final String LIST_SEPARATOR = "[;；]";
    private static final Set<String> NONE = Set.of("-", "无", "none");
    private static final String NO_LIMIT = "-";
    private static final Set<String> UNKNOWN_AGE = Set.of("", "?", "？", "-");

    private final DisputeRules rules;
    private final ReferenceData referenceData;

    public ScenarioRunner(DisputeRules rules, ReferenceData referenceData) {
        this.rules = rules;
        this.referenceData = referenceData;
    }

    /** Every row of every table at {@code location} (a Spring resource pattern), tables in path order. */
    public List<ScenarioResult> runAll(String location) {
        Map<String, String> tables = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("rules/");
                String path = at >= 0 ? url.substring(at) : resource.getFilename();
                tables.putIfAbsent(path, resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScenarioResult> results = new ArrayList<>();
        tables.forEach((path, text) -> results.addAll(run(path, text)));
        return results;
    }

    /** Every row of one table. */
    public List<ScenarioResult> run(String file, String text) {
        return ScenarioReader.read(file, text).stream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario scenario) {
        if (!scenario.problems().isEmpty()) {
            return new ScenarioResult(scenario, scenario.problems(), Map.of());
        }
        Row row = new Row(scenario);
        Case given = row.givenCase();
        Expected expected = row.expected();
        if (!row.problems.isEmpty()) {
            return new ScenarioResult(scenario, row.problems, Map.of());
        }

        Map<String, List<String>> fired = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try {
            Decision<TriageDecision> triage = rules.triage(given.dispute(), given.parties());
            fired.put("triage", triage.firedRules());
            DisputeFact assessed = given.dispute().withRiskLevel(triage.result().riskLevel());
            var routing = rules.route(assessed, given.excludedCentres());
            fired.put("routing", routing.firedRules());
            var agencies = rules.agencies(assessed);
            fired.put("agencies", agencies.firedRules());
            var deadlines = rules.deadlines(assessed, routing.result().centre());
            fired.put("deadlines", deadlines.firedRules());

            compare(problems, "risk", expected.risk(), triage.result().riskLevel(), RiskLevel::name);
            compare(problems, "flags", expected.flags(), sorted(triage.result().flags()), ScenarioRunner::list);
            Centre centre = routing.result().centre();
            compare(problems, "centre", expected.centre(), centre.code(),
                    code -> code, code -> code + " (" + centre.nameZh() + ")");
            compare(problems, "agencies", expected.agencies(), new LinkedHashSet<>(agencies.result().agencies()),
                    ScenarioRunner::list);
            compare(problems, "acceptance limit", expected.acceptance(), code(deadlines.result().acceptance()),
                    String::valueOf);
            compare(problems, "mediation limits", expected.mediation(), deadlines.result().mediationCode(),
                    String::valueOf);
            compare(problems, "court limit", expected.courtLimit(), code(deadlines.result().courtLimit()),
                    String::valueOf);
        } catch (RuleEvaluationException e) {
            problems.add("the rules failed (a real case would go to its county centre's manual triage): "
                    + e.getMessage());
        }
        return new ScenarioResult(scenario, problems, fired);
    }

    /**
     * For people: each failed row on a line (file, row, scenario, reason), the count per table, and
     * last a line like {@code 43 passed, 0 failed}.
     */
    public static String report(List<ScenarioResult> results) {
        StringBuilder report = new StringBuilder();
        results.stream().filter(result -> !result.passed())
                .forEach(result -> report.append("FAILED ").append(result.describe()).append('\n'));
        results.stream()
                .collect(Collectors.groupingBy(result -> result.scenario().file(), TreeMap::new, Collectors.toList()))
                .forEach((file, ofFile) -> report.append(file).append(": ").append(counts(ofFile)).append('\n'));
        return report.append(counts(results)).toString();
    }

    private static String counts(List<ScenarioResult> results) {
        long failed = results.stream().filter(result -> !result.passed()).count();
        return (results.size() - failed) + " passed, " + failed + " failed";
    }

    private static <T> void compare(List<String> problems, String what, T expected, T actual,
                                    Function<T, String> show) {
        compare(problems, what, expected, actual, show, show);
    }

    private static <T> void compare(List<String> problems, String what, T expected, T actual,
                                    Function<T, String> showExpected,
                                    Function<T, String> showActual) {
        if (expected != null && !expected.equals(actual)) {
            problems.add("expected " + what + " " + showExpected.apply(expected) + " but got "
                    + (actual == null ? "nothing" : showActual.apply(actual)));
        }
    }

    private static String code(TimeLimit limit) {
        return limit == null ? NO_LIMIT : limit.code();
    }

    private static Set<RiskFlag> sorted(Set<RiskFlag> flags) {
        return flags.isEmpty() ? EnumSet.noneOf(RiskFlag.class) : EnumSet.copyOf(flags);
    }

    private static String list(Collection<?> items) {
        return items.isEmpty() ? "-" : items.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    /** The case a row describes, as the rules see it. */
    private record Case(DisputeFact dispute, List<PartyFact> parties, List<String> excludedCentres) {
    }

    /** What a row expects; null where it does not say. Sets compare regardless of order. */
    private record Expected(RiskLevel risk, Set<RiskFlag> flags, String centre, Set<String> agencies,
                            String acceptance, String mediation, String courtLimit) {
    }

    /** Reads one row's cells, collecting every problem rather than stopping at the first. */
    private final class Row {

        private final Scenario scenario;
        private final List<String> problems = new ArrayList<>();

        Row(Scenario scenario) {
            this.scenario = scenario;
        }

        Case givenCase() {
            String type = required(TYPE) ? disputeType(scenario.cell(TYPE)) : null;
            DisputeSource source = required(SOURCE) ? constant(SOURCE, DisputeSource.class) : null;
            Region county = required(COUNTY) ? county(scenario.cell(COUNTY)) : null;
            String township = required(TOWNSHIP) && county != null ? township(county, scenario.cell(TOWNSHIP)) : null;
            Integer people = required(PEOPLE) ? number(PEOPLE, 1) : null;
            BigDecimal amount = amount();
            Set<RiskIndicator> indicators = constants(INDICATORS, RiskIndicator.class);
            CourtStage courtStage = scenario.cell(COURT_STAGE) == null ? null : constant(COURT_STAGE, CourtStage.class);
            if (courtStage != null && source != null && source != DisputeSource.COURT_REFERRAL) {
                problem(COURT_STAGE, "a court stage is given only for source COURT_REFERRAL (registration refuses it otherwise)");
            }
            int ofAParty = scenario.cell(EARLIER_OF_A_PARTY) == null ? 0 : orZero(number(EARLIER_OF_A_PARTY, 0));
            int betweenParties = scenario.cell(EARLIER_BETWEEN_PARTIES) == null ? 0
                    : orZero(number(EARLIER_BETWEEN_PARTIES, 0));
            if (betweenParties > ofAParty) {
                problem(EARLIER_BETWEEN_PARTIES, "cannot exceed earlierOfAParty (" + ofAParty
                        + "): an earlier dispute between the parties is also an earlier dispute of a party");
            }
            List<PartyFact> parties = parties();
            List<String> excluded = centres(EXCLUDED_CENTRES).stream().map(Centre::code).toList();
            if (!problems.isEmpty()) {
                return null;
            }
            DisputeFact dispute = new DisputeFact(type, source, county.code(), township, people, amount,
                    scenario.cell(DESCRIPTION), indicators, courtStage, ofAParty, betweenParties, null);
            return new Case(dispute, parties, excluded);
        }

        Expected expected() {
            RiskLevel risk = scenario.cell(RISK) == null ? null : constant(RISK, RiskLevel.class);
            Set<RiskFlag> flags = scenario.cell(FLAGS) == null ? null : sorted(constants(FLAGS, RiskFlag.class));
            List<Centre> centres = centres(CENTRE);
            if (centres.size() > 1) {
                problem(CENTRE, "name one centre");
            }
            Set<String> agencies = scenario.cell(AGENCIES) == null ? null : agencies();
            return new Expected(risk, flags, centres.isEmpty() ? null : centres.get(0).code(), agencies,
                    limits(ACCEPTANCE), limits(MEDIATION), isNone(COURT_LIMIT) ? NO_LIMIT : limits(COURT_LIMIT));
        }

        private boolean required(ScenarioColumn column) {
            if (scenario.cell(column) == null) {
                problem(column, "is empty; every scenario needs a type, source, countyCode, township and people");
                return false;
            }
            return true;
        }

        private String disputeType(String cell) {
            var type = referenceData.disputeType(cell.toUpperCase(Locale.ROOT))
                    .or(() -> referenceData.disputeTypes().stream().filter(t -> t.nameZh().equals(cell)).findFirst());
            if (type.isEmpty()) {
                problem(TYPE, "«" + cell + "» is no dispute type; use a code such as FISHERY or a name such as 渔业");
                return null;
            }
            return type.get().code();
        }

        private Region county(String cell) {
            Optional<Region> county = referenceData.county(cell).or(() -> referenceData.regions().stream()
                    .filter(region -> "COUNTY".equals(region.regionLevel()))
                    .filter(region -> region.nameZh().equals(cell) || region.nameZh().replaceFirst("[区县市]$", "").equals(cell))
                    .findFirst());
            if (county.isEmpty()) {
                problem(COUNTY, "«" + cell + "» is no county; use a code such as 330503 or a name such as 南浔区");
                return null;
            }
            return county.get();
        }

        private String township(Region county, String cell) {
            var township = referenceData.township(county.code(), cell)
                    .or(() -> referenceData.region(cell).filter(region -> county.code().equals(region.parentCode())));
            if (township.isEmpty()) {
                problem(TOWNSHIP, "«" + cell + "» is no township or street of " + county.nameZh());
                return null;
            }
            return township.get().code();
        }

        private BigDecimal amount() {
            String cell = scenario.cell(AMOUNT);
            if (cell == null) {
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(cell.replaceAll("[,，\\s元]", ""));
                if (amount.signum() < 0) {
                    problem(AMOUNT, "cannot be negative");
                }
                return amount;
            } catch (NumberFormatException e) {
                problem(AMOUNT, "«" + cell + "» is not an amount in yuan");
                return null;
            }
        }

        private List<PartyFact> parties() {
            List<String> ages = entries(PARTY_AGES);
            List<String> vulnerabilities = entries(PARTY_VULNERABILITIES);
            List<PartyFact> parties = new ArrayList<>();
            for (int i = 0; i < Math.max(ages.size(), vulnerabilities.size()); i++) {
                Integer age = i < ages.size() ? age(ages.get(i)) : null;
                Set<Vulnerability> ticked = EnumSet.noneOf(Vulnerability.class);
                if (i < vulnerabilities.size()) {
                    for (String name : vulnerabilities.get(i).split("[+＋、]")) {
                        if (!name.isBlank()) {
                            constantOf(PARTY_VULNERABILITIES, name.strip(), Vulnerability.class).ifPresent(ticked::add);
                        }
                    }
                }
                parties.add(new PartyFact(ticked, age));
            }
            return parties;
        }

        private Integer age(String entry) {
            if (UNKNOWN_AGE.contains(entry)) {
                return null;
            }
            try {
                int age = Integer.parseInt(entry);
                if (age < 0 || age > 150) {
                    problem(PARTY_AGES, "«" + entry + "» is not an age");
                }
                return age;
            } catch (NumberFormatException e) {
                problem(PARTY_AGES, "«" + entry + "» is not an age (a whole number, or ? when unknown)");
                return null;
            }
        }

        /** Position-keeping entries: "65;;40" is three parties, the second with an empty entry. */
        private List<String> entries(ScenarioColumn column) {
            String cell = scenario.cell(column);
            return cell == null ? List.of() : Arrays.stream(cell.split(LIST_SEPARATOR, -1)).map(String::strip).toList();
        }

        /** The non-empty items of a list cell. */
        private List<String> items(ScenarioColumn column) {
            return entries(column).stream().filter(item -> !item.isEmpty()).toList();
        }

        private List<Centre> centres(ScenarioColumn column) {
            List<Centre> centres = new ArrayList<>();
            for (String name : items(column)) {
                referenceData.centre(name.toUpperCase(Locale.ROOT))
                        .or(() -> referenceData.centres().stream().filter(c -> c.nameZh().equals(name)).findFirst())
                        .ifPresentOrElse(centres::add, () -> problem(column, "«" + name
                                + "» is no centre; use a code such as NX-LINGHU-FISHERY or its Chinese name"));
            }
            return centres;
        }

        private Set<String> agencies() {
            Set<String> agencies = new LinkedHashSet<>();
            if (isNone(AGENCIES)) {
                return agencies;
            }
            for (String name : items(AGENCIES)) {
                referenceData.agency(name.toUpperCase(Locale.ROOT))
                        .or(() -> referenceData.agencies().stream().filter(a -> a.nameZh().equals(name)).findFirst())
                        .ifPresentOrElse(agency -> agencies.add(agency.code()), () -> problem(AGENCIES, "«" + name
                                + "» is no agency; use a code such as POLICE or a name such as 公安"));
            }
            return agencies;
        }

        private <E extends Enum<E>> Set<E> constants(ScenarioColumn column, Class<E> type) {
            Set<E> constants = EnumSet.noneOf(type);
            if (isNone(column)) {
                return constants;
            }
            for (String name : items(column)) {
                constantOf(column, name, type).ifPresent(constants::add);
            }
            return constants;
        }

        private <E extends Enum<E>> E constant(ScenarioColumn column, Class<E> type) {
            return constantOf(column, scenario.cell(column), type).orElse(null);
        }

        private <E extends Enum<E>> Optional<E> constantOf(ScenarioColumn column, String name, Class<E> type) {
            try {
                return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem(column, "«" + name + "» is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
        }

        private Integer number(ScenarioColumn column, int least) {
            String cell = scenario.cell(column);
            try {
                int number = Integer.parseInt(cell);
                if (number < least) {
                    problem(column, "must be at least " + least);
                }
                return number;
            } catch (NumberFormatException e) {
                problem(column, "«" + cell + "» is not a whole number");
                return null;
            }
        }

        /** Time limit codes such as {@code 1WD} or {@code 1M;10WD}, as {@link TimeLimit#code()} writes them. */
        private String limits(ScenarioColumn column) {
            String cell = scenario.cell(column);
            if (cell == null) {
                return null;
            }
            try {
                return Arrays.stream(cell.split(";")).map(String::trim).map(TimeLimit::parse).map(TimeLimit::code)
                        .collect(Collectors.joining(";"));
            } catch (IllegalArgumentException e) {
                problem(column, "«" + cell + "» is not a time limit such as 0D (same day), 1WD, 30D or 1M");
                return null;
            }
        }

        private int orZero(Integer number) {
            return number == null ? 0 : number;
        }

        private boolean isNone(ScenarioColumn column) {
            String cell = scenario.cell(column);
            return cell != null && NONE.contains(cell.toLowerCase(Locale.ROOT));
        }

        private void problem(ScenarioColumn column, String message) {
            problems.add(column.key() + " " + message);
        }
    }
}
