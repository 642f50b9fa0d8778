package io.fovea.callbacks;

import io.fovea.model.Callback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes each epoch's logs as a row of a CSV file (Keras's {@code CSVLogger}): a header {@code
 * epoch,accuracy,loss,val_accuracy,val_loss} (the keys sorted, as Keras sorts them), then one row
 * per epoch, the epoch counted from 0 and values printed as Python prints floats. With {@code
 * append} an existing file is continued without a second header.
 */
public final class CSVLogger implements Callback {

  private final Path file;
  private final String separator;
  private final boolean append;
  private Writer writer;
  private List<String> keys;
  private boolean writeHeader;

  /** A logger writing {@code file} afresh, comma-separated. */
  public CSVLogger(Path file) {
    this(file, ",", false);
  }

  /** A logger with a separator, appending to an existing file when {@code append}. */
  public CSVLogger(Path file, String separator, boolean append) {
    this.file = file;
    this.separator = separator;
    this.append = append;
  }

  @Override
  public void onTrainBegin() {
    try {
      boolean continuing = append && Files.exists(file) && Files.size(file) > 0;
      writeHeader = !continuing;
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      writer =
          Files.newBufferedWriter(
              file,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
      keys = null;
    } catch (IOException e) {
      throw new UncheckedIOException("CSVLogger: could not open " + file, e);
    }
  }

  @Override
  public void onEpochEnd(int epoch, Map<String, Double> logs) {
    if (keys == null) {
      keys = new ArrayList<>(logs.keySet());
      keys.sort(null);
    }
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(epoch));
    for (String k : keys) {
      Double v = logs.get(k);
      cells.add(v == null ? "NA" : PathTemplate.pythonStr(v));
    }
    try {
      if (writeHeader) {
        writer.write("epoch" + separator + String.join(separator, keys) + "\r\n");
        writeHeader = false;
      }
      writer.write(String.join(separator, cells) + "\r\n");
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("CSVLogger: could not write " + file, e);
    }
  }

  @Override
  public void onTrainEnd(Map<String, Double> logs) {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("CSVLogger: could not close " + file, e);
    }
    writer = null;
  }
}
