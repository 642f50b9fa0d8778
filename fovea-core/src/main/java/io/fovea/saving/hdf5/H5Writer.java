package io.fovea.saving.hdf5;

import io.fovea.saving.hdf5.H5Group.Attribute;
import io.fovea.saving.hdf5.H5Group.Dataset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link H5Group} tree as an HDF5 file that the HDF5 library (1.8 and later, so h5py and
 * Keras) and jHDF read: a version 2 superblock, one global heap collection for the variable-length
 * strings, then every object in post-order (a dataset's raw data just before its header, a group's
 * header after its children's, the root's last), so that each header is written once, knowing the
 * addresses it links to. The superblock, which names the root and the end of the file, is written
 * last at offset 0. Datasets are contiguous little-endian float32 or int32, never chunked or
 * compressed, as Keras writes weights.
 *
 * <p>Reference: The HDF Group, "HDF5 File Format Specification Version 3.0".
 */
public final class H5Writer {

  /** The HDF5 signature, {@code \211HDF\r\n\032\n}. */
  static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

  static final int SUPERBLOCK_SIZE = 48;

  private static final int VALUES_PER_WRITE = 1 << 16;

  private final FileChannel channel;
  private final GlobalHeap heap = new GlobalHeap();
  private final Map<Attribute, Integer> heapIndex = new IdentityHashMap<>();
  private long heapAddress = Messages.UNDEFINED;

  private H5Writer(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Writes {@code root} as the new file {@code file} (which must not exist).
   *
   * @throws IOException if the file cannot be created or written
   * @throws IllegalArgumentException if one attribute is over 64 KiB in the header (a fixed-length
   *     string array of that size: split it, as Keras does)
   */
  public static void write(Path file, H5Group root) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      new H5Writer(channel).writeFile(root);
    }
  }

  private void writeFile(H5Group root) throws IOException {
    collectStrings(root);
    channel.position(SUPERBLOCK_SIZE);
    if (!heap.isEmpty()) {
      heapAddress = append(heap.toBytes());
    }
    long rootAddress = writeGroup(root, "/");
    long end = channel.position();
    ByteBuffer first = ByteBuffer.wrap(superblock(rootAddress, end));
    while (first.hasRemaining()) {
      channel.write(first, first.position());
    }
  }

  /**
   * Superblock version 2: signature, version, offset and length sizes (8), consistency flags, base
   * address, superblock extension address (none), end of file, root object header address, and the
   * lookup3 checksum of the 44 bytes before it.
   */
  static byte[] superblock(long rootAddress, long endOfFile) {
    return new Bytes()
        .put(SIGNATURE)
        .u8(2)
        .u8(8)
        .u8(8)
        .u8(0)
        .u64(0)
        .u64(Messages.UNDEFINED)
        .u64(endOfFile)
        .u64(rootAddress)
        .checksum()
        .toArray();
  }

  private void collectStrings(H5Group group) {
    for (Attribute a : group.attributes()) {
      if (a.kind() == H5Group.Kind.VARIABLE_STRING) {
        heapIndex.put(a, heap.add(H5Group.utf8(a.values().get(0))));
      }
    }
    for (Object child : group.children().values()) {
      if (child instanceof H5Group g) {
        collectStrings(g);
      }
    }
  }

  private long writeGroup(H5Group group, String path) throws IOException {
    ObjectHeader header = new ObjectHeader();
    header.add(Messages.LINK_INFO, 0, Messages.linkInfo(), path);
    header.add(Messages.GROUP_INFO, 0, Messages.groupInfo(), path);
    for (Map.Entry<String, Object> e : group.children().entrySet()) {
      String childPath = path.endsWith("/") ? path + e.getKey() : path + "/" + e.getKey();
      long address =
          e.getValue() instanceof H5Group g
              ? writeGroup(g, childPath)
              : writeDataset((Dataset) e.getValue(), childPath);
      header.add(Messages.LINK, 0, Messages.link(e.getKey(), address), childPath);
    }
    for (Attribute a : group.attributes()) {
      header.add(Messages.ATTRIBUTE, 0, attribute(a), path + "@" + a.name());
    }
    return append(header.toBytes());
  }

  private long writeDataset(Dataset d, String path) throws IOException {
    long[] dims = new long[d.shape().length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = d.shape()[i];
    }
    long bytes = 4L * d.count();
    long address = bytes == 0 ? Messages.UNDEFINED : channel.position();
    writeValues(d);
    ObjectHeader header = new ObjectHeader();
    header.add(Messages.DATASPACE, 0, Messages.dataspace(dims), path);
    byte[] type = d.floats() != null ? Messages.float32() : Messages.int32();
    header.add(Messages.DATATYPE, ObjectHeader.CONSTANT, type, path);
    header.add(Messages.FILL_VALUE, ObjectHeader.CONSTANT, Messages.fillValue(), path);
    header.add(Messages.LAYOUT, 0, Messages.contiguousLayout(address, bytes), path);
    return append(header.toBytes());
  }

  private byte[] attribute(Attribute a) {
    List<String> values = a.values();
    return switch (a.kind()) {
      case VARIABLE_STRING -> {
        byte[] data =
            new Bytes()
                .u32(H5Group.utf8(values.get(0)).length)
                .u64(heapAddress)
                .u32(heapIndex.get(a))
                .toArray();
        yield Messages.attribute(
            a.name(), Messages.variableString(a.utf8()), Messages.dataspace(new long[0]), data);
      }
      case FIXED_STRINGS -> {
        int longest = 1;
        for (String s : values) {
          longest = Math.max(longest, H5Group.utf8(s).length);
        }
        Bytes data = new Bytes();
        for (String s : values) {
          byte[] b = H5Group.utf8(s);
          data.put(b).zeros(longest - b.length);
        }
        yield Messages.attribute(
            a.name(),
            Messages.fixedString(longest, a.utf8()),
            Messages.dataspace(new long[] {values.size()}),
            data.toArray());
      }
      case EMPTY_DOUBLES ->
          Messages.attribute(
              a.name(), Messages.float64(), Messages.dataspace(new long[] {0}), new byte[0]);
    };
  }

  /** Writes the dataset's 4-byte values, little-endian, in pieces of a bounded buffer. */
  private void writeValues(Dataset d) throws IOException {
    int total = d.count();
    ByteBuffer buffer =
        ByteBuffer.allocate(4 * Math.min(total, VALUES_PER_WRITE)).order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < total; from += VALUES_PER_WRITE) {
      int count = Math.min(VALUES_PER_WRITE, total - from);
      buffer.clear();
      if (d.floats() != null) {
        buffer.asFloatBuffer().put(d.floats(), from, count);
      } else {
        buffer.asIntBuffer().put(d.ints(), from, count);
      }
      buffer.limit(4 * count);
      writeFully(buffer);
    }
  }

  /** Appends {@code bytes} at the end of the file and returns their address. */
  private long append(byte[] bytes) throws IOException {
    long address = channel.position();
    writeFully(ByteBuffer.wrap(bytes));
    return address;
  }

  private void writeFully(ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
