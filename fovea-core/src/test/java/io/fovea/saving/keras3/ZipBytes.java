package io.fovea.saving.keras3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Test helper: zips written, taken apart and patched byte by byte. */
final class ZipBytes {

  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;

  private ZipBytes() {}

  /** The members of {@code zip}, by name, in order. */
  static Map<String, byte[]> members(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : List.copyOf(z.stream().toList())) {
        out.put(e.getName(), z.getInputStream(e).readAllBytes());
      }
    }
    return out;
  }

  /** Writes {@code members} to {@code zip}, each stored or deflated as {@code method} says. */
  static void write(Path zip, Map<String, byte[]> members, int method) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> m : members.entrySet()) {
        ZipEntry e = new ZipEntry(m.getKey());
        e.setMethod(method);
        if (method == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(m.getValue());
          e.setSize(m.getValue().length);
          e.setCompressedSize(m.getValue().length);
          e.setCrc(crc.getValue());
        }
        out.putNextEntry(e);
        out.write(m.getValue());
        out.closeEntry();
      }
    }
  }

  /** The offset in {@code bytes} of the first data byte of member {@code name}. */
  static int dataOffset(byte[] bytes, String name) {
    int at = header(bytes, LOCAL, 26, 30, name);
    ByteBuffer b = le(bytes);
    return at + 30 + (b.getShort(at + 26) & 0xffff) + (b.getShort(at + 28) & 0xffff);
  }

  /** The offset of member {@code name}'s central directory header. */
  static int centralOffset(byte[] bytes, String name) {
    return header(bytes, CENTRAL, 28, 46, name);
  }

  /** The offset of member {@code name}'s local header. */
  static int localOffset(byte[] bytes, String name) {
    return header(bytes, LOCAL, 26, 30, name);
  }

  static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static int header(byte[] bytes, int signature, int nameLength, int nameAt, String name) {
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = le(bytes);
    for (int i = 0; i + nameAt + wanted.length <= bytes.length; i++) {
      if (b.getInt(i) == signature
          && (b.getShort(i + nameLength) & 0xffff) == wanted.length
          && java.util.Arrays.equals(
              bytes, i + nameAt, i + nameAt + wanted.length, wanted, 0, wanted.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no header for " + name);
  }

  /**
   * A zip whose members are given as raw deflate data ({@code compressed}) with the sizes and CRCs
   * to declare; ZipOutputStream cannot write such a member, a zip bomb needs it.
   */
  static byte[] raw(List<RawMember> members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (RawMember m : members) {
      byte[] name = m.name().getBytes(StandardCharsets.UTF_8);
      int offset = out.size();
      out.write(header(LOCAL, m, name, -1));
      out.write(m.compressed());
      central.write(header(CENTRAL, m, name, offset));
    }
    int centralAt = out.size();
    out.write(central.toByteArray());
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) members.size()).putShort((short) members.size());
    end.putInt(central.size()).putInt(centralAt).putShort((short) 0);
    out.write(end.array());
    return out.toByteArray();
  }

  private static byte[] header(int signature, RawMember m, byte[] name, int offset) {
    boolean isCentral = signature == CENTRAL;
    ByteBuffer b =
        ByteBuffer.allocate((isCentral ? 46 : 30) + name.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(signature);
    if (isCentral) {
      b.putShort((short) 20);
    }
    b.putShort((short) 20).putShort((short) 0).putShort((short) m.method());
    b.putShort((short) 0).putShort((short) 0x21);
    b.putInt((int) m.crc()).putInt(m.compressed().length).putInt((int) m.declaredSize());
    b.putShort((short) name.length).putShort((short) 0);
    if (isCentral) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
    }
    b.put(name);
    return b.array();
  }

  /** One member of {@link #raw}: its data as stored in the archive and what the headers claim. */
  record RawMember(String name, int method, byte[] compressed, long declaredSize, long crc) {

    /** A stored member with its true size and CRC. */
    static RawMember stored(String name, byte[] data) {
      CRC32 crc = new CRC32();
      crc.update(data);
      return new RawMember(name, ZipEntry.STORED, data, data.length, crc.getValue());
    }
  }
}
