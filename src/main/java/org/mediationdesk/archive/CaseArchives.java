package org.mediationdesk.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mediationdesk.attachments.CaseAttachments;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.ListedCase;
import org.mediationdesk.documents.CaseDocuments;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces and keeps the archive of a closed case ({@link ArchivePdf}): the documents are read as the
 * archive's own reader (user {@code system}, a manager of the case's centre, so each one read is an access
 * record by {@code system}); attachments are staged in temporary files, never all in memory.
 */
@Service
class CaseArchives {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseAccess access;
    private final CaseQueries queries;
    private final CaseDocuments documents;
    private final CaseAttachments attachments;
    private final ArchiveStore store;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Path font;

    CaseArchives(CaseAccess access, CaseQueries queries, CaseDocuments documents, CaseAttachments attachments,
                 ArchiveStore store, MessageSource messages, Clock clock, PlatformTransactionManager transactions,
                 @Value("${mediationdesk.archive.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") Path font) {
        this.access = access;
        this.queries = queries;
        this.documents = documents;
        this.attachments = attachments;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.font = font;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The stored archive of a case, if it has one. */
    Optional<ArchiveStore.Stored> find(long caseId) {
        return store.find(caseId);
    }

    InputStream open(long caseId) {
        return store.open(caseId);
    }

    /** Produces the case's archive if the case is closed and has none yet, in a transaction of its own. */
    Optional<ArchiveStore.Stored> produceIfClosed(long caseId) throws IOException {
        Optional<ListedCase> listed = access.listedCase(caseId);
        if (listed.isEmpty() || listed.get().status() != CaseStatus.CLOSED) {
            return Optional.empty();
        }
        Optional<ArchiveStore.Stored> stored = store.find(caseId);
        if (stored.isPresent()) {
            return stored;
        }
        AppUser reader = new AppUser(0, AccessRecords.SYSTEM, "", "卷宗归档", listed.get().centreCode(), true,
                Set.of(Role.MANAGER));
        CaseView view = queries.find(listed.get().caseNumber(), reader);
        List<Path> staged = new ArrayList<>();
        Path pdf = Files.createTempFile("archive-", ".pdf");
        try {
            List<ArchivePdf.Attachment> files = stage(view.caseNumber(), staged);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(pdf), sha256)) {
                ArchivePdf.write(cover(view), documents(view.caseNumber(), reader), files, font, out);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            ownTransaction.executeWithoutResult(status -> {
                try {
                    store.put(caseId, pdf, hash, LocalDateTime.now(clock));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return store.find(caseId);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(pdf);
            for (Path file : staged) {
                Files.deleteIfExists(file);
            }
        }
    }

    private ArchivePdf.Cover cover(CaseView view) {
        List<String> lines = new ArrayList<>();
        lines.add("案号：" + view.caseNumber());
        lines.add("纠纷类型：" + (view.type() == null ? "" : view.type().name()));
        lines.add("调处中心：" + (view.centre() == null ? "" : view.centre().name()));
        lines.add("当事人：" + String.join("、", view.parties().stream().map(CaseView.PartyView::name).toList()));
        lines.add("登记日期：" + (view.registeredAt() == null ? "" : DATE.format(view.registeredAt())));
        lines.add("结案日期：" + (view.closedAt() == null ? "" : DATE.format(view.closedAt())));
        if (view.closureType() != null) {
            lines.add("结案方式：" + messages.getMessage("enum.ClosureType." + view.closureType().name(), null,
                    view.closureType().name(), Locale.SIMPLIFIED_CHINESE));
        }
        lines.add("归档日期：" + DATE.format(LocalDateTime.now(clock)));
        return new ArchivePdf.Cover("人民调解卷宗", lines);
    }

    private List<ArchivePdf.Document> documents(String caseNumber, AppUser reader) throws IOException {
        List<ArchivePdf.Document> texts = new ArrayList<>();
        for (CaseDocuments.Available available : documents.availableFor(caseNumber, reader)) {
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            documents.render(caseNumber, available.kind(), available.sessionNo(), reader, docx);
            try (XWPFWordExtractor text = new XWPFWordExtractor(
                    new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
                texts.add(new ArchivePdf.Document(available.title(),
                        text.getText().lines().filter(line -> !line.isBlank()).toList()));
            }
        }
        return texts;
    }

    private List<ArchivePdf.Attachment> stage(String caseNumber, List<Path> staged) throws IOException {
        List<ArchivePdf.Attachment> files = new ArrayList<>();
        for (CaseAttachments.StoredFile file : attachments.list(caseNumber)) {
            Path copy = Files.createTempFile("archive-attachment-", ".bin");
            staged.add(copy);
            try (InputStream in = attachments.open(file.id())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            String title = file.fileName() + "（" + messages.getMessage("enum.AttachmentCategory."
                    + file.category().name(), null, file.category().name(), Locale.SIMPLIFIED_CHINESE) + "）"
                    + (file.withdrawn() ? "（已撤回）" : "");
            files.add(new ArchivePdf.Attachment(title, file.mediaType(), copy));
        }
        return files;
    }
}
