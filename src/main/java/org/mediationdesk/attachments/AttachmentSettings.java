package org.mediationdesk.attachments;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachment settings, from {@code mediationdesk.attachments.*}.
 *
 * @param maxFileSize             the largest file accepted
 * @param maxCaseSize             all files of one case together, withdrawn ones included (they stay stored)
 * @param maxUnpackedSize         what a Word or Excel file (a ZIP) may unpack to
 * @param maxCompressionRatio     how many times its compressed size one entry of such a file may unpack to
 * @param storage                 where new files go; files already stored are read from where they are
 * @param s3                      the bucket, when {@code storage} is S3
 * @param signedAgreementRequired whether a case with a written agreement closes only once the agreement's
 *                                signed scan is attached
 */
@ConfigurationProperties("mediationdesk.attachments")
record AttachmentSettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200MB") DataSize maxCaseSize,
                          @DefaultValue("100MB") DataSize maxUnpackedSize,
                          @DefaultValue("100") int maxCompressionRatio,
                          @DefaultValue("DATABASE") Storage storage, @DefaultValue S3 s3,
                          @DefaultValue("true") boolean signedAgreementRequired) {

    enum Storage { DATABASE, S3 }

    /**
     * An S3-compatible bucket. {@code orphanAge}: an object older than this with no row is deleted by the
     * sweep (an upload whose database write failed), checked every {@code sweepEvery}.
     */
    record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
              String secretKey, @DefaultValue("attachments/") String prefix, @DefaultValue("PT6H") Duration orphanAge,
              @DefaultValue("PT1H") Duration sweepEvery) {
    }
}
