package org.mediationdesk.attachments;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3-compatible store, made only when {@code mediationdesk.attachments.s3.bucket} is set: path-style
 * addressing and checksums only where the API requires them, which every S3-compatible server accepts;
 * the keys from the settings, else the SDK's usual places (environment, instance role).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mediationdesk.attachments.s3", name = "bucket")
class S3Config {

    @Bean(destroyMethod = "close")
    S3Client attachmentsS3Client(AttachmentSettings settings) {
        AttachmentSettings.S3 s3 = settings.s3();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    @Bean
    S3Store s3Store(S3Client attachmentsS3Client, AttachmentSettings settings) {
        return new S3Store(attachmentsS3Client, settings.s3());
    }

    @Bean
    OrphanSweep orphanSweep(S3Store store, AttachmentMapper attachments, Clock clock) {
        return new OrphanSweep(store, attachments, clock);
    }

    /**
     * Deletes objects a failed upload left without a row, on every node (deleting an object twice is
     * harmless). Only objects older than {@code orphanAge} go, so an upload still between its object and
     * its row is never touched.
     */
    static class OrphanSweep {

        private final S3Store store;
        private final AttachmentMapper attachments;
        private final Clock clock;

        OrphanSweep(S3Store store, AttachmentMapper attachments, Clock clock) {
            this.store = store;
            this.attachments = attachments;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${mediationdesk.attachments.s3.sweep-every:PT1H}",
                initialDelayString = "${mediationdesk.attachments.s3.sweep-every:PT1H}")
        void sweep() {
            sweepOnce();
        }

        /** @return how many orphan objects it deleted */
        int sweepOnce() {
            return store.sweep(clock.instant(), attachments::existsStorageKey);
        }
    }
}
