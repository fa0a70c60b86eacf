package org.mediationdesk.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Rule set files as text by path ({@code rules/routing.drl}, {@code rules/scenarios/routing.csv}). */
public final class RuleFiles {

    /** Every DRL file under {@code rules/} on the classpath. */
    public static final String DRL = "classpath*:rules/**/*.drl";
    /** Every scenario table under {@code rules/scenarios/} on the classpath. */
    public static final String SCENARIOS = "classpath*:rules/scenarios/*.csv";

    private RuleFiles() {
    }

    /**
     * The files matching Spring resource patterns, named by their path from {@code rules/} on; the
     * first file found under a name wins.
     */
    public static SortedMap<String, String> read(String... patterns) {
        try {
            SortedMap<String, String> files = new TreeMap<>();
            var resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : patterns) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf("rules/");
                    String path = at >= 0 ? url.substring(at) : "rules/" + resource.getFilename();
                    files.putIfAbsent(path, resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("No rule files found at " + String.join(", ", patterns));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 (hex) of names and contents, independent of order: the same files always give the same checksum. */
    public static String checksum(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the DRL files: what the compiler takes. */
    public static SortedMap<String, String> drl(Map<String, String> files) {
        SortedMap<String, String> drl = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            }
        });
        return drl;
    }
}
