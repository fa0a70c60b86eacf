package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import org.mediationdesk.cases.AgreementParties;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.MediationSession;
import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The standard mediation documents of a case (人民调解文书格式), as .docx filled from the case's data
 * with the centre's template: which ones the case has reached ({@link #availableFor}) and one of them
 * ({@link #render}). Both check the reader may see the case (404 unknown, 403 another centre's); a
 * document the case has not reached is 409. Whole ID numbers and phones print for the case's own
 * mediators and managers, masked for everyone else (see {@link AgreementParties#forSigning}).
 */
@Service
public class CaseDocuments {

    private static final Locale DOCUMENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    /** The documents addressed to the parties themselves; the rest of the file is the centre's. */
    private static final Set<DocumentKind> FOR_PARTIES = EnumSet.of(DocumentKind.AGREEMENT,
            DocumentKind.NON_ACCEPTANCE_NOTICE, DocumentKind.TERMINATION_NOTICE);

    private final CaseQueries queries;
    private final AgreementParties parties;
    private final CommitteeMapper committees;
    private final DocumentTemplates templates;
    private final PeopleNames people;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessRecords accessRecords;

    CaseDocuments(CaseQueries queries, AgreementParties parties, CommitteeMapper committees,
                  DocumentTemplates templates, PeopleNames people, MessageSource messages, Clock clock,
                  AccessRecords accessRecords) {
        this.accessRecords = accessRecords;
        this.queries = queries;
        this.parties = parties;
        this.committees = committees;
        this.templates = templates;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** The documents the case has reached, in the order of its file; one session record per session held. */
    public List<Available> availableFor(String caseNumber, AppUser reader) {
        CaseFacts facts = facts(caseNumber, reader);
        List<Available> available = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.perSession()) {
                for (int n = 1; n <= facts.view().sessions().size(); n++) {
                    available.add(new Available(kind, n, kind.title() + "（第" + n + "次）"));
                }
            } else if (reached(kind, facts)) {
                available.add(new Available(kind, null, kind.title()));
            }
        }
        return available;
    }

    /**
     * Writes one document of the case to {@code out}. {@code sessionNo} (from 1, in the order the sessions
     * were held) names the session of a {@link DocumentKind#SESSION_RECORD} and is ignored otherwise. Every
     * document names the parties, so each one written is an access record.
     */
    public void render(String caseNumber, DocumentKind kind, Integer sessionNo, AppUser reader, OutputStream out) {
        write(facts(caseNumber, reader), kind, sessionNo, reader.username(), out);
    }

    /** The documents addressed to the parties (the agreement, a notice of non-acceptance or termination) the case has reached. */
    public List<Available> availableToParty(PublicCases.Party party) {
        CaseFacts facts = partyFacts(party);
        return FOR_PARTIES.stream().filter(kind -> reached(kind, facts))
                .map(kind -> new Available(kind, null, kind.title())).toList();
    }

    /**
     * A party's own copy of a document addressed to the parties, the parties in it masked as for anyone outside the
     * centre; recorded as an access by "当事人（网上）". Any other kind is not found.
     */
    public void renderForParty(PublicCases.Party party, DocumentKind kind, OutputStream out) {
        if (!FOR_PARTIES.contains(kind)) {
            throw new NotFoundException("document.unknownKind", kind.code());
        }
        write(partyFacts(party), kind, null, PeopleNames.PUBLIC_PARTY, out);
    }

    private void write(CaseFacts facts, DocumentKind kind, Integer sessionNo, String reader, OutputStream out) {
        String caseNumber = facts.view().caseNumber();
        DocumentModel model = DocumentModel.of(facts, LocalDate.now(clock));
        if (kind.perSession()) {
            List<MediationSession> sessions = facts.view().sessions();
            if (sessionNo == null || sessionNo < 1 || sessionNo > sessions.size()) {
                throw new NotFoundException("document.noSession", caseNumber + " session " + sessionNo);
            }
            model.session(sessionNo, sessions.get(sessionNo - 1), facts);
        } else if (!reached(kind, facts)) {
            throw kind == DocumentKind.AGREEMENT ? new ConflictException("document.noAgreement")
                    : new ConflictException("document.notReached", kind.title());
        }
        accessRecords.onCaseBy(reader, AccessAction.DOCUMENT_DOWNLOAD, caseNumber,
                kind.title() + " " + kind.name() + (kind.perSession() ? " " + sessionNo : ""));
        byte[] template = templates.template(kind, facts.view().centre() == null ? null : facts.view().centre().code());
        Configure configure = Configure.builder().bind("parties", new LoopRowTableRenderPolicy()).build();
        try (XWPFTemplate document = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)
                .render(model.values())) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean reached(DocumentKind kind, CaseFacts facts) {
        CaseView view = facts.view();
        return switch (kind) {
            case APPLICATION -> true;
            case ACCEPTANCE_FORM, INVESTIGATION_RECORD -> facts.acceptedAt() != null;
            case SESSION_RECORD -> !view.sessions().isEmpty();
            case NON_ACCEPTANCE_NOTICE -> facts.declined();
            case TERMINATION_NOTICE -> facts.terminated();
            case ORAL_AGREEMENT_REGISTRATION -> view.agreement() != null && "ORAL".equals(view.agreement().agreementForm());
            case FOLLOW_UP_RECORD -> view.agreement() != null && view.agreement().followedUpAt() != null;
            case AGREEMENT -> view.agreement() != null;
        };
    }

    /** The case with its history written in Chinese, whatever the reader's language: documents are printed in Chinese. */
    private CaseFacts facts(String caseNumber, AppUser reader) {
        return inChinese(() -> facts(queries.find(caseNumber, reader), parties.forSigning(caseNumber, reader)));
    }

    private CaseFacts partyFacts(PublicCases.Party party) {
        return inChinese(() -> facts(queries.forParty(party), parties.forParty(party)));
    }

    private CaseFacts facts(CaseView view, List<AgreementParties.SigningParty> signing) {
        String committee = view.centre() == null ? "" : committees.findCommitteeName(view.centre().code())
                .orElse(view.centre().name());
        return new CaseFacts(view, signing, committee,
                messages.getMessage("enum.DisputeSource." + view.source().name(), null, DOCUMENT_LANGUAGE), people::of);
    }

    private static CaseFacts inChinese(Supplier<CaseFacts> read) {
        LocaleContext readerLanguage = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(DOCUMENT_LANGUAGE);
        try {
            return read.get();
        } finally {
            LocaleContextHolder.setLocaleContext(readerLanguage);
        }
    }

    /** A document the case has reached: its kind, the session for a session record, and its title. */
    public record Available(DocumentKind kind, Integer sessionNo, String title) {
    }
}
