package io.fovea.data;

/**
 * A file published at {@code url} with its published checksum ({@code algorithm} is a {@link
 * java.security.MessageDigest} name, "SHA-256" or "MD5"; {@code checksum} in hex).
 */
record RemoteFile(String name, String url, String algorithm, String checksum) {}
