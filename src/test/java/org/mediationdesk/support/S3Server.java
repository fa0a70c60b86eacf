package org.mediationdesk.support;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 API (s3proxy, from Maven Central) on a free local port, over jclouds' in-memory blob store,
 * with one bucket; signed requests only (AWS signature v2 or v4), with the keys below.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "mediationdesk-test";
    public static final String SECRET_KEY = "mediationdesk-test-secret";

    private final S3Proxy proxy;
    private final BlobStoreContext store;

    private S3Server(S3Proxy proxy, BlobStoreContext store) {
        this.proxy = proxy;
        this.store = store;
    }

    public static S3Server start(String bucket) {
        BlobStoreContext store = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .overrides(new Properties()).build(BlobStoreContext.class);
        store.getBlobStore().createContainerInLocation(null, bucket);
        S3Proxy proxy = S3Proxy.builder().blobStore(store.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        try {
            proxy.start();
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("s3proxy did not start", e);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start within 30 seconds: " + proxy.getState());
            }
            Thread.onSpinWait();
        }
        return new S3Server(proxy, store);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        store.close();
    }
}
