package org.mediationdesk.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.cases.forms.AgencyWaiverForm;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 联合调解 as the routing rules require it: the agencies a case's mediation must involve, where each
 * stands, and a manager's waiver of one. Mediation concludes only when none is outstanding.
 */
@Service
public class JointMediation {

    private final JointMediationMapper required;
    private final MediationRecordMapper records;
    private final CaseAccess access;
    private final CaseJournal journal;
    private final FormReader forms;
    private final ReferenceData referenceData;
    private final Workflow workflow;
    private final TransactionTemplate transaction;

    JointMediation(JointMediationMapper required, MediationRecordMapper records, CaseAccess access, CaseJournal journal,
                   FormReader forms, ReferenceData referenceData, Workflow workflow,
                   PlatformTransactionManager transactions) {
        this.required = required;
        this.records = records;
        this.access = access;
        this.journal = journal;
        this.forms = forms;
        this.referenceData = referenceData;
        this.workflow = workflow;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The rules' latest word on the case: agencies no longer named are forgotten, waivers of the others kept. */
    void require(long caseId, Collection<String> agencyCodes) {
        required.deleteRequiredExcept(caseId, agencyCodes);
        Set<String> known = required.findRequired(caseId).stream()
                .map(JointMediationMapper.RequiredRow::agencyCode).collect(Collectors.toSet());
        agencyCodes.stream().filter(Predicate.not(known::contains))
                .forEach(code -> required.insertRequired(caseId, code));
    }

    List<RequiredAgency> of(long caseId) {
        List<AgencyOpinion> opinions = records.findOpinions(caseId);
        return required.findRequired(caseId).stream().map(row -> {
            var agency = referenceData.agency(row.agencyCode()).orElseThrow();
            return new RequiredAgency(new CaseView.Named(agency.code(), agency.nameZh(), agency.nameEn()),
                    stateOf(row, opinions), row.waivedBy(), row.waivedAt(), row.waiverReason());
        }).toList();
    }

    /** Before mediation concludes: a 409 naming, in Chinese, each required agency not asked or not yet answered. */
    void requireNoneOutstanding(long caseId) {
        String outstanding = of(caseId).stream().filter(RequiredAgency::outstanding)
                .map(agency -> agency.agency().name()).collect(Collectors.joining("、"));
        if (!outstanding.isEmpty()) {
            throw new ConflictException("joint.agenciesOutstanding", outstanding);
        }
    }

    /** A manager of the case's centre (or its county) excuses a required agency that has not been asked. */
    public void waive(String caseNumber, JsonNode data, AppUser user) {
        if (!user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers waive an agency's part in joint mediation");
        }
        CaseRef ref = access.workableCase(caseNumber, user);
        AgencyWaiverForm form = forms.read(data, AgencyWaiverForm.class);
        if (!workflow.isAt(ref.processInstanceId(), Stage.MEDIATE)) {
            throw new ConflictException("case.notInMediation");
        }
        RequiredAgency agency = of(ref.id()).stream().filter(a -> a.agency().code().equals(form.agency())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        List.of(forms.problem("agency", "joint.waiver.notRequired", form.agency()))));
        if (agency.state() != RequiredAgency.State.NOT_ASKED) {
            throw new ConflictException("joint.waiver.notOutstanding", agency.agency().name());
        }
        transaction.executeWithoutResult(status -> {
            if (required.waive(ref.id(), form.agency(), user.username(), journal.now(), form.reason()) != 1) {
                throw new ConflictException("case.changed");
            }
            journal.record(ref.id(), EventType.AGENCY_WAIVED, user.username(), EventNote.of("agencyWaived",
                    EventNote.agencies(List.of(agency.agency().code())), EventNote.text(form.reason())));
        });
    }

    /** An answer counts whenever it came; then an open request; then a missed deadline; then a waiver. */
    private static RequiredAgency.State stateOf(JointMediationMapper.RequiredRow row, List<AgencyOpinion> opinions) {
        Set<AgencyOpinion.Status> asked = opinions.stream().filter(o -> o.agencyCode().equals(row.agencyCode()))
                .map(AgencyOpinion::status).collect(Collectors.toSet());
        if (asked.contains(AgencyOpinion.Status.GIVEN)) {
            return RequiredAgency.State.ANSWERED;
        }
        if (asked.contains(AgencyOpinion.Status.REQUESTED)) {
            return RequiredAgency.State.AWAITED;
        }
        if (asked.contains(AgencyOpinion.Status.MISSING)) {
            return RequiredAgency.State.MISSING;
        }
        return row.waivedBy() != null ? RequiredAgency.State.WAIVED : RequiredAgency.State.NOT_ASKED;
    }
}
