package org.mediationdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.cases.ClosureType;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.process.forms.ReferralForm;
import org.mediationdesk.reference.Agency;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistical report for a manager's centres (or one of them) and a period. Every figure is one
 * SQL aggregate (see ReportMapper.xml for what each counts); breakdowns list the reference data's rows
 * in their official order with zeros; the case list streams from a cursor.
 */
@Service
public class StatisticsReport {

    private final ReportMapper report;
    private final ReferenceData referenceData;
    private final CentreScope centreScope;
    private final ReportLabels labels;
    private final CentreRollup rollup;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    StatisticsReport(ReportMapper report, ReferenceData referenceData, CentreScope centreScope, ReportLabels labels,
                     CentreRollup rollup, Clock clock, PersonalDataCipher cipher) {
        this.report = report;
        this.cipher = cipher;
        this.referenceData = referenceData;
        this.centreScope = centreScope;
        this.labels = labels;
        this.rollup = rollup;
        this.clock = clock;
    }

    /** The report with the case list's ID numbers and phones masked. */
    @Transactional(readOnly = true)
    public void write(Scope scope, ReportPeriod period, AppUser preparer, OutputStream out) throws IOException {
        write(scope, period, preparer, false, out);
    }

    /**
     * @param scope    the centres, from {@link #scopeOf}
     * @param preparer the person the return names as 填报人, and its printed header and footer as exporter
     * @param unmasked whether the case list shows applicants' ID numbers and phones whole
     */
    @Transactional(readOnly = true)
    public void write(Scope scope, ReportPeriod period, AppUser preparer, boolean unmasked, OutputStream out)
            throws IOException {
        Set<String> centres = scope.centres();
        LocalDateTime now = LocalDateTime.now(clock);
        var from = period.start();
        var to = period.end();
        StatisticsWorkbook workbook = new StatisticsWorkbook(scope.name(), period);
        workbook.summary(comparison(centres, period, now),
                new ReportHeader(scope.name(), preparer.displayName(), LocalDate.now(clock)));
        workbook.byType(ReportRows.fixed(referenceData.disputeTypes().stream().map(DisputeType::code).toList(),
                report.byType(centres, from, to), labels::type));
        workbook.byCentre(rollup.rows(scope, period, report.byCentre(centres, from, to)));
        workbook.breakdown(StatisticsWorkbook.BY_TOWNSHIP, ReportRows.fixed(townships(centres),
                report.byTownship(centres, from, to), labels::region));
        workbook.breakdown(StatisticsWorkbook.BY_MEDIATOR, byMediator(centres, from, to));
        workbook.breakdown(StatisticsWorkbook.BY_RISK, ReportRows.fixed(
                Stream.concat(Arrays.stream(RiskLevel.values()).map(Enum::name), Stream.of("")).toList(),
                report.byRiskLevel(centres, from, to),
                code -> code.isEmpty() ? "未评估 Not assessed" : labels.label("RiskLevel", code)));
        workbook.breakdown(StatisticsWorkbook.BY_SOURCE, ReportRows.fixed(names(DisputeSource.values()),
                report.bySource(centres, from, to), code -> labels.label("DisputeSource", code)));
        workbook.breakdown(StatisticsWorkbook.BY_OUTCOME, ReportRows.fixed(
                Stream.concat(Arrays.stream(ClosureType.values()).map(Enum::name), Stream.of("OPEN")).toList(),
                report.byOutcome(centres, from, to), code -> labels.text("closure." + code)));
        agencies(workbook, centres, from, to);
        referrals(workbook, centres, from, to);
        LocalDateTime asOf = period.asOf(now);
        workbook.overdue(report.overdue(centres, asOf), asOf, labels);
        String exportedBy = "导出 Exported by " + preparer.displayName() + " (" + preparer.username() + ") "
                + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " " + clock.getZone();
        try (var cases = report.caseList(centres, from, to)) {
            workbook.caseListAndWrite(cases, labels, unmasked, cipher::open, exportedBy, out);
        }
    }

    /** How many cases the case list of this scope and period would hold. */
    public long caseCount(Scope scope, ReportPeriod period) {
        return report.caseCount(scope.centres(), period.start(), period.end());
    }

    /**
     * The centres a report covers: all of the manager's, or one of them.
     *
     * @param centre one centre of the manager's scope, or null for all of it
     */
    public Scope scopeOf(AppUser manager, String centre) {
        if (!manager.has(Role.MANAGER) && !manager.has(Role.ADMIN)) {
            throw new AccessDeniedException("Reports are for managers");
        }
        Set<String> visible = centreScope.visibleCentres(manager);
        if (centre == null) {
            return new Scope(visible, scopeName(manager.centreCode()), manager.centreCode(), visible.size() > 1);
        }
        if (!visible.contains(centre)) {
            throw new AccessDeniedException("Centre " + centre + " is not the manager's");
        }
        return new Scope(Set.of(centre), scopeName(centre), centre, false);
    }

    /**
     * The centres of a report and the name its title shows; {@code centre} is the centre whose report it is
     * (null for an administrator's report of every centre), {@code withSubCentres} whether it covers the
     * centre's whole county.
     */
    public record Scope(Set<String> centres, String name, String centre, boolean withSubCentres) {
    }

    private SummarySheet.Comparison comparison(Set<String> centres, ReportPeriod period, LocalDateTime now) {
        return new SummarySheet.Comparison(summary(centres, period, now), summary(centres, period.yearToDate(), now),
                summary(centres, period.sameLastYear(), now), summary(centres, period.previous(), now));
    }

    private ReportMapper.Summary summary(Set<String> centres, ReportPeriod period, LocalDateTime now) {
        return report.summary(centres, period.start(), period.end(), period.asOf(now));
    }

    /** The townships of the counties the centres are in, in the order of their administrative codes. */
    private List<String> townships(Set<String> centres) {
        Set<String> counties = referenceData.centres().stream().filter(c -> centres.contains(c.code()))
                .map(Centre::countyCode).collect(Collectors.toSet());
        return referenceData.regions().stream().filter(r -> counties.contains(r.parentCode())).map(Region::code)
                .toList();
    }

    /** Every mediator of the centres (by centre, then login), then cases without one. */
    private List<ReportRows.Line> byMediator(Set<String> centres, LocalDateTime from, LocalDateTime to) {
        var mediators = report.mediators(centres);
        var names = new HashMap<String, String>();
        mediators.forEach(m -> names.put(m.username(), m.displayName()));
        List<String> codes = Stream.concat(mediators.stream().map(ReportMapper.Person::username), Stream.of(""))
                .toList();
        return ReportRows.fixed(codes, report.byMediator(centres, from, to),
                code -> code.isEmpty() ? "未指派 No mediator" : names.getOrDefault(code, code));
    }

    private void agencies(StatisticsWorkbook workbook, Set<String> centres, LocalDateTime from, LocalDateTime to) {
        var found = new HashMap<String, ReportMapper.AgencyCount>();
        report.byAgency(centres, from, to).forEach(row -> found.put(row.code(), row));
        List<Agency> agencies = referenceData.agencies();
        workbook.counts(StatisticsWorkbook.BY_AGENCY,
                new String[] {"部门 Agency", "参与案件 Cases joined", "已答复 Opinions given", "未答复 Not answered"},
                agencies.stream().map(Agency::nameZh).toList(), agencies.stream().map(a -> {
                    var row = found.get(a.code());
                    return row == null ? new long[3] : new long[] {row.cases(), row.answered(), row.unanswered()};
                }).toList());
    }

    private void referrals(StatisticsWorkbook workbook, Set<String> centres, LocalDateTime from, LocalDateTime to) {
        var lines = ReportRows.fixed(names(ReferralForm.ReferredTo.values()), report.byReferral(centres, from, to),
                code -> labels.label("ReferredTo", code));
        workbook.counts(StatisticsWorkbook.BY_REFERRAL, new String[] {"去向 Referred to", "件数 Cases"},
                lines.stream().map(ReportRows.Line::label).toList(),
                lines.stream().map(line -> new long[] {line.figures().received()}).toList());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private String scopeName(String centreCode) {
        return centreCode == null ? "全部中心" : labels.centre(centreCode);
    }
}
