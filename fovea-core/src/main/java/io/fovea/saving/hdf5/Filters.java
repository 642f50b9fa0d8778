package io.fovea.saving.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfFilterException;
import io.jhdf.exceptions.UnsupportedHdfException;
import io.jhdf.filter.PipelineFilterWithData;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: names the HDF5 filter (compression) of a dataset that cannot be decoded. Fovea decodes
 * what h5py writes by itself: deflate ({@code compression='gzip'}), shuffle, LZF and Fletcher-32;
 * filters that need h5py's {@code hdf5plugin} (LZ4, Zstandard, Blosc, bitshuffle) or SZIP are
 * refused naming their registered id.
 */
final class Filters {

  /** The filters jHDF decodes with the libraries Fovea ships. */
  static final Set<Integer> DECODED = Set.of(1, 2, 3, 32000);

  static final String SUPPORTED =
      "a dataset stored without compression or with gzip, shuffle, LZF or Fletcher-32";

  // Registered HDF5 filter ids (The HDF Group's list of registered filter plugins).
  private static final Map<Integer, String> NAMES =
      Map.of(
          4, "SZIP",
          32001, "Blosc",
          32004, "LZ4",
          32008, "bitshuffle",
          32013, "ZFP",
          32015, "Zstandard",
          32026, "Blosc2");

  private static final Pattern ID = Pattern.compile("id=(\\d+)");

  private Filters() {}

  /**
   * The filter that made reading {@code dataset} fail with {@code e}, as {@code "32004 (LZ4)"}, or
   * null when {@code e} is not about a filter.
   */
  static String unsupported(Dataset dataset, Throwable e) {
    boolean filterProblem =
        e instanceof LinkageError
            || e instanceof HdfFilterException
            || e instanceof UnsupportedHdfException;
    if (!filterProblem) {
      return null;
    }
    Matcher m = ID.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      return describe(Integer.parseInt(m.group(1)));
    }
    try {
      for (PipelineFilterWithData f : dataset.getFilters()) {
        if (!DECODED.contains(f.getId())) {
          return describe(f.getId());
        }
      }
    } catch (RuntimeException | LinkageError ignored) {
      // The pipeline itself cannot be read; the caller reports the original failure.
      return null;
    }
    return e instanceof LinkageError ? "of a library Fovea does not ship" : null;
  }

  private static String describe(int id) {
    String name = NAMES.get(id);
    return name == null ? Integer.toString(id) : id + " (" + name + ")";
  }
}
