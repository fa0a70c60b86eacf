package org.mediationdesk.attachments;

/** A file name as browsers and clients send it, made fit to keep and to offer back in a download. */
final class FileNames {

    private static final int MAX = 255;

    private FileNames() {
    }

    /** The last part of a path ({@code C:\fakepath\合同.pdf} → {@code 合同.pdf}), without control characters. */
    static String clean(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "附件";
        }
        return name.length() > MAX ? name.substring(name.length() - MAX) : name;
    }
}
