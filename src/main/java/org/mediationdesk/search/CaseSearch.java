package org.mediationdesk.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.PersonalDataMask;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the cases a user may open that match a query, a page at a time, newest registration first. */
@Service
class CaseSearch {

    private static final int SUMMARY_LENGTH = 60;

    private final CaseSearchMapper mapper;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final PersonalDataCipher cipher;

    CaseSearch(CaseSearchMapper mapper, CentreScope centreScope, ReferenceData referenceData, MessageSource messages,
               PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.mapper = mapper;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    FoundCase.Page search(CaseQueryReader.Request request, AppUser user) {
        SearchScope scope = scopeOf(user);
        long total = mapper.countCases(request.query(), scope);
        List<CaseSearchMapper.FoundRow> rows = total == 0 ? List.of()
                : mapper.findCases(request.query(), scope, request.offset(), request.size());
        Map<Long, List<CaseSearchMapper.FoundParty>> parties = rows.isEmpty() ? Map.of()
                : mapper.findParties(rows.stream().map(CaseSearchMapper.FoundRow::id).toList()).stream()
                        .collect(Collectors.groupingBy(CaseSearchMapper.FoundParty::caseId));
        List<FoundCase> items = rows.stream().map(row -> found(row, parties.getOrDefault(row.id(), List.of()))).toList();
        long pages = (total + request.size() - 1) / request.size();
        return new FoundCase.Page(items, request.page(), request.size(), total, pages);
    }

    /** The mediators a user may pick from: those of the centres whose cases they see. */
    List<CaseSearchMapper.Person> mediators(AppUser user) {
        SearchScope scope = scopeOf(user);
        if (scope.everyCentre()) {
            return mapper.findMediators(null);
        }
        return scope.centres().isEmpty() ? List.of() : mapper.findMediators(scope.centres());
    }

    private SearchScope scopeOf(AppUser user) {
        return new SearchScope(user.has(Role.ADMIN), centreScope.visibleCentres(user),
                user.has(Role.GRID_WORKER) ? null : user.username());
    }

    private FoundCase found(CaseSearchMapper.FoundRow row, List<CaseSearchMapper.FoundParty> parties) {
        var type = referenceData.disputeType(row.disputeTypeCode())
                .map(t -> new CaseView.Named(t.code(), t.nameZh(), t.nameEn())).orElse(null);
        var centre = row.centreCode() == null ? null : referenceData.centre(row.centreCode())
                .map(c -> new CaseView.Named(c.code(), c.nameZh(), c.nameEn())).orElse(null);
        String status = messages.getMessage("enum.CaseStatus." + row.status(), null, LocaleContextHolder.getLocale());
        return new FoundCase(row.caseNumber(), row.registeredAt(), type, centre, row.status(), status,
                row.mediator(), row.mediatorName(), summary(row.description()),
                parties.stream().map(p -> new FoundCase.Party(p.role(), p.kind(), p.name(),
                        PersonalDataMask.idNumber(cipher.open(p.idNumber())),
                        PersonalDataMask.phone(cipher.open(p.phone())))).toList());
    }

    private static String summary(String description) {
        if (description.codePointCount(0, description.length()) <= SUMMARY_LENGTH) {
            return description;
        }
        return description.substring(0, description.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
    }
}
