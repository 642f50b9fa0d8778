package io.fovea.saving.fovea;

import io.fovea.files.AtomicFiles;
import io.fovea.model.WeightsFileException;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fovea's own weights file, little-endian throughout:
 *
 * <pre>
 * magic "FOVEAWTS" (8 bytes), version int32 = 1, layer count int32, then per layer:
 *   name (int32 byte length + UTF-8), weight count int32, then per weight:
 *     name (int32 byte length + UTF-8), rank int32, dims int32 x rank, float32 x size
 * </pre>
 *
 * <p>A file is written to a temporary file beside it and moved into place, so a crash never leaves
 * half a file. Reading checks the magic, the version and every size, and reports the byte offset
 * where a file is truncated or corrupt.
 */
final class FoveaWeightsFormat {

  /** The weights of one layer, in Keras's order, with their Keras names. */
  record LayerWeights(String layer, List<String> names, List<Tensor> values) {

    /** Checks that names and values pair up. */
    LayerWeights {
      names = List.copyOf(names);
      values = List.copyOf(values);
      if (names.size() != values.size()) {
        throw new IllegalArgumentException(
            "LayerWeights '"
                + layer
                + "': expected as many "
                + "names as values, got "
                + names.size()
                + " and "
                + values.size());
      }
    }
  }

  static final byte[] MAGIC = "FOVEAWTS".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  private static final int MAX_NAME_BYTES = 1 << 16;
  private static final int MAX_RANK = 8;

  private FoveaWeightsFormat() {}

  /** Writes the weights of the layers that have any, in model order. */
  static void write(Path file, List<LayerWeights> layers) throws IOException {
    AtomicFiles.write(file, encode(layers));
  }

  private static byte[] encode(List<LayerWeights> layers) {
    long size = MAGIC.length + 8L;
    for (LayerWeights lw : layers) {
      size += 8 + utf8(lw.layer()).length;
      for (int i = 0; i < lw.values().size(); i++) {
        Tensor t = lw.values().get(i);
        size += 8 + utf8(lw.names().get(i)).length + 4L * t.rank() + 4L * t.size();
      }
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "weights file: expected at most 2 GB, got " + size + " bytes");
    }
    ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).putInt(VERSION).putInt(layers.size());
    for (LayerWeights lw : layers) {
      putString(b, lw.layer());
      b.putInt(lw.values().size());
      for (int i = 0; i < lw.values().size(); i++) {
        putString(b, lw.names().get(i));
        Tensor t = lw.values().get(i);
        b.putInt(t.rank());
        for (int d : t.shape().dims()) {
          b.putInt(d);
        }
        b.asFloatBuffer().put(t.toArray());
        b.position(b.position() + 4 * t.size());
      }
    }
    return b.array();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void putString(ByteBuffer b, String s) {
    byte[] bytes = utf8(s);
    b.putInt(bytes.length).put(bytes);
  }

  /** Reads what {@link #write} wrote, checking every size. */
  static List<LayerWeights> read(Path file) throws IOException {
    Reader r = new Reader(file, Files.readAllBytes(file));
    byte[] magic = r.bytes(MAGIC.length, "magic");
    if (!Arrays.equals(magic, MAGIC)) {
      throw r.error(
          0,
          "expected a Fovea weights file starting with \"FOVEAWTS\", got "
              + Arrays.toString(magic));
    }
    int version = r.count("version", Integer.MAX_VALUE);
    if (version != VERSION) {
      throw r.error(
          MAGIC.length,
          "expected version " + VERSION + ", got " + version + ". Update Fovea to read it");
    }
    int layerCount = r.count("layer count", Integer.MAX_VALUE);
    List<LayerWeights> layers = new ArrayList<>();
    for (int l = 0; l < layerCount; l++) {
      String layer = r.string("layer name");
      int n = r.count("weight count of layer '" + layer + "'", 1024);
      List<String> names = new ArrayList<>();
      List<Tensor> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String name = r.string("weight name in layer '" + layer + "'");
        String what = "weight '" + name + "' of layer '" + layer + "'";
        int rank = r.count("rank of " + what, MAX_RANK);
        int[] dims = new int[rank];
        long size = 1;
        for (int d = 0; d < rank; d++) {
          dims[d] = r.count("shape of " + what, Integer.MAX_VALUE);
          size *= dims[d];
        }
        values.add(Tensor.wrap(r.floats(size, what), dims));
        names.add(name);
      }
      layers.add(new LayerWeights(layer, names, values));
    }
    if (r.remaining() != 0) {
      throw r.error(
          r.position(), "expected the end of the file, got " + r.remaining() + " more bytes");
    }
    return layers;
  }

  /** Reads little-endian values, reporting the file and byte offset of any problem. */
  private static final class Reader {
    private final Path file;
    private final ByteBuffer b;

    Reader(Path file, byte[] bytes) {
      this.file = file;
      this.b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    int position() {
      return b.position();
    }

    int remaining() {
      return b.remaining();
    }

    WeightsFileException error(long offset, String message) {
      return new WeightsFileException(file + " at byte " + offset + ": " + message);
    }

    private void need(long n, String what) throws WeightsFileException {
      if (n > b.remaining()) {
        throw error(
            b.position(),
            "truncated: expected "
                + n
                + " bytes of "
                + what
                + ", got "
                + b.remaining()
                + " (file size "
                + b.limit()
                + ")");
      }
    }

    byte[] bytes(int n, String what) throws WeightsFileException {
      need(n, what);
      byte[] out = new byte[n];
      b.get(out);
      return out;
    }

    int count(String what, int max) throws WeightsFileException {
      need(4, what);
      int at = b.position();
      int v = b.getInt();
      if (v < 0 || v > max) {
        throw error(at, "expected " + what + " in [0, " + max + "], got " + v);
      }
      return v;
    }

    String string(String what) throws WeightsFileException {
      int n = count("length of " + what, MAX_NAME_BYTES);
      return new String(bytes(n, what), StandardCharsets.UTF_8);
    }

    float[] floats(long n, String what) throws WeightsFileException {
      need(4 * n, "values of " + what);
      float[] out = new float[(int) n];
      b.asFloatBuffer().get(out);
      b.position(b.position() + 4 * (int) n);
      return out;
    }
  }
}
